// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace SourceExposure.Analyzers.ProprietaryCode.Detection;

/// <summary>
/// A rule, draft, practice or proposal under which a market's authorities have sought or proposed a review of the
/// source of delivered software. Each entry has its section in docs/regimes.md, which gives its status and sources.
/// </summary>
/// <param name="market">ISO 3166-1 alpha-2 code of the market (upper case).</param>
/// <param name="name">Short name used in messages; it carries the status, so a message never presents a draft, a
/// suspended rule or a proposal as law in force.</param>
/// <param name="summary">What it asks for, in one sentence, as the sources report it.</param>
/// <param name="status">Draft, suspended, reported practice or proposal, as docs/regimes.md gives it.</param>
/// <param name="anchor">The section of docs/regimes.md (a GitHub heading anchor).</param>
/// <param name="source">The main public source of the facts.</param>
internal sealed class DisclosureRegime(string market, string name, string summary, string status, string anchor, string source)
{
    public string Market { get; } = market;

    public string Name { get; } = name;

    public string Summary { get; } = summary;

    public string Status { get; } = status;

    /// <summary>Heading anchor in docs/regimes.md (<c>tc260-drafts</c>); a convention test checks it resolves.</summary>
    public string Anchor { get; } = anchor;

    /// <summary>The regime's section of docs/regimes.md in the repository.</summary>
    public string RegimesLink => RegimesPage + "#" + Anchor;

    public string Source { get; } = source;

    /// <summary>docs/regimes.md in the repository, where each regime's status and sources are given.</summary>
    public const string RegimesPage = BuildInfo.RepositoryUrl + "/blob/main/docs/regimes.md";
}

/// <summary>
/// The one table of source-disclosure regimes per market. Status and sources are in docs/regimes.md (from the
/// project's reference notes, residency-facts.md §2.3–2.5); docs/rules/SE2001.md shows the same table. A market not
/// listed here has no known regime that sought or proposed source review, so SE2001 stays silent for assemblies
/// delivered only there. None of the entries is a law in force today: two are drafts or suspended rules, two are
/// reported practice or a reported proposal.
/// </summary>
internal static class DisclosureRegimes
{
    public static readonly ImmutableArray<DisclosureRegime> All = ImmutableArray.Create(
        new DisclosureRegime(
            "CN",
            "China's TC260 \"secure and controllable\" draft standards (2016)",
            "The 2016 drafts, as the Wall Street Journal reported them, would have IT suppliers provide the source code running their products and design details so authorities can check for flaws or back doors.",
            "Draft (2016); adoption of the source-code provisions not confirmed. The published GB/T 36630-2018 standards are recommended, and their link to the drafts is inferred.",
            "tc260-drafts",
            "https://www.wsj.com/articles/microsoft-intel-ibm-push-back-on-china-cybersecurity-rules-1480587542"),
        new DisclosureRegime(
            "CN",
            "China's banking IT rules (CBRC Notice 317, suspended in April 2015)",
            "As reported, vendors of technology to Chinese banks were to turn over source code, submit to audits and build back doors.",
            "Suspended in April 2015 pending revision; no later version confirmed.",
            "banking-it-rules",
            "http://in.reuters.com/article/china-bank-rules-idINL4N0XE1T120150417"),
        new DisclosureRegime(
            "RU",
            "Russia's reported FSB and FSTEC source-code reviews",
            "Russian agencies asked vendors of security products to let them review source code before import, sale or public-sector certification.",
            "Reported practice (Reuters, 2017); no statute identified.",
            "russia",
            "http://in.reuters.com/article/usa-russia-tech-idINL1N1JK0II"),
        new DisclosureRegime(
            "IN",
            "India's reported smartphone source-code proposal (2026)",
            "Smartphone makers would give source code as part of a security overhaul.",
            "Proposal reported by Reuters in January 2026; no adopted rule confirmed.",
            "india",
            "https://www.reuters.com/world/china/india-proposes-forcing-smartphone-makers-give-source-code-security-overhaul-2026-01-11/"));

    /// <summary>What a message says when the markets are not declared: every market is possible.</summary>
    public const string AnyMarket = "no markets declared, so any market, for example China's TC260 \"secure and controllable\" draft standards (2016)";

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
