// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SourceExposure.Analyzers.ProprietaryCode.Detection;

namespace SourceExposure.Tests.Conventions;

/// <summary>
/// docs/regimes.md is the one page that states law: every link into it resolves, every other page that names a law
/// carries the not-legal-advice notice and links to it, and SE2001's page shows the regime table of the code.
/// </summary>
public sealed class RegimeConventionTests
{
    private static readonly Regex LawMention = new(
        @"\b(PIPL|GDPR|Cybersecurity Law|Data Security Law|Personal Information Protection Law|National Intelligence Law|CSL Art|DSL Art)\b|\bArt\. \d",
        RegexOptions.CultureInvariant);

    private static string RegimesPath => Path.Combine(Catalog.RepositoryRoot, "docs", "regimes.md");

    public static TheoryData<string> Pages => [.. PagePaths().Select(p => Path.GetRelativePath(Catalog.RepositoryRoot, p).Replace('\\', '/'))];

    /// <summary>GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.</summary>
    public static string Slug(string heading)
        => Regex.Replace(heading.Trim().ToLowerInvariant(), @"[^\p{L}\p{Nd} _-]", string.Empty).Replace(' ', '-');

    public static ISet<string> RegimeAnchors() => File.ReadAllLines(RegimesPath)
        .Where(l => l.StartsWith('#'))
        .Select(l => Slug(l.TrimStart('#')))
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void RegimesPage_HasTheNoticeAndAnEntryForEachRegimeTheIssueNames()
    {
        var text = File.ReadAllText(RegimesPath);
        var anchors = RegimeAnchors();

        Assert.Contains("Not legal advice", text, StringComparison.Ordinal);
        foreach (var anchor in new[]
        {
            "tc260-drafts", "gbt-36630", "banking-it-rules", "russia", "india", "transfer-direction", "cybersecurity-law",
            "data-security-law", "personal-information-protection-law", "cac-2024-provisions", "cac-order-no-11",
            "national-intelligence-law", "mlps-20", "gdpr-chapter-v", "regimes-and-rules",
        })
        {
            Assert.Contains(anchor, anchors);
        }
    }

    [Fact]
    public void LinksIntoRegimesMd_ResolveToAHeading()
    {
        var anchors = RegimeAnchors();
        var sources = PagePaths()
            .Concat(Directory.GetFiles(Path.Combine(Catalog.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var links = 0;
        foreach (var path in sources)
        {
            var text = File.ReadAllText(path);
            var self = Path.GetFileName(path) == "regimes.md";
            foreach (Match link in Regex.Matches(text, self ? @"\]\(#(?<anchor>[^)]+)\)" : @"regimes\.md#(?<anchor>[A-Za-z0-9_-]+)"))
            {
                links++;
                Assert.True(anchors.Contains(link.Groups["anchor"].Value), $"{Path.GetRelativePath(Catalog.RepositoryRoot, path)}: regimes.md#{link.Groups["anchor"].Value} is not a heading of docs/regimes.md");
            }
        }

        Assert.True(links > 20, $"only {links} links into docs/regimes.md found");
        Assert.All(DisclosureRegimes.All, r => Assert.Contains(r.Anchor, anchors));
    }

    /// <summary>A page that names a law says it is not legal advice and sends the reader to the sourced page.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public void PagesNamingALaw_CarryTheNoticeAndLinkToRegimesMd(string page)
    {
        var text = Regex.Replace(File.ReadAllText(Path.Combine(Catalog.RepositoryRoot, page)), @"\s+", " ");
        if (!LawMention.IsMatch(text))
        {
            return;
        }

        Assert.Contains("not legal advice", text, StringComparison.OrdinalIgnoreCase);
        Assert.True(page == "docs/regimes.md" || text.Contains("regimes.md", StringComparison.Ordinal), $"{page} names a law but does not link to docs/regimes.md");
    }

    [Fact]
    public void LawMention_IsFoundWhereALawIsNamed() => Assert.Matches(LawMention, "personal information leaving China (PIPL Art. 38)");

    /// <summary>SE2001's table shows each entry of DisclosureRegimes: market, name (as the message gives it) and status.</summary>
    [Fact]
    public void Se2001Page_ShowsTheRegimeTableOfTheCode()
    {
        var rows = File.ReadAllLines(Catalog.DocPath("SE2001")).Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        foreach (var regime in DisclosureRegimes.All)
        {
            Assert.Contains(rows, r => r.StartsWith($"| {regime.Market} | {regime.Name} |", StringComparison.Ordinal)
                && r.Contains($"| {regime.Status} |", StringComparison.Ordinal)
                && r.Contains("regimes.md#" + regime.Anchor, StringComparison.Ordinal));
        }

        Assert.Equal(DisclosureRegimes.All.Length, rows.Count(r => Regex.IsMatch(r, @"^\| [A-Z]{2} \|")));
    }

    private static IEnumerable<string> PagePaths()
        => Directory.GetFiles(Path.Combine(Catalog.RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(Catalog.RepositoryRoot, "README.md"))
            .Append(Path.Combine(Catalog.RepositoryRoot, "PACKAGE.md"))
            .Order(StringComparer.Ordinal);
}
