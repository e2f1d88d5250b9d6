// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Tests.Robustness;

/// <summary>The crash-proofing harness itself: it must see a throwing analyzer and a throwing code fix, or its silence proves nothing.</summary>
public sealed class HarnessTests
{
    [Fact]
    public async Task ThrowingAnalyzer_IsCaught()
    {
        var report = await RobustnessHost.FindCrashesAsync(
            [("a", "class A { string s = \"x\"; }"), ("b", "class B { }")],
            analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()),
            codeFixes: []);
        Assert.Contains(report.Crashes, c => c.Contains("ThrowingAnalyzer", StringComparison.Ordinal) && c.Contains("class A", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThrowingCodeFix_IsCaught()
    {
        var report = await RobustnessHost.FindCrashesAsync(
            [("a", "class A { string s = \"x\"; }")],
            analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ReportingAnalyzer()),
            codeFixes: ImmutableArray.Create<CodeFixProvider>(new ThrowingCodeFix()));
        Assert.Equal(1, report.FixesApplied);
        Assert.Contains(report.Crashes, c => c.Contains("ThrowingCodeFix", StringComparison.Ordinal) && c.Contains("fix failed", StringComparison.Ordinal));
    }

    [Fact]
    public void PrefixTruncations_SmallTextHasEveryCutPoint_LargeTextHasTheRequestedCount()
    {
        Assert.Equal(10, RobustnessHost.PrefixTruncations("0123456789", 200).Count());
        Assert.Equal(200, RobustnessHost.PrefixTruncations(new string('x', 1000), 200).Distinct().Count());
    }

    [Fact]
    public void TokenDeletions_AreSeeded()
    {
        const string text = "class C { void M() { int x = 1 + 2; System.Console.WriteLine(x); } }";
        Assert.Equal(RobustnessHost.TokenDeletions(text, 5, seed: 1), RobustnessHost.TokenDeletions(text, 5, seed: 1));
        Assert.All(RobustnessHost.TokenDeletions(text, 5, seed: 1), variant => Assert.True(variant.Length < text.Length));
    }

#pragma warning disable RS2008 // a test descriptor, not a shipped rule
    private static readonly DiagnosticDescriptor Rule = new("TEST0001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

#pragma warning disable RS1036, RS1001 // test doubles, not shipped analyzers
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("analyzer failed"), SyntaxKind.StringLiteralExpression);
        }
    }

    private sealed class ReportingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(c => c.ReportDiagnostic(Diagnostic.Create(Rule, c.Node.GetLocation())), SyntaxKind.StringLiteralExpression);
        }
    }
#pragma warning restore RS1036, RS1001

    private sealed class ThrowingCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rule.Id);

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(CodeAction.Create("boom", new Func<System.Threading.CancellationToken, Task<Document>>(_ => throw new InvalidOperationException("fix failed")), "TEST0001.Boom"), context.Diagnostics);
            return Task.CompletedTask;
        }
    }
}
