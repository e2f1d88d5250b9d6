// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SourceExposure.Tests;

/// <summary>
/// Code-fix tests on Microsoft.CodeAnalysis.Testing, in the shape of roslyn-sdk's templates:
/// <c>using Verify = SourceExposure.Tests.CSharpCodeFixVerifier&lt;MyAnalyzer, MyCodeFix&gt;;</c>. The library applies
/// the fix one diagnostic at a time and with FixAll in document, project and solution scope, and checks the fixed
/// code's diagnostics; <c>fixedSource == source</c> means "no fix is offered".
/// </summary>
public class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>A result for the analyzer's single descriptor.</summary>
    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

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

    public static Task VerifyCodeFixAsync([StringSyntax("C#-test")] string source, [StringSyntax("C#-test")] string fixedSource)
        => VerifyCodeFixAsync(source, DiagnosticResult.EmptyDiagnosticResults, fixedSource);

    public static Task VerifyCodeFixAsync([StringSyntax("C#-test")] string source, DiagnosticResult expected, [StringSyntax("C#-test")] string fixedSource)
        => VerifyCodeFixAsync(source, [expected], fixedSource);

    public static Task VerifyCodeFixAsync([StringSyntax("C#-test")] string source, DiagnosticResult[] expected, [StringSyntax("C#-test")] string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// The library's code-fix test with the project defaults of <see cref="TestProjectDefaults"/>, two checks of our
    /// own on every offered code action (a non-null equivalence key, unique among the actions for one diagnostic, so
    /// FixAll can group them), and an exact incremental iteration count by default: one fix per fixable diagnostic
    /// expected on the input, where the library would accept fewer.
    /// </summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
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

        protected override ImmutableArray<CodeAction> FilterCodeActions(ImmutableArray<CodeAction> actions)
        {
            actions = base.FilterCodeActions(actions);
            var keys = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var action in actions)
            {
                Verify.True(action.EquivalenceKey is not null, $"Code action '{action.Title}' has no equivalence key; FixAll cannot group it.");
                Verify.True(keys.Add(action.EquivalenceKey!), $"Two code actions for one diagnostic share the equivalence key '{action.EquivalenceKey}'.");
            }

            return actions;
        }

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            var analyzers = GetDiagnosticAnalyzers().ToArray();
            var fixable = GetCodeFixProviders().SelectMany(p => p.FixableDiagnosticIds).ToImmutableArray();
            var rawInput = TestState.WithInheritedValuesApplied(null, fixable);
            var input = Processed(rawInput, analyzers, fixable);
            if (RuleTestProbe.IsRecording)
            {
                RuleTestProbe.Record(analyzers, input.ExpectedDiagnostics);
                return Task.CompletedTask;
            }

            if (NumberOfIncrementalIterations is null
                && CodeActionExpected(FixedState)
                && HasAnyChange(input, Processed(FixedState.WithInheritedValuesApplied(rawInput, fixable), analyzers, fixable), recursive: true))
            {
                NumberOfIncrementalIterations = input.ExpectedDiagnostics.Count(d => fixable.Contains(d.Id));
            }

            return base.RunImplAsync(cancellationToken);
        }

        private SolutionState Processed(SolutionState state, DiagnosticAnalyzer[] analyzers, ImmutableArray<string> fixable)
            => state.WithProcessedMarkup(MarkupOptions, GetDefaultDiagnostic(analyzers), [.. analyzers.SelectMany(a => a.SupportedDiagnostics)], fixable, DefaultFilePath);
    }
}
