// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SourceExposure.Tests;

/// <summary>
/// Analyzer tests on Microsoft.CodeAnalysis.Testing, in the shape of roslyn-sdk's templates:
/// <c>using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier&lt;MyAnalyzer&gt;;</c>, then
/// <c>Verify.VerifyAnalyzerAsync(markup, expected…)</c> or <c>new Verify.Test { … }.RunAsync()</c>.
/// </summary>
public class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A result for the analyzer's single descriptor.</summary>
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(descriptor);

    public static Task VerifyAnalyzerAsync([StringSyntax("C#-test")] string source, params DiagnosticResult[] expected)
        => VerifyAnalyzerAsync(source, options: null, expected);

    /// <summary>Runs the analyzer with <paramref name="options"/> written to an <c>.editorconfig</c> that applies to every file.</summary>
    public static Task VerifyAnalyzerAsync([StringSyntax("C#-test")] string source, Dictionary<string, string>? options, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        if (options is { Count: > 0 })
        {
            test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(options));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The library's analyzer test with the project defaults of <see cref="TestProjectDefaults"/>.</summary>
    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestProjectDefaults.ReferenceAssemblies;
            TestState.AdditionalReferences.AddRange(TestProjectDefaults.Net80References);
        }

        /// <summary>Analyzers that run beside <typeparamref name="TAnalyzer"/>, for example SE0001's for an invalid option.</summary>
        public List<DiagnosticAnalyzer> AdditionalAnalyzers { get; } = [];

        public LanguageVersion LanguageVersion { get; set; } = TestProjectDefaults.DefaultLanguageVersion;

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [.. base.GetDiagnosticAnalyzers(), .. AdditionalAnalyzers];

        protected override CompilationOptions CreateCompilationOptions() => TestProjectDefaults.Adjust(base.CreateCompilationOptions());

        protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            if (RuleTestProbe.IsRecording)
            {
                var analyzers = GetDiagnosticAnalyzers().ToArray();
                RuleTestProbe.Record(analyzers, ExpectedOnInput(analyzers));
                return Task.CompletedTask;
            }

            return base.RunImplAsync(cancellationToken);
        }

        private IEnumerable<DiagnosticResult> ExpectedOnInput(DiagnosticAnalyzer[] analyzers)
            => TestState.WithInheritedValuesApplied(null, ImmutableArray<string>.Empty)
                .WithProcessedMarkup(MarkupOptions, GetDefaultDiagnostic(analyzers), [.. analyzers.SelectMany(a => a.SupportedDiagnostics)], ImmutableArray<string>.Empty, DefaultFilePath)
                .ExpectedDiagnostics;
    }
}
