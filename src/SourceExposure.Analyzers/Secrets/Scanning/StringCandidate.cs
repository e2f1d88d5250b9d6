// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Analyzers.Secrets.Scanning;

/// <summary>Where a piece of text that may hold a secret comes from.</summary>
internal enum StringSourceKind
{
    /// <summary>A string literal of any kind: regular, verbatim, raw, UTF-8.</summary>
    Literal,

    /// <summary>The text part of an interpolated string.</summary>
    InterpolatedText,

    /// <summary>A constant-folded concatenation (literals and constants) or a constant interpolated string.</summary>
    Concatenation,

    /// <summary>An array initializer made only of character literals.</summary>
    CharArray,

    /// <summary>A <c>//</c> or <c>/* */</c> comment.</summary>
    Comment,

    /// <summary>An XML documentation comment.</summary>
    Documentation,
}

/// <summary>
/// A piece of source text as the program (or the reader) sees it, with the span to report. For comments the text is
/// the comment as written, so an offset into <see cref="Text"/> plus <see cref="Span"/>.Start is a source position;
/// for the other kinds escapes are resolved and findings are reported on the whole <see cref="Span"/>.
/// </summary>
internal readonly struct StringCandidate
{
    public StringCandidate(string text, TextSpan span, StringSourceKind kind, SyntaxNode? node)
    {
        Text = text;
        Span = span;
        Kind = kind;
        Node = node;
    }

    public string Text { get; }

    public TextSpan Span { get; }

    public StringSourceKind Kind { get; }

    /// <summary>The expression that holds the text (literal, concatenation, array creation, interpolated string); null for comments.</summary>
    public SyntaxNode? Node { get; }

    /// <summary>True when offsets into <see cref="Text"/> map one-to-one onto the source.</summary>
    public bool IsSourceText => Kind is StringSourceKind.Comment or StringSourceKind.Documentation;

    /// <summary>The exact source span of <paramref name="length"/> characters at <paramref name="offset"/> in the text, or the whole span.</summary>
    public TextSpan SpanOf(int offset, int length) => IsSourceText ? new TextSpan(Span.Start + offset, length) : Span;

    /// <summary>How messages name the place: "a string literal", "a comment"…</summary>
    public string Where => Kind switch
    {
        StringSourceKind.InterpolatedText => "an interpolated string",
        StringSourceKind.CharArray => "a character array",
        StringSourceKind.Comment => "a comment",
        StringSourceKind.Documentation => "a documentation comment",
        _ => "a string literal",
    };
}
