// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Tests.Verification.Tests;

/// <summary>Reports every string literal "bad" as TST0001 "Found '{0}'"; the harness's own tests run against it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadLiteralAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TST0001", "Bad literal", "Found '{0}'", "Test", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var literal = (LiteralExpressionSyntax)c.Node;
                if (literal.Token.ValueText == "bad")
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), literal.Token.ValueText));
                }
            },
            SyntaxKind.StringLiteralExpression);
        context.RegisterAdditionalFileAction(c =>
        {
            var text = c.AdditionalFile.GetText(c.CancellationToken)!;
            var index = text.ToString().IndexOf("bad", StringComparison.Ordinal);
            if (index >= 0)
            {
                var span = new Microsoft.CodeAnalysis.Text.TextSpan(index, 3);
                c.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(c.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)), "bad"));
            }
        });
    }
}

/// <summary>Throws on every class: the harness must turn that into a failing test.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadLiteralAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.ClassDeclaration);
    }
}

/// <summary>Reports, on each class, the value a rule option and a build property have for its file.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OptionEchoAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TST0002", "Option echo", "min_entropy={0} delivery={1}", "Test", DiagnosticSeverity.Warning, true);

    internal static readonly RuleOption<double> MinEntropy = RuleOption.Number(OptionScope.Rule, "SE1004", "min_entropy", 3.5, 0, 8, "test");

    internal static readonly RuleOption<string> Delivery = RuleOption.Choice(OptionScope.BuildProperty, string.Empty, "SourceExposureDelivery", "shipped", "test", "shipped", "hosted");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var reader = new OptionReader(start.Options);
            start.RegisterSyntaxNodeAction(
                c => c.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    ((ClassDeclarationSyntax)c.Node).Identifier.GetLocation(),
                    reader.Get(MinEntropy, c.Node.SyntaxTree).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    reader.Get(Delivery, c.Node.SyntaxTree))),
                SyntaxKind.ClassDeclaration);
        });
    }
}

/// <summary>Replaces "bad" with "good".</summary>
[ExportCodeFixProvider(LanguageNames.CSharp), Shared]
public sealed class BadLiteralFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
        var node = root.FindNode(context.Span);
        context.RegisterCodeFix(
            CodeAction.Create(
                "Make it good",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("good")).WithTriviaFrom(node)))),
                "TST0001.MakeGood"),
            context.Diagnostics);
    }
}

/// <summary>Registers two actions with one equivalence key: FixAll could not tell them apart.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp), Shared]
public sealed class DuplicateKeyFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        context.RegisterCodeFix(CodeAction.Create("One", _ => Task.FromResult(context.Document), "TST0001.Same"), context.Diagnostics);
        context.RegisterCodeFix(CodeAction.Create("Two", _ => Task.FromResult(context.Document), "TST0001.Same"), context.Diagnostics);
        return Task.CompletedTask;
    }
}
