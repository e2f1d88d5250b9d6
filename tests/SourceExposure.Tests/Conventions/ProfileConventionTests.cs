// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SourceExposure.Analyzers;

namespace SourceExposure.Tests.Conventions;

/// <summary>
/// RuleProfiles is the one place for what a compliance reader is told about each rule beyond its descriptor; these
/// tests keep docs/regimes.md and the profiles consistent with each other.
/// </summary>
public sealed class ProfileConventionTests
{
    private static string RegimesPath => Path.Combine(Catalog.RepositoryRoot, "docs", "regimes.md");

    /// <summary>A plain-language summary of one or two sentences (the page adds who acts as the third), owner and action set.</summary>
    [Theory]
    [MemberData(nameof(DocumentationConventionTests.Ids), MemberType = typeof(DocumentationConventionTests))]
    public void Profile_HasSummaryOwnerActionAndKnownEntries(string id)
    {
        var profile = RuleProfiles.ById[id];
        var sentences = Regex.Matches(profile.Summary, @"[.!?](\s|$)").Count;

        Assert.InRange(sentences, 1, 2);
        Assert.EndsWith(".", profile.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain('"', profile.Summary);
        Assert.False(string.IsNullOrWhiteSpace(profile.Owner), id);
        Assert.False(string.IsNullOrWhiteSpace(profile.Action), id);
        Assert.False(profile.Owner.EndsWith('.') || profile.Action.EndsWith('.'), $"{id}: owner and action are rendered with their own full stop");
        Assert.All(profile.Cwe, c => Assert.Matches(@"^CWE-\d+$", c));
        Assert.All(profile.Owasp, o => Assert.True(OwaspTop10.Names.ContainsKey(o), $"{id}: unknown OWASP category {o}"));
        Assert.All(profile.Regimes, a => Assert.True(RegimeReferences.ByAnchor.ContainsKey(a), $"{id}: unknown regime {a}"));
        Assert.False(string.IsNullOrWhiteSpace(profile.SeverityReason), id);
    }

    /// <summary>Each regime's status as the profiles give it is the status docs/regimes.md gives in that section.</summary>
    [Fact]
    public void RegimeReferences_StatusIsTheStatusOfTheirSection()
    {
        var sections = Sections();
        foreach (var regime in RegimeReferences.ByAnchor.Values)
        {
            Assert.True(sections.TryGetValue(regime.Anchor, out var section), $"docs/regimes.md has no section #{regime.Anchor}");
            var status = section.Split('\n').FirstOrDefault(l => l.Contains("**Status**", StringComparison.Ordinal)
                || l.Contains("**Status**:", StringComparison.Ordinal)) ?? section;
            Assert.True(status.Contains(regime.Status, StringComparison.OrdinalIgnoreCase), $"#{regime.Anchor}: status '{regime.Status}' is not in '{status.Trim()}'");
        }
    }

    /// <summary>The "Regimes and rules" matrix of docs/regimes.md lists, for each rule, exactly the regimes of its profile.</summary>
    [Fact]
    public void RegimesMatrix_EqualsTheProfiles()
    {
        var fromMatrix = Catalog.Descriptors.ToDictionary(d => d.Id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var rows = Sections()["regimes-and-rules"].Split('\n').Where(l => l.StartsWith("| [", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.Split('|');
            var anchors = Regex.Matches(cells[1], @"\]\(#(?<a>[^)]+)\)").Select(m => m.Groups["a"].Value).ToList();
            foreach (var rule in RuleIdsIn(cells[3]))
            {
                Assert.True(fromMatrix.ContainsKey(rule), $"the matrix names {rule}, which is not a rule");
                fromMatrix[rule].UnionWith(anchors.Where(RegimeReferences.ByAnchor.ContainsKey));
            }
        }

        foreach (var (id, anchors) in fromMatrix)
        {
            Assert.Equal(string.Join(", ", RuleProfiles.ById[id].Regimes.Order(StringComparer.Ordinal)), string.Join(", ", anchors));
        }
    }

    [Fact]
    public void RuleIdsIn_ExpandsRanges() => Assert.Equal(["SE1001", "SE1002", "SE1003", "SE2001"], RuleIdsIn("SE1001–SE1003, SE2001 (named)"));

    private static IEnumerable<string> RuleIdsIn(string text)
    {
        foreach (Match m in Regex.Matches(text, @"SE(?<a>\d{4})(\s*[–-]\s*SE(?<b>\d{4}))?"))
        {
            var from = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var to = m.Groups["b"].Success ? int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
            for (var n = from; n <= to; n++)
            {
                yield return "SE" + n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>docs/regimes.md cut at its headings, keyed by GitHub anchor.</summary>
    private static Dictionary<string, string> Sections()
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in File.ReadAllLines(RegimesPath))
        {
            if (line.StartsWith('#'))
            {
                current = RegimeConventionTests.Slug(line.TrimStart('#'));
                sections[current] = string.Empty;
                continue;
            }

            if (current is not null)
            {
                sections[current] += line + "\n";
            }
        }

        return sections;
    }
}
