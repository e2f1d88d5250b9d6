// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Backdoors.Detection;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Analyzers.Backdoors;

/// <summary>SE4001: Authentication against a hard-coded credential.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Replacing a master password needs a credential store and a migration only the owner can design; deleting the branch changes who can log in.")]
public sealed class SE4001HardCodedCredentialCheckAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE4001);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var options = new OptionReader(start.Options);
            var scope = CodeScope.For(start.Compilation, options);
            start.RegisterSyntaxNodeAction(
                c => Analyze(c, scope),
                SyntaxKind.EqualsExpression,
                SyntaxKind.NotEqualsExpression,
                SyntaxKind.InvocationExpression,
                SyntaxKind.IsPatternExpression);
        });

    private static void Analyze(SyntaxNodeAnalysisContext context, CodeScope scope)
    {
        // Syntax first: only comparisons with a literal or a credential-looking name, and only comparison methods.
        if (!CredentialCheckSyntax.MayBeCredentialCheck(context.Node))
        {
            return;
        }

        if (!scope.Reports(RuleOptions.SE4001CodeKinds, context.Node.SyntaxTree))
        {
            return;
        }

        var operation = context.SemanticModel.GetOperation(context.Node, context.CancellationToken);
        if (operation is null || !CredentialComparison.TryRead(operation, out var comparison))
        {
            return;
        }

        if (comparison.Kind == CredentialKind.Secret)
        {
            Report(context, comparison);
            return;
        }

        // A user name or an unnamed input matched against a literal is a back door only where the match lets
        // someone in, and is reported once per condition: the secret beside it, when there is one, carries the finding.
        var weak = comparison.Kind == CredentialKind.Identity
            || (comparison.Kind == CredentialKind.None && comparison.Supplied && AccessGrants.IsInAuthenticationMethod(context.Node));
        if (weak && AccessGrants.GrantsAccess(context.Node) && IsFirstWeakCheck(context))
        {
            Report(context, comparison);
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, CredentialComparison comparison)
        => context.ReportDiagnostic(Diagnostic.Create(Rules.SE4001, context.Node.GetLocation(), comparison.Name, Redaction.Redact(comparison.Literal)));

    /// <summary>In <c>user == "a" &amp;&amp; pass == "b"</c> only one finding: none here when a secret comparison shares the condition, else the first weak one.</summary>
    private static bool IsFirstWeakCheck(SyntaxNodeAnalysisContext context)
    {
        SyntaxNode top = context.Node;
        while (top.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } or ParenthesizedExpressionSyntax)
        {
            top = top.Parent;
        }

        if (top == context.Node)
        {
            return true;
        }

        var inAuthentication = AccessGrants.IsInAuthenticationMethod(context.Node);
        var firstWeak = true;
        foreach (var candidate in top.DescendantNodesAndSelf(n => n is BinaryExpressionSyntax or ParenthesizedExpressionSyntax))
        {
            if (candidate == context.Node || candidate is not (BinaryExpressionSyntax or InvocationExpressionSyntax or IsPatternExpressionSyntax)
                || !CredentialCheckSyntax.MayBeCredentialCheck(candidate)
                || context.SemanticModel.GetOperation(candidate, context.CancellationToken) is not { } operation
                || !CredentialComparison.TryRead(operation, out var other))
            {
                continue;
            }

            if (other.Kind == CredentialKind.Secret)
            {
                return false;
            }

            if ((other.Kind == CredentialKind.Identity || (other.Kind == CredentialKind.None && inAuthentication))
                && candidate.SpanStart < context.Node.SpanStart)
            {
                firstWeak = false;
            }
        }

        return firstWeak;
    }
}
