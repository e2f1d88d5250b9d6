// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SourceExposure.Analyzers;

internal static class SyntaxTokenExtensions
{
    /// <summary>
    /// True for every token that carries string text a reader sees: regular, verbatim, raw (single and multi-line),
    /// UTF-8 literals and the text parts of interpolated strings.
    /// </summary>
    public static bool IsStringText(this SyntaxToken token)
    {
        switch ((SyntaxKind)token.RawKind)
        {
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.InterpolatedStringTextToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
            case SyntaxKind.Utf8StringLiteralToken:
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                return true;
            default:
                return false;
        }
    }

    /// <summary>The text of a string token as the program sees it (escapes resolved); interpolated text parts included.</summary>
    public static string StringValue(this SyntaxToken token) => token.ValueText;
}
