// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Analyzers;

internal static class SyntaxTreeExtensions
{
    // One string per file text, shared by every rule that prefilters it: SourceText.ToString() copies large files.
    private static readonly ConditionalWeakTable<SourceText, string> Texts = new();

    /// <summary>The whole file as one string, for the one-pass text prefilters that let most files skip the tree walk.</summary>
    public static string FullText(this SyntaxTree tree, CancellationToken cancellationToken)
        => Texts.GetValue(tree.GetText(cancellationToken), static text => text.ToString());
}
