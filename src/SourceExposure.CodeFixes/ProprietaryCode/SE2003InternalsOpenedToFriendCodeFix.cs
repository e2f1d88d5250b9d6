// SPDX-License-Identifier: MIT
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
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

    public SE2003InternalsOpenedToFriendCodeFix()
        : base(RuleIds.SE2003)
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
            if (!diagnostic.Location.IsInSource
                || root.FindNode(diagnostic.Location.SourceSpan) is not AttributeSyntax attribute
                || attribute.Span != diagnostic.Location.SourceSpan
                || attribute.Parent is not AttributeListSyntax list)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove InternalsVisibleTo",
                    cancellationToken => list.Attributes.Count == 1
                        ? RemoveLinesAsync(document, list.Span, cancellationToken)
                        : Task.FromResult(document.WithSyntaxRoot(root.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia)!)),
                    RemoveAttributeKey),
                diagnostic);
        }
    }

    /// <summary>Removes the attribute list, and its whole line(s) when nothing else is written on them.</summary>
    private static async Task<Document> RemoveLinesAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var first = text.Lines.GetLineFromPosition(span.Start);
        var last = text.Lines.GetLineFromPosition(span.End);
        var removed = IsBlank(text, first.Start, span.Start) && IsBlank(text, span.End, last.End)
            ? TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak)
            : span;
        return document.WithText(text.WithChanges(new TextChange(removed, string.Empty)));
    }

    private static bool IsBlank(SourceText text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
