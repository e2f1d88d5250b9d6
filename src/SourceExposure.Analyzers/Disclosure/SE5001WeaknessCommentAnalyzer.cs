// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers.Disclosure.Detection;

namespace SourceExposure.Analyzers.Disclosure;

/// <summary>SE5001: Comment announces a security weakness.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE5001WeaknessCommentAnalyzer : SourceExposureAnalyzer
{
    private static readonly ImmutableDictionary<string, string?> DocumentationProperties =
        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Documentation, DiagnosticProperties.Present);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE5001);

    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static start =>
    {
        var scope = CodeScope.For(start.Compilation, new Configuration.OptionReader(start.Options));
        start.RegisterSyntaxTreeAction(c =>
        {
            if (scope.Reports(RuleOptions.SE5001CodeKinds, c.Tree))
            {
                AnalyzeTree(c);
            }
        });
    });

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        var sourceText = context.Tree.GetText(context.CancellationToken);

        // One pass over the text for a marker; only the comments at the markers found are looked at, so the tree is
        // never walked.
        var text = sourceText.FullText();
        var position = WeaknessComments.NextMarker(text, 0, out var length, out _);
        if (position < 0)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        var judgedUpTo = -1;
        while (position >= 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (position >= judgedUpTo)
            {
                var trivia = root.FindTrivia(position);
                if (trivia.IsCommentOrDocumentation() && trivia.FullSpan.Contains(position))
                {
                    judgedUpTo = Judge(context, root, trivia, sourceText);
                }
            }

            position = WeaknessComments.NextMarker(text, position + length, out length, out _);
        }
    }

    /// <summary>The <c>//</c> comment that makes up the whole of the next line, if there is one.</summary>
    private static SyntaxTrivia? NextLineComment(SyntaxNode root, SyntaxTrivia comment, SourceText text)
    {
        var line = text.Lines.GetLineFromPosition(comment.FullSpan.End).LineNumber;
        if (line + 1 >= text.Lines.Count)
        {
            return null;
        }

        var next = text.Lines[line + 1];
        var start = next.Start;
        while (start < next.End && text[start] is ' ' or '\t')
        {
            start++;
        }

        if (start + 1 >= next.End || text[start] != '/' || text[start + 1] != '/')
        {
            return null;
        }

        var trivia = root.FindTrivia(start);
        return trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.FullSpan.Start == start ? trivia : null;
    }

    /// <returns>Where the text judged ends: the comment, or the next line's comment when it was judged with it.</returns>
    private static int Judge(SyntaxTreeAnalysisContext context, SyntaxNode root, SyntaxTrivia trivia, SourceText sourceText)
    {
        // A documentation comment's span leaves out its first "///"; the finding covers the whole comment.
        var span = trivia.FullSpan;
        var comment = sourceText.ToString(span);
        if (!WeaknessComments.TryFind(comment, out var mention))
        {
            // "// TODO:" with the weakness on the next line's "//" comment: each line is a comment of its own.
            if (!trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || NextLineComment(root, trivia, sourceText) is not { } next
                || !WeaknessComments.TryFind(comment + "\n" + sourceText.ToString(next.FullSpan), out mention))
            {
                return span.End;
            }

            span = TextSpan.FromBounds(span.Start, next.FullSpan.End);
        }

        // Documentation comments end with their line break; the finding covers the comment text only.
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(sourceText[end - 1]))
        {
            end--;
        }

        var documentation = trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia);
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.SE5001,
            Location.Create(context.Tree, TextSpan.FromBounds(span.Start, end)),
            documentation ? DocumentationProperties : ImmutableDictionary<string, string?>.Empty,
            mention.Marker,
            mention.Word));
        return span.End;
    }
}
