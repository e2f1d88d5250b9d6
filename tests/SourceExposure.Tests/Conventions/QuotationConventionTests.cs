// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SourceExposure.Shared.Testing;

namespace SourceExposure.Tests.Conventions;

/// <summary>
/// Compliance readers check quotations against their source: every quotation in docs/, the README and the package
/// readme is found word for word in the seed articles (../shared/seeds), and every article is cited with the
/// publication, authors, headline and date recorded in docs/articles.md.
/// </summary>
public sealed class QuotationConventionTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Seeds = new(Quotations.Seeds);

    private static readonly Lazy<ArticleList> Articles = new(() => ArticleList.Load(ArticlesPath));

    private static string ArticlesPath => Path.Combine(Quotations.RepositoryRoot, "docs", "articles.md");

    public static TheoryData<string> Documents => [.. Quotations.DocumentPaths().Select(p => Path.GetRelativePath(Quotations.RepositoryRoot, p).Replace('\\', '/'))];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Quotations_AreWordForWordInTheSeedsAndCitationsMatchArticlesMd(string document)
    {
        var text = File.ReadAllText(Path.Combine(Quotations.RepositoryRoot, document));
        var problems = Quotations.MarkdownBlocks(text)
            .SelectMany(block => Quotations.Check(document, block, Seeds.Value, Articles.Value, checkDates: document != "docs/articles.md"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Docs_QuoteTheSeedsAtAll()
    {
        var quotations = Quotations.DocumentPaths()
            .SelectMany(p => Quotations.MarkdownBlocks(File.ReadAllText(p)))
            .SelectMany(b => Quotations.InBlock(b, out _))
            .Where(q => !Articles.Value.Headlines.Contains(q))
            .ToList();

        // Not a count to keep: a floor that shows the check above has quotations to check.
        Assert.True(quotations.Count >= 50, $"only {quotations.Count} quotations found in the docs");
        Assert.All(quotations, q => Assert.True(Quotations.InSeeds(q, Seeds.Value), q));
    }

    [Fact]
    public void Checker_ReportsAnAlteredQuotation()
    {
        const string Original = "The investigators \"said the attackers first accessed Visma's network by using a stolen set of login credentials\".";
        var altered = Original.Replace("stolen set", "stolen list", StringComparison.Ordinal);

        Assert.Empty(Quotations.Check("original", Original, Seeds.Value, Articles.Value));
        Assert.Contains(Quotations.Check("altered", altered, Seeds.Value, Articles.Value), p => p.Contains("not found word for word", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsACitationWithAnotherDateOrWithoutItsCitation()
    {
        var zdnet = Articles.Value.Entries.Single(e => e.Key == "banking-rules");
        var headline = zdnet.Headlines[0];

        Assert.Empty(Quotations.Check("full", $"- {zdnet.Citation}.", Seeds.Value, Articles.Value));
        Assert.NotEmpty(Quotations.Check("invented day", "ZDNet, 2015-01-29, reported the banking rules.", Seeds.Value, Articles.Value));
        Assert.NotEmpty(Quotations.Check("bare headline", $"ZDNet, \"{headline}\", reported the banking rules.", Seeds.Value, Articles.Value));
        Assert.NotEmpty(Quotations.Check("unpaired", "The rules \"require foreign tech companies to turn over source code.", Seeds.Value, Articles.Value));
    }

    [Fact]
    public void Checker_IgnoresCodeAndLinks()
    {
        const string Page = "Text with `\"not a quotation\"` in code and a [link](https://example.com/\"x\").\n\n```csharp\nvar s = \"in a block\";\n```\n";

        Assert.All(Quotations.MarkdownBlocks(Page), b => Assert.Empty(Quotations.InBlock(b, out _)));
    }

    /// <summary>Each "In the news" bullet opens with a citation of docs/articles.md, whole: publication, authors, headline, date and address.</summary>
    [Theory]
    [MemberData(nameof(DocumentationConventionTests.Ids), MemberType = typeof(DocumentationConventionTests))]
    public void InTheNews_BulletsOpenWithAFullCitation(string id)
    {
        var bullets = RuleDoc.Load(Catalog.DocPath(id)).Section("### In the news")
            .Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        var citations = Articles.Value.Entries.Select(e => $"{e.Citation}. <{e.Url}>").ToList();

        Assert.NotEmpty(bullets);
        foreach (var bullet in bullets)
        {
            Assert.True(citations.Contains(bullet[2..].TrimEnd()), $"{id}: '{bullet}' is not a citation of docs/articles.md");
        }
    }
}
