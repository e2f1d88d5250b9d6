// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>Moves a private key out of a string literal into an environment variable read.</summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(SE1002PrivateKeyMaterialCodeFix)), Shared]
public sealed class SE1002PrivateKeyMaterialCodeFix : SourceExposureCodeFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1002 + ".ReadFromEnvironment";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SE1002);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // Keys in comments or inside interpolations have no expression to replace: the developer deletes them.
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
                || expression.Span != diagnostic.Location.SourceSpan
                || expression is not (LiteralExpressionSyntax or BinaryExpressionSyntax)
                || !ConfigurationRead.CanReplace(expression))
            {
                continue;
            }

            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            var name = ConfigurationRead.SuggestName(expression, model, "privateKey");
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read the key from environment variable {name}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, ConfigurationRead.EnvironmentRead(name).WithTriviaFrom(expression)))),
                    ReadFromEnvironmentKey),
                diagnostic);
        }
    }
}
