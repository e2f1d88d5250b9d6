// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SourceExposure.Benchmarks;

namespace SourceExposure.Tests.Robustness;

/// <summary>
/// The same input gives the same diagnostics, in the same order, on every run: ten runs with concurrent analysis
/// over several files (generated sources with findings of every family, the samples and odd syntax), compared with
/// each other and with a sequential run. The same analyzer instances serve every run, so state leaking from one
/// compilation into the next shows up too.
/// </summary>
public sealed class DeterminismTests
{
    private const int Runs = 10;

    private static IReadOnlyList<(string Name, string Text)> Inputs()
    {
        var generated = CorpusGenerator.Generate(2_500);
        var odd = OddSyntax.All.Where(s => s.Text.Length < 20_000);
        return [.. generated, .. RobustnessHost.SampleSources(), .. odd];
    }

    [Fact]
    public async Task RepeatedConcurrentRuns_ReportTheSameDiagnosticsInTheSameOrder()
    {
        var inputs = Inputs();
        var sequential = await RunAsync(inputs, concurrent: false);
        Assert.NotEmpty(sequential.Sorted);

        for (var run = 0; run < Runs; run++)
        {
            var concurrent = await RunAsync(inputs, concurrent: true);
            Assert.Equal(sequential.Sorted, concurrent.Sorted);
            Assert.Equal(sequential.Counts, concurrent.Counts);
        }
    }

    [Fact]
    public async Task OneRun_ReportsNoDuplicateDiagnostic()
    {
        var result = await RunAsync(Inputs(), concurrent: true);
        var duplicates = result.Counts.Where(p => p.Value > 1).Select(p => $"{p.Value}× {p.Key}").ToList();
        Assert.True(duplicates.Count == 0, "Reported more than once:\n" + string.Join("\n", duplicates));
    }

    /// <summary>Diagnostics sorted by file, position, then id; and as a multiset of the unsorted output.</summary>
    private static async Task<(List<string> Sorted, SortedDictionary<string, int> Counts)> RunAsync(IReadOnlyList<(string Name, string Text)> inputs, bool concurrent)
    {
        var project = RobustnessHost.CreateProject(inputs, out var workspace);
        using (workspace)
        {
            var (diagnostics, exceptions) = await RobustnessHost.AnalyzeAsync(project, concurrent, CancellationToken.None);
            Assert.Empty(exceptions);
            var sorted = diagnostics
                .OrderBy(d => d.Location.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Location.SourceSpan.End)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
                .Select(Describe)
                .ToList();
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var diagnostic in diagnostics)
            {
                var key = Describe(diagnostic);
                counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
            }

            return (sorted, counts);
        }
    }

    private static string Describe(Diagnostic d)
        => string.Create(CultureInfo.InvariantCulture, $"{d.Location.SourceTree?.FilePath}{d.Location.SourceSpan} {d.Id} {d.Severity} {d.GetMessage(CultureInfo.InvariantCulture)} [{string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}] +{string.Join(",", d.AdditionalLocations.Select(l => l.SourceSpan.ToString()))}");
}
