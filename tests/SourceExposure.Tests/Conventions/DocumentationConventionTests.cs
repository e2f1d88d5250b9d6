// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Tests.Conventions;

/// <summary>Rule pages agree with the code: front matter, headings, citations, options, and the index.</summary>
public sealed class DocumentationConventionTests
{
    private static readonly string[] RequiredHeadings =
    [
        "## Cause", "## Why it matters", "### In the news", "## How to fix violations", "## Code fix",
        "## Configuration", "## When to suppress", "## Examples", "## Related rules",
    ];

    public static TheoryData<string> Ids => [.. Catalog.Descriptors.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void FrontMatter_EqualsTheDescriptor(string id)
    {
        var descriptor = Catalog.Descriptors.Single(d => d.Id == id);
        var doc = RuleDoc.Load(Catalog.DocPath(id));
        Assert.Equal(id, doc.FrontMatter.GetValueOrDefault("id"));
        Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), doc.FrontMatter.GetValueOrDefault("title"));
        Assert.Equal(descriptor.Category, doc.FrontMatter.GetValueOrDefault("category"));
        Assert.Equal(descriptor.DefaultSeverity.ToString(), doc.FrontMatter.GetValueOrDefault("severity"));
        Assert.Equal(descriptor.IsEnabledByDefault ? "true" : "false", doc.FrontMatter.GetValueOrDefault("enabled"));
        Assert.Equal(Catalog.FixableIds.Contains(id) ? "true" : "false", doc.FrontMatter.GetValueOrDefault("code_fix"));
        Assert.Equal($"{id}: {descriptor.Title}", doc.H1);
    }

    /// <summary>
    /// The precision, severity and CWE block under the title equals RuleProfiles; run with
    /// SOURCE_EXPOSURE_UPDATE_DOCS=1 to rewrite the pages from the code.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void ProfileBlock_EqualsRuleProfiles(string id)
    {
        var descriptor = Catalog.Descriptors.Single(d => d.Id == id);
        var profile = RuleProfiles.ById[id];
        var path = Catalog.DocPath(id);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = profile.Markdown(descriptor.DefaultSeverity);
        var h1 = $"# {id}: {descriptor.Title}\n";
        var start = text.IndexOf(h1, StringComparison.Ordinal) + h1.Length;
        var cause = text.IndexOf("\n## Cause", start, StringComparison.Ordinal);
        var actual = text[start..cause].Trim('\n') + "\n";
        if (actual != expected && Environment.GetEnvironmentVariable("SOURCE_EXPOSURE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..start] + "\n" + expected + text[cause..]);
            actual = expected;
        }

        Assert.Equal(expected, actual);
        Assert.Equal(profile.PrecisionName, RuleDoc.Load(path).FrontMatter.GetValueOrDefault("precision"));
    }

    /// <summary>Every page's suppression advice points to approved exceptions (docs/governance.md), the recorded alternative to #pragma.</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void WhenToSuppress_LinksToGovernance(string id)
    {
        Assert.Contains("](../governance.md)", RuleDoc.Load(Catalog.DocPath(id)).Section("## When to suppress"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Catalog.RepositoryRoot, "docs", "governance.md")));
    }

    [Fact]
    public void EveryRule_HasAProfile() => Assert.Equal(Catalog.Descriptors.Select(d => d.Id).Order(), RuleProfiles.ById.Keys.Order());

    [Theory]
    [MemberData(nameof(Ids))]
    public void Headings_AreTheRequiredOnesInOrder(string id)
    {
        var headings = RuleDoc.Load(Catalog.DocPath(id)).Sections.Select(s => s.Heading).Where(RequiredHeadings.Contains).ToList();
        Assert.Equal(RequiredHeadings, headings);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void InTheNews_CitesTheSourceArticles(string id)
    {
        var bullets = RuleDoc.Load(Catalog.DocPath(id)).Section("### In the news")
            .Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(bullets);
        var citations = Citations();
        foreach (var bullet in bullets)
        {
            // ISO 8601, to the day or, where the source is undated, to the month (docs/articles.md says which).
            Assert.Matches(@"\b\d{4}-\d{2}(-\d{2})?\b", bullet);
            Assert.Matches(@"<https://[^>]+>", bullet);
            Assert.True(
                citations.Any(c => bullet[2..].StartsWith(c, StringComparison.Ordinal)),
                $"{id}: '{bullet}' does not begin with a citation from docs/articles.md");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Configuration_DocumentsExactlyTheOptionsTheRuleReads(string id)
    {
        var doc = RuleDoc.Load(Catalog.DocPath(id));
        var declared = doc.FrontMatterList("options");
        var configuration = doc.Section("## Configuration");
        var known = RuleOptions.All.SelectMany(o => o.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var key in declared)
        {
            Assert.True(known.Contains(key), $"{id} declares option '{key}', which RuleOptions does not have");
            Assert.Contains(key, configuration, StringComparison.Ordinal);
        }

        foreach (var own in RuleOptions.All.Where(o => o.Scope == OptionScope.Rule && o.Owner == id))
        {
            Assert.Contains(own.Key, declared);
        }

        foreach (Match mentioned in Regex.Matches(configuration, @"source_exposure\.[A-Za-z0-9_.]+[A-Za-z0-9_]"))
        {
            Assert.True(known.Contains(mentioned.Value), $"{id} documents unknown option '{mentioned.Value}'");
        }
    }

    [Fact]
    public void ConfigurationPage_ListsEveryOption()
    {
        var page = File.ReadAllText(Path.Combine(Catalog.RepositoryRoot, "docs", "configuration.md"));
        foreach (var option in RuleOptions.All)
        {
            var documented = option.Scope == OptionScope.BuildProperty ? option.Name : option.Key;
            Assert.Contains("`" + documented + "`", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Index_ListsEveryRuleUnderItsFamilyWithSeverityAndFix()
    {
        var lines = File.ReadAllLines(Path.Combine(Catalog.DocsRules, "README.md"));
        var rows = new Dictionary<string, (string Section, string[] Cells)>();
        var section = string.Empty;
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line;
            }

            var match = Regex.Match(line, @"^\| \[(SE\d{4})\]\(\1\.md\) \|");
            if (match.Success)
            {
                Assert.False(rows.ContainsKey(match.Groups[1].Value), $"{match.Groups[1].Value} is listed twice in the index");
                rows[match.Groups[1].Value] = (section, line.Split('|', StringSplitOptions.TrimEntries)[1..^1]);
            }
        }

        Assert.Equal(Catalog.Descriptors.Select(d => d.Id).Order(), rows.Keys.Order());
        foreach (var descriptor in Catalog.Descriptors)
        {
            var (heading, cells) = rows[descriptor.Id];
            Assert.Contains($"(SE{descriptor.Id[2]}xxx)", heading, StringComparison.Ordinal);
            Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), cells[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
            Assert.Equal(Catalog.FixableIds.Contains(descriptor.Id) ? "Yes" : "No", cells[3]);
        }
    }

    /// <summary>"Publication, Authors, "Headline"" from each row of docs/articles.md, up to the headline's closing quote.</summary>
    private static List<string> Citations()
    {
        var citations = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Catalog.RepositoryRoot, "docs", "articles.md")))
        {
            var match = Regex.Match(line, @"^\| [a-z0-9-]+ \| (?<cite>[^|""]+""[^""]+"")");
            if (match.Success)
            {
                citations.Add(match.Groups["cite"].Value);
            }
        }

        Assert.NotEmpty(citations);
        return citations;
    }
}
