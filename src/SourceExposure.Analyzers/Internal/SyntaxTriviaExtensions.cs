// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SourceExposure.Analyzers;

internal static class SyntaxTriviaExtensions
{
    /// <summary>Comments and XML documentation: text that ships with the source even though it never runs.</summary>
    public static bool IsCommentOrDocumentation(this SyntaxTrivia trivia)
    {
        switch ((SyntaxKind)trivia.RawKind)
        {
            case SyntaxKind.SingleLineCommentTrivia:
            case SyntaxKind.MultiLineCommentTrivia:
            case SyntaxKind.SingleLineDocumentationCommentTrivia:
            case SyntaxKind.MultiLineDocumentationCommentTrivia:
                return true;
            default:
                return false;
        }
    }
}
