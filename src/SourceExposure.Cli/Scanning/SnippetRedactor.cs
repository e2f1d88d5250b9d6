// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers;

namespace SourceExposure.Cli.Scanning;

/// <summary>
/// Makes a one-line snippet of code safe to print: every literal and every comment on the line is cut to the form
/// <see cref="Redaction.Redact"/> gives (first characters and an ellipsis), so no secret reaches the console, SARIF or
/// HTML, whatever rule the finding belongs to. Works on the real syntax tree, so a line inside a multi-line raw or
/// verbatim string is recognised as string content too.
/// </summary>
internal static partial class SnippetRedactor
{
    private const int MaxLength = 200;

    public static string ForSourceLine(SyntaxTree tree, int line)
    {
        var text = tree.GetText();
        if (line < 0 || line >= text.Lines.Count)
        {
            return string.Empty;
        }

        var lineSpan = text.Lines[line].Span;
        var root = tree.GetRoot();
        var sensitive = new List<TextSpan>();
        foreach (var token in root.DescendantTokens(lineSpan, descendIntoTrivia: false))
        {
            if (IsLiteral(token) && !IsSmallNumber(token))
            {
                AddIntersection(sensitive, token.Span, lineSpan);
            }

            AddComments(sensitive, token.LeadingTrivia, lineSpan);
            AddComments(sensitive, token.TrailingTrivia, lineSpan);
        }

        // A line fully inside a multi-line token (raw string, verbatim string, block comment) yields no token above.
        if (sensitive.Count == 0 && lineSpan.Length > 0)
        {
            var token = root.FindToken(lineSpan.Start, findInsideTrivia: true);
            if (IsLiteral(token))
            {
                AddIntersection(sensitive, token.Span, lineSpan);
            }

            var trivia = root.FindTrivia(lineSpan.Start, findInsideTrivia: true);
            if (trivia.Span.Contains(lineSpan.Start) && IsComment(trivia))
            {
                AddIntersection(sensitive, trivia.Span, lineSpan);
            }
        }

        sensitive.Sort((a, b) => a.Start.CompareTo(b.Start));
        var builder = new StringBuilder();
        var position = lineSpan.Start;
        foreach (var span in sensitive)
        {
            if (span.Start < position)
            {
                continue;
            }

            builder.Append(text.ToString(TextSpan.FromBounds(position, span.Start)));
            builder.Append(RedactPiece(text.ToString(span)));
            position = span.End;
        }

        builder.Append(text.ToString(TextSpan.FromBounds(position, lineSpan.End)));
        return Trim(builder.ToString());
    }

    /// <summary>For non-C# files (additional files such as appsettings.json): every quoted string and every value after '=' or ':' is redacted.</summary>
    public static string ForPlainLine(string line)
    {
        var redacted = QuotedOrAssigned().Replace(line, m => m.Groups["q"].Success
            ? "\"" + RedactPiece(m.Groups["q"].Value) + "\""
            : m.Groups["sep"].Value + RedactPiece(m.Groups["v"].Value));
        return Trim(redacted);
    }

    private static string RedactPiece(string piece) => piece.Length <= 4 && piece.Trim('"', '\'', '@', '$').Length == 0 ? piece : Redaction.Redact(piece);

    private static string Trim(string line)
    {
        var collapsed = line.Trim();
        return collapsed.Length <= MaxLength ? collapsed : collapsed[..MaxLength] + Redaction.Ellipsis;
    }

    private static bool IsLiteral(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken
            or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.NumericLiteralToken => true,
        _ => false,
    };

    /// <summary>Numbers of up to four characters (loop bounds, ports of examples, flags) carry no secret and keep the line readable.</summary>
    private static bool IsSmallNumber(SyntaxToken token) => token.IsKind(SyntaxKind.NumericLiteralToken) && token.Span.Length <= 4;

    private static bool IsComment(SyntaxTrivia trivia) => trivia.Kind() switch
    {
        SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
            or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia
            or SyntaxKind.DisabledTextTrivia => true,
        _ => false,
    };

    private static void AddComments(List<TextSpan> spans, SyntaxTriviaList trivia, TextSpan line)
    {
        foreach (var item in trivia)
        {
            if (IsComment(item))
            {
                AddIntersection(spans, item.Span, line);
            }
        }
    }

    private static void AddIntersection(List<TextSpan> spans, TextSpan span, TextSpan line)
    {
        var intersection = span.Intersection(line);
        if (intersection is { IsEmpty: false } value)
        {
            spans.Add(value);
        }
    }

    [GeneratedRegex("\"(?<q>[^\"]*)\"|(?<sep>[=:]\\s*)(?<v>[^\\s\"',;]{5,})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedOrAssigned();
}
