// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;

namespace SourceExposure.CodeFixes.ProprietaryCode;

/// <summary>
/// Removes an <c>[assembly: InternalsVisibleTo(...)]</c> attribute (the whole attribute list when it holds only that
/// attribute). Friends declared by MSBuild items have no location in source and get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE2003InternalsOpenedToFriendCodeFix)), Shared]
public sealed class SE2003InternalsOpenedToFriendCodeFix : SourceExposureCodeFix
{
    public const string RemoveAttributeKey = RuleIds.SE2003 + ".RemoveAttribute";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SE2003);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Location.IsInSource
                || root.FindNode(diagnostic.Location.SourceSpan) is not AttributeSyntax attribute
                || attribute.Span != diagnostic.Location.SourceSpan
                || attribute.Parent is not AttributeListSyntax list)
            {
                continue;
            }

            SyntaxNode target = list.Attributes.Count == 1 ? list : attribute;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove InternalsVisibleTo",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.RemoveNode(target, SyntaxRemoveOptions.KeepNoTrivia)!)),
                    RemoveAttributeKey),
                diagnostic);
        }
    }
}
