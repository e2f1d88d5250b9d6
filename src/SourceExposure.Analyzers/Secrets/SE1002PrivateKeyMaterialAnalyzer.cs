// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Secrets.Detection;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>SE1002: Private key material in source.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE1002PrivateKeyMaterialAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE1002);

    protected override void Register(AnalysisContext context) => context.RegisterSyntaxTreeAction(AnalyzeTree);

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        // One pass over the file text decides whether any token needs a look: most files hold no key marker.
        if (!context.Tree.TryGetText(out var sourceText))
        {
            sourceText = context.Tree.GetText(context.CancellationToken);
        }

        if (!PrivateKeyMaterial.MayContain(sourceText.ToString()))
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var token in root.DescendantTokens())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (token.IsStringText())
            {
                AnalyzeString(context, token);
            }

            AnalyzeComments(context, token.LeadingTrivia);
            AnalyzeComments(context, token.TrailingTrivia);
        }
    }

    private static void AnalyzeString(SyntaxTreeAnalysisContext context, SyntaxToken token)
    {
        // A key split over "line" + "line" + … is judged as the whole concatenation, reported once at its first part.
        if (token.Parent is LiteralExpressionSyntax literal && TopOfLiteralConcatenation(literal) is { } concatenation)
        {
            if (FirstLiteral(concatenation) == literal)
            {
                var folded = FoldLiterals(concatenation);
                if (PrivateKeyMaterial.TryFind(folded, out var whole))
                {
                    Report(context, concatenation.GetLocation(), whole, "a string literal");
                }
            }

            return;
        }

        if (PrivateKeyMaterial.TryFind(token.ValueText, out var match))
        {
            var where = token.IsKind(SyntaxKind.InterpolatedStringTextToken) ? "an interpolated string" : "a string literal";
            Report(context, token.Parent is LiteralExpressionSyntax ? token.Parent.GetLocation() : token.GetLocation(), match, where);
        }
    }

    private static void AnalyzeComments(SyntaxTreeAnalysisContext context, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (!item.IsCommentOrDocumentation())
            {
                continue;
            }

            var text = item.ToFullString();
            if (PrivateKeyMaterial.TryFind(text, out var match))
            {
                var span = new Microsoft.CodeAnalysis.Text.TextSpan(item.FullSpan.Start + match.Start, match.Length);
                Report(context, Location.Create(context.Tree, span), match, "a comment");
            }
        }
    }

    private static void Report(SyntaxTreeAnalysisContext context, Location location, PrivateKeyMatch match, string where)
        => context.ReportDiagnostic(Diagnostic.Create(Rules.SE1002, location, match.Kind, Redaction.Redact(match.Body), where));

    private static BinaryExpressionSyntax? TopOfLiteralConcatenation(LiteralExpressionSyntax literal)
    {
        BinaryExpressionSyntax? top = null;
        SyntaxNode current = literal;
        while (current.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
        {
            top = binary;
            current = binary;
        }

        return top is not null && AllLiterals(top) ? top : null;
    }

    private static bool AllLiterals(ExpressionSyntax expression) => expression switch
    {
        BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression) => AllLiterals(b.Left) && AllLiterals(b.Right),
        LiteralExpressionSyntax l => l.IsKind(SyntaxKind.StringLiteralExpression),
        ParenthesizedExpressionSyntax p => AllLiterals(p.Expression),
        _ => false,
    };

    private static LiteralExpressionSyntax? FirstLiteral(ExpressionSyntax expression) => expression switch
    {
        BinaryExpressionSyntax b => FirstLiteral(b.Left),
        ParenthesizedExpressionSyntax p => FirstLiteral(p.Expression),
        LiteralExpressionSyntax l => l,
        _ => null,
    };

    private static string FoldLiterals(ExpressionSyntax expression)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var token in expression.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken))
            {
                builder.Append(token.ValueText);
            }
        }

        return builder.ToString();
    }
}
