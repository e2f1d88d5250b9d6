// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace SourceExposure.Analyzers.ProprietaryCode.Detection;

/// <summary>A rule or practice under which a market's authorities may demand the source of delivered software.</summary>
/// <param name="market">ISO 3166-1 alpha-2 code of the market (upper case).</param>
/// <param name="name">Short name used in messages.</param>
/// <param name="summary">What it demands, in one sentence.</param>
/// <param name="status">In force, suspended, reported practice or proposal, as the sources say.</param>
/// <param name="source">Where the facts come from (a public address).</param>
internal sealed class DisclosureRegime(string market, string name, string summary, string status, string source)
{
    public string Market { get; } = market;

    public string Name { get; } = name;

    public string Summary { get; } = summary;

    public string Status { get; } = status;

    public string Source { get; } = source;
}

/// <summary>
/// The one table of source-disclosure regimes per market. Facts and sources come from the project's reference notes
/// (residency-facts.md §2.3–2.5); docs/rules/SE2001.md shows the same table. A market not listed here has no known
/// regime that demands source, so SE2001 stays silent for assemblies delivered only there.
/// </summary>
internal static class DisclosureRegimes
{
    public static readonly ImmutableArray<DisclosureRegime> All = ImmutableArray.Create(
        new DisclosureRegime(
            "CN",
            "China's TC260 \"secure and controllable\" review",
            "IT suppliers must provide the source code running their products and design details so authorities can check for flaws or back doors.",
            "Standards GB/T 36630.1-5-2018, effective 2019-04-01",
            "https://www.wsj.com/articles/microsoft-intel-ibm-push-back-on-china-cybersecurity-rules-1480587542"),
        new DisclosureRegime(
            "CN",
            "China's banking IT rules (CBRC 2014-2015)",
            "Vendors of technology to Chinese banks must turn over source code, submit to audits and build back doors.",
            "Suspended in April 2015 pending revision",
            "https://www.zdnet.com/article/china-sets-new-regulations-for-foreign-tech-companies/"),
        new DisclosureRegime(
            "RU",
            "Russia's FSB and FSTEC source-code reviews",
            "Vendors of security products are asked to let Russian agencies review their source code before import or certification.",
            "Reported practice (Reuters, 2017)",
            "http://in.reuters.com/article/usa-russia-tech-idINL1N1JK0II"),
        new DisclosureRegime(
            "IN",
            "India's proposed smartphone source-code review",
            "Smartphone makers would give source code as part of a security overhaul.",
            "Proposal reported by Reuters in January 2026",
            "https://www.reuters.com/world/china/india-proposes-forcing-smartphone-makers-give-source-code-security-overhaul-2026-01-11/"));

    /// <summary>What a message says when the markets are not declared: every market is possible.</summary>
    public const string AnyMarket = "a source-disclosure review in any market it is delivered to (for example China's TC260 \"secure and controllable\" review)";

    /// <summary>The regimes of <paramref name="market"/> (case-insensitive); empty when none is known.</summary>
    public static ImmutableArray<DisclosureRegime> For(string market)
    {
        var builder = ImmutableArray.CreateBuilder<DisclosureRegime>();
        foreach (var regime in All)
        {
            if (string.Equals(regime.Market, market, StringComparison.OrdinalIgnoreCase))
            {
                builder.Add(regime);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The phrase SE2001 puts in its message for the declared markets: null when none of them has a known regime,
    /// <see cref="AnyMarket"/> when no market is declared.
    /// </summary>
    public static string? Describe(ImmutableArray<string> markets)
    {
        if (markets.IsDefaultOrEmpty)
        {
            return AnyMarket;
        }

        var names = new List<string>();
        foreach (var market in markets)
        {
            foreach (var regime in For(market))
            {
                if (!names.Contains(regime.Name))
                {
                    names.Add(regime.Name);
                }
            }
        }

        if (names.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(names[0]);
        for (var i = 1; i < names.Count; i++)
        {
            text.Append(i == names.Count - 1 ? " or " : ", ").Append(names[i]);
        }

        return text.ToString();
    }

    /// <summary>
    /// Parses a market list such as <c>CN,RU</c> or <c>cn, ru</c>: two-letter codes, upper-cased. Semicolons are accepted
    /// too, but the compiler cuts a build_property value at its first semicolon, so lists must use commas.
    /// </summary>
    public static bool TryParseMarkets(string text, out ImmutableArray<string> markets)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split(',', ';'))
        {
            var item = part.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            if (item.Length != 2 || !IsAsciiLetter(item[0]) || !IsAsciiLetter(item[1]))
            {
                markets = ImmutableArray<string>.Empty;
                return false;
            }

            builder.Add(item.ToUpperInvariant());
        }

        markets = builder.ToImmutable();
        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
