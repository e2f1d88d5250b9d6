// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SourceExposure.Benchmarks;

namespace SourceExposure.Tests.Robustness;

/// <summary>
/// No analyzer and no code fix may throw on any input, however broken: every prefix truncation (code as it is being
/// typed), random token deletions and odd syntax, over the samples, the rule tests' own inputs and curated corners of
/// the language. Analyzers run once per batch of documents, all together; code fixes run where a diagnostic is reported.
/// </summary>
public sealed class CrashProofingTests
{
    private const int CutPoints = 200;
    private const int DeletionVariants = 12;

    /// <summary>samples/**/*.cs, plus the generated files that hold a true finding for every family.</summary>
    private static IReadOnlyList<(string Name, string Text)> RealisticSources()
    {
        // Entity 5 (the Billing domain) is the first generated entity with true findings of every family.
        var generated = CorpusGenerator.Generate(4_000).Where(f => f.Name.StartsWith("Common/", System.StringComparison.Ordinal) || f.Name.StartsWith("Billing/", System.StringComparison.Ordinal));
        return [.. RobustnessHost.SampleSources(), .. generated];
    }

    [Fact]
    public void Discovery_FindsEveryAnalyzerAndCodeFix()
    {
        Assert.Contains(RobustnessHost.Analyzers, a => a.GetType().Name == "SE1002PrivateKeyMaterialAnalyzer");
        Assert.Contains(RobustnessHost.CodeFixes, f => f.GetType().Name == "SE1002PrivateKeyMaterialCodeFix");
        foreach (var fix in RobustnessHost.CodeFixes)
        {
            Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, RobustnessHost.AnalyzerIds));
        }
    }

    [Fact]
    public void Inputs_AreFound()
    {
        Assert.NotEmpty(RobustnessHost.TestInputs());
        Assert.Contains(RealisticSources(), s => s.Text.Contains("PRIVATE KEY", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task RealisticSources_EveryPrefixTruncation_NoAnalyzerOrCodeFixThrows()
    {
        var documents = RealisticSources()
            .SelectMany(s => RobustnessHost.PrefixTruncations(s.Text, CutPoints).Select((t, i) => (Name(s.Name, "cut", i), t)))
            .ToList();
        var report = await AssertNoCrashAsync(documents);
        Assert.True(report.FixesApplied > 0, "The realistic sources hold findings with code fixes; no fix ran, so the fix path went untested.");
    }

    [Fact]
    public async Task RealisticSources_RandomTokenDeletions_NoAnalyzerOrCodeFixThrows()
    {
        var documents = RealisticSources()
            .SelectMany((s, n) => RobustnessHost.TokenDeletions(s.Text, DeletionVariants, seed: 1000 + n).Select((t, i) => (Name(s.Name, "del", i), t)))
            .ToList();
        await AssertNoCrashAsync(documents);
    }

    [Fact]
    public async Task TestInputs_EveryPrefixTruncation_NoAnalyzerOrCodeFixThrows()
    {
        var documents = RobustnessHost.TestInputs()
            .SelectMany(s => RobustnessHost.PrefixTruncations(s.Text, CutPoints).Select((t, i) => (Name(s.Name, "cut", i), t)))
            .Distinct()
            .ToList();
        await AssertNoCrashAsync(documents, fixesPerDocument: 1);
    }

    [Fact]
    public async Task TestInputs_WholeAndRandomTokenDeletions_NoAnalyzerOrCodeFixThrows()
    {
        var inputs = RobustnessHost.TestInputs();
        var documents = inputs
            .Concat(inputs.SelectMany((s, n) => RobustnessHost.TokenDeletions(s.Text, DeletionVariants / 2, seed: 2000 + n).Select((t, i) => (Name(s.Name, "del", i), t))))
            .ToList();
        await AssertNoCrashAsync(documents, fixesPerDocument: 4);
    }

    [Fact]
    public async Task OddSyntax_Whole_NoAnalyzerOrCodeFixThrows()
    {
        // One document at a time, so each odd input is also analyzed alone.
        await AssertNoCrashAsync(OddSyntax.All, batchSize: 1, fixesPerDocument: 20);
    }

    [Fact]
    public async Task OddSyntax_TruncationsAndDeletions_NoAnalyzerOrCodeFixThrows()
    {
        var small = OddSyntax.All.Where(s => s.Text.Length < 20_000).ToList();
        var documents = small
            .SelectMany(s => RobustnessHost.PrefixTruncations(s.Text, CutPoints).Select((t, i) => (Name(s.Name, "cut", i), t)))
            .Concat(small.SelectMany((s, n) => RobustnessHost.TokenDeletions(s.Text, DeletionVariants, seed: 3000 + n).Select((t, i) => (Name(s.Name, "del", i), t))))
            .ToList();
        await AssertNoCrashAsync(documents);
    }

    private static string Name(string source, string kind, int index) => string.Create(CultureInfo.InvariantCulture, $"{source}@{kind}{index}");

    private static async Task<RobustnessHost.CrashReport> AssertNoCrashAsync(IReadOnlyList<(string Name, string Text)> documents, int batchSize = 40, int fixesPerDocument = 2)
    {
        Assert.NotEmpty(documents);
        var report = await RobustnessHost.FindCrashesAsync(documents, batchSize, fixesPerDocument);
        Assert.True(report.Crashes.Count == 0, $"{report.Crashes.Count} crash(es) over {documents.Count} documents:\n\n" + string.Join("\n\n----\n\n", report.Crashes));
        return report;
    }
}
