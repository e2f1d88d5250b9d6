// SPDX-License-Identifier: MIT
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;

namespace SourceExposure.CodeFixes.Backdoors;

/// <summary>Removes the assignment of an accept-all certificate callback, so the platform's chain validation applies again.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE4003CertificateValidationDisabledCodeFix)), Shared]
public sealed class SE4003CertificateValidationDisabledCodeFix : SourceExposureCodeFix
{
    public const string RemoveCallbackKey = RuleIds.SE4003 + ".RemoveCallback";

    public SE4003CertificateValidationDisabledCodeFix()
        : base(RuleIds.SE4003)
    {
    }

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(DiagnosticProperties.Assignment)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax assignment
                || assignment.Span != diagnostic.Location.SourceSpan
                || !CanRemove(assignment))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove the callback that accepts every certificate",
                    token => Task.FromResult(context.Document.WithSyntaxRoot(Remove(root, assignment, token))),
                    RemoveCallbackKey),
                diagnostic);
        }
    }

    private static bool CanRemove(AssignmentExpressionSyntax assignment) => assignment.Parent switch
    {
        // A statement of its own, not the only statement of an embedded statement (if (x) a = b;).
        ExpressionStatementSyntax statement => statement.Parent is BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax,
        InitializerExpressionSyntax initializer => initializer.IsKind(SyntaxKind.ObjectInitializerExpression)
            && (initializer.Parent is BaseObjectCreationExpressionSyntax
                || (initializer.Parent is AssignmentExpressionSyntax nested && CanRemove(nested))),
        _ => false,
    };

    private static SyntaxNode Remove(SyntaxNode root, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (assignment.Parent is ExpressionStatementSyntax statement)
        {
            // The statement goes with its indentation and line break (and any comment on the lines it occupies).
            var node = statement.Parent is GlobalStatementSyntax global ? (SyntaxNode)global : statement;
            return root.RemoveNode(node, SyntaxRemoveOptions.KeepUnbalancedDirectives) ?? root;
        }

        var initializer = (InitializerExpressionSyntax)assignment.Parent!;
        var remaining = initializer.Expressions.Remove(assignment);
        if (remaining.Count > 0)
        {
            return root.ReplaceNode(initializer, initializer.WithExpressions(remaining));
        }

        switch (initializer.Parent)
        {
            case AssignmentExpressionSyntax nested:
                // SslOptions = { RemoteCertificateValidationCallback = … } goes as a whole once it is empty.
                return Remove(root, nested, cancellationToken);
            case ObjectCreationExpressionSyntax creation:
                // new HttpClientHandler { Callback = … } becomes new HttpClientHandler().
                return root.ReplaceNode(creation, creation
                    .WithType(creation.Type.WithoutTrailingTrivia())
                    .WithArgumentList(creation.ArgumentList ?? SyntaxFactory.ArgumentList())
                    .WithInitializer(null)
                    .WithTrailingTrivia(creation.GetTrailingTrivia()));
            case ImplicitObjectCreationExpressionSyntax implicitCreation:
                return root.ReplaceNode(implicitCreation, implicitCreation
                    .WithArgumentList(implicitCreation.ArgumentList.WithoutTrailingTrivia())
                    .WithInitializer(null)
                    .WithTrailingTrivia(implicitCreation.GetTrailingTrivia()));
            default:
                return root;
        }
    }
}
