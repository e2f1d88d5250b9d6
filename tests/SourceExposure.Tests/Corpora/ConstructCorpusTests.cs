// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SourceExposure.Tests.Conventions;
using Xunit.Abstractions;

namespace SourceExposure.Tests.Corpora;

/// <summary>
/// Every analyzer over every case of <see cref="ConstructCorpus"/>: each true case draws its rule, each near miss draws
/// nothing. Prints recall and near misses per family (run with --logger "console;verbosity=detailed" to see them).
/// </summary>
public sealed class ConstructCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryConstructIsFoundAndNoNearMissIsReported()
    {
        var failures = new List<string>();
        var tally = new SortedDictionary<string, (int Found, int True, int Reported, int NearMisses)>(StringComparer.Ordinal);
        foreach (var @case in ConstructCorpus.All())
        {
            var findings = await AnalyzerRunner.RunAsync(Catalog.Analyzers, (@case.Source, @case.Path));
            var (found, total, reported, misses) = tally.TryGetValue(@case.Family, out var t) ? t : default;
            if (@case.Rule is { } rule)
            {
                var hit = findings.Any(d => d.Id == rule);
                tally[@case.Family] = (found + (hit ? 1 : 0), total + 1, reported, misses);
                if (!hit)
                {
                    failures.Add($"missed ({rule}): {@case.Construct}; got {Describe(findings)}");
                }
            }
            else
            {
                var any = findings.Length > 0;
                tally[@case.Family] = (found, total, reported + (any ? 1 : 0), misses + 1);
                if (any)
                {
                    failures.Add($"near miss reported: {@case.Construct}; got {Describe(findings)}");
                }
            }
        }

        foreach (var (family, (found, total, reported, misses)) in tally)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{family}: found {found}/{total}, near misses reported {reported}/{misses}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void EveryFamilyHasTrueCasesAndNearMisses()
    {
        foreach (var family in ConstructCorpus.All().GroupBy(c => c.Family))
        {
            Assert.True(family.Any(c => c.Rule is not null), family.Key + " has no true case");
            Assert.True(family.Any(c => c.Rule is null), family.Key + " has no near miss");
        }
    }

    private static string Describe(ImmutableArray<Diagnostic> findings)
        => findings.IsEmpty ? "nothing" : string.Join(", ", findings.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)));
}
