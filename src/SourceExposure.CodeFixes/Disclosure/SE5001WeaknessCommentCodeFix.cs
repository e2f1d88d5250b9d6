// SPDX-License-Identifier: MIT
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers;

namespace SourceExposure.CodeFixes.Disclosure;

/// <summary>
/// Removes a comment that announces a weakness: the whole line when the comment stands alone on it, otherwise the
/// comment and the blanks before it. Documentation comments are left to the developer, who may want to keep the
/// rest of the documentation.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE5001WeaknessCommentCodeFix)), Shared]
public sealed class SE5001WeaknessCommentCodeFix : SourceExposureCodeFix
{
    public const string RemoveCommentKey = RuleIds.SE5001 + ".RemoveComment";

    public SE5001WeaknessCommentCodeFix()
        : base(RuleIds.SE5001)
    {
    }

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (diagnostic.Properties.ContainsKey(DiagnosticProperties.Documentation)
                || span.End > text.Length
                || !IsComment(text, span))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove the comment",
                    token => RemoveAsync(context.Document, span, token),
                    RemoveCommentKey),
                diagnostic);
        }
    }

    private static bool IsComment(SourceText text, TextSpan span)
        => span.Length >= 2 && text[span.Start] == '/' && (text[span.Start + 1] == '/' || text[span.Start + 1] == '*');

    private static async Task<Document> RemoveAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(RemovalSpan(text, span), string.Empty)));
    }

    /// <summary>The comment's whole lines when nothing else shares them; else the comment and the blanks before it.</summary>
    internal static TextSpan RemovalSpan(SourceText text, TextSpan comment)
    {
        var first = text.Lines.GetLineFromPosition(comment.Start);
        var last = text.Lines.GetLineFromPosition(comment.End);
        var aloneBefore = IsBlank(text, first.Start, comment.Start);
        var aloneAfter = IsBlank(text, comment.End, last.End);
        if (aloneBefore && aloneAfter)
        {
            return TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak);
        }

        if (!aloneAfter)
        {
            // A block comment before code on the same line (/* … */ code): the comment and the blanks after it.
            var end = comment.End;
            while (end < last.End && (text[end] == ' ' || text[end] == '\t'))
            {
                end++;
            }

            return TextSpan.FromBounds(comment.Start, end);
        }

        // A comment after code (code; // …): the comment and the blanks before it.
        var start = comment.Start;
        while (start > first.Start && (text[start - 1] == ' ' || text[start - 1] == '\t'))
        {
            start--;
        }

        return TextSpan.FromBounds(start, comment.End);
    }

    private static bool IsBlank(SourceText text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }
}
