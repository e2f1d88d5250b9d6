// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Tests.Corpora;

/// <summary>Runs analyzers over generated sources, for corpus and performance tests that count rather than match markup.</summary>
public static class AnalyzerRunner
{
    public static Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, params string[] sources)
        => RunAsync([analyzer], sources.Select((s, i) => (s, $"/0/Corpus{i}.cs")).ToArray());

    /// <summary>Runs <paramref name="analyzers"/> over sources at the given paths (a path decides the kind of code).</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, params (string Source, string Path)[] sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, new CSharpParseOptions(LanguageVersion.Preview), path: s.Path)).ToArray();
        var compilation = TestProjectDefaults.Compile(trees, mustCompile: true, name: "Corpus");

        Exception? thrown = null;
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => thrown ??= e, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        if (thrown is not null || diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException("Analyzer threw: " + (thrown?.ToString() ?? diagnostics.First(d => d.Id == "AD0001").GetMessage()));
        }

        return diagnostics;
    }
}
