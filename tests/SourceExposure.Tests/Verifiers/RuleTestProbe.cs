// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SourceExposure.Tests;

/// <summary>What one analyzer or code-fix test asked the library to verify: the analyzers and the expected diagnostic IDs on the input.</summary>
public sealed record ProbedRun(ImmutableArray<Type> AnalyzerTypes, ImmutableArray<string> ExpectedIds)
{
    public bool Runs(string diagnosticId) => AnalyzerTypes.Any(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Any(d => d.Id == diagnosticId));
}

/// <summary>
/// Runs a test method with every analyzer and code-fix test inside it only recording what it would verify (after the
/// library has turned markup into expected diagnostics) instead of running it. The rule-test convention uses it to
/// tell a test that really expects a rule's diagnostic, or really expects none from the rule's analyzer, from a test
/// that merely has the right name.
/// </summary>
public static class RuleTestProbe
{
    private static readonly AsyncLocal<List<ProbedRun>?> Recording = new();

    /// <summary>The runs <paramref name="testMethod"/> asks for; exceptions it throws (assertions on a result that was not computed) are ignored.</summary>
    public static async Task<IReadOnlyList<ProbedRun>> ProbeAsync(Func<Task> testMethod)
    {
        var runs = new List<ProbedRun>();
        Recording.Value = runs;
        try
        {
            await testMethod().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Only what was recorded before the exception counts.
        }

        return runs;
    }

    /// <summary>True inside <see cref="ProbeAsync"/>: the test types then call <see cref="Record"/> instead of running.</summary>
    internal static bool IsRecording => Recording.Value is not null;

    internal static void Record(IEnumerable<DiagnosticAnalyzer> analyzers, IEnumerable<DiagnosticResult> expectedOnInput)
        => Recording.Value!.Add(new ProbedRun([.. analyzers.Select(a => a.GetType())], [.. expectedOnInput.Select(d => d.Id)]));
}
