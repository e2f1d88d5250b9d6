// SPDX-License-Identifier: MIT
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers;

namespace SourceExposure.Tests.Conventions;

/// <summary>Ids, categories, titles, messages, descriptions and help links of every descriptor in the catalog.</summary>
public sealed class DescriptorConventionTests
{
    // Capitalised words a sentence-case title may contain besides acronyms and identifiers.
    private static readonly string[] ProperNouns =
    [
        "SourceExposure", "China", "Chinese", "Amazon", "Azure", "Google", "Alibaba", "Tencent", "Huawei", "Baidu",
        "Cloud", "GitHub", "GitLab", "Microsoft", "Windows", "PowerShell", "PuTTY", "OpenSSH", "JSON", "TLS", "I", "Internet",
    ];

    public static TheoryData<string> Ids => [.. Catalog.Descriptors.Select(d => d.Id)];

    [Fact]
    public void Catalog_IsNotEmpty_AndIdsAreUnique()
    {
        Assert.NotEmpty(Catalog.Descriptors);
        Assert.Equal(Catalog.Descriptors.Length, Catalog.Descriptors.Select(d => d.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_MatchesPatternAndFamilyCategory(string id)
    {
        var descriptor = Catalog.Descriptors.Single(d => d.Id == id);
        Assert.Matches(@"^SE[0-5]\d{3}$", id);
        Assert.Equal(Catalog.CategoryByFamilyDigit[id[2]], descriptor.Category);
    }

    [Fact]
    public void RuleIdsConstants_AreNamedForTheirValue_AndMatchTheCatalog()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        Assert.All(constants, c => Assert.Equal(c.Key, c.Value));
        Assert.Equal(Catalog.Descriptors.Select(d => d.Id).Order(), constants.Values.Order());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Title_IsSentenceCaseWithoutTrailingPeriod(string id)
    {
        var title = Title(id);
        Assert.Equal(title.Trim(), title);
        Assert.InRange(title.Length, 1, 80);
        Assert.False(title.EndsWith('.'), $"{id} title ends with a period");
        Assert.True(char.IsUpper(title[0]), $"{id} title starts in lower case");
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var bare = word.Trim('(', ')', ',', ':', '\'', '"');
            var titleCased = bare.Length > 1 && char.IsUpper(bare[0]) && bare.Skip(1).All(c => !char.IsUpper(c));
            Assert.False(titleCased && !ProperNouns.Contains(bare), $"{id} title '{title}' capitalises '{bare}'; titles are sentence case");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Message_IsOneLineWithoutTrailingPeriod(string id)
    {
        var message = Descriptor(id).MessageFormat.ToString(CultureInfo.InvariantCulture);
        Assert.DoesNotContain('\n', message);
        Assert.Equal(message.Trim(), message);
        Assert.False(message.EndsWith('.'), $"{id} message ends with a period");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Description_IsASentence(string id)
    {
        var description = Descriptor(id).Description.ToString(CultureInfo.InvariantCulture);
        Assert.False(string.IsNullOrWhiteSpace(description), $"{id} has no description");
        Assert.EndsWith(".", description, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void HelpLink_PointsAtTheRulePage_WhichExists(string id)
    {
        Assert.Equal(SourceExposure.Analyzers.Rules.HelpBase + id + ".md", Descriptor(id).HelpLinkUri);
        Assert.StartsWith("https://", Descriptor(id).HelpLinkUri, StringComparison.Ordinal);
        Assert.True(File.Exists(Catalog.DocPath(id)), $"docs/rules/{id}.md is missing");
    }

    [Fact]
    public void EveryRulePage_BelongsToADescriptor()
    {
        var pages = Directory.GetFiles(Catalog.DocsRules, "SE*.md").Select(Path.GetFileNameWithoutExtension)
            .Where(name => Regex.IsMatch(name!, @"^SE\d{4}$"));
        Assert.Empty(pages.Except(Catalog.Descriptors.Select(d => d.Id)));
    }

    private static DiagnosticDescriptor Descriptor(string id) => Catalog.Descriptors.Single(d => d.Id == id);

    private static string Title(string id) => Descriptor(id).Title.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Strict mode raises every rule whose severity can be configured; SE0001 is NotConfigurable (the compiler ignores a
    /// severity set for it), so a line for it would do nothing and is not there.
    /// </summary>
    [Fact]
    public void StrictGlobalConfig_RaisesEveryConfigurableRuleAndNoOther()
    {
        var path = Path.Combine(Catalog.RepositoryRoot, "src", "SourceExposure.Analyzers", "globalconfigs", "strict.globalconfig");
        var listed = File.ReadAllLines(path)
            .Select(l => Regex.Match(l, @"^dotnet_diagnostic\.(?<id>SE\d{4})\.severity\s*=\s*error\s*$"))
            .Where(m => m.Success)
            .Select(m => m.Groups["id"].Value)
            .Order(StringComparer.Ordinal);
        var configurable = Catalog.Descriptors
            .Where(d => !d.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable) && !CatalogFiles.NotStrict.Contains(d.Id))
            .Select(d => d.Id)
            .Order(StringComparer.Ordinal);

        Assert.Equal(configurable, listed);
        Assert.Contains(Catalog.Descriptors, d => d.Id == "SE0001" && d.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable));
    }
}
