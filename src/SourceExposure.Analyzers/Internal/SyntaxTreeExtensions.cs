// SPDX-License-Identifier: MIT
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

internal static class SyntaxTreeExtensions
{
    /// <summary>The whole file as one string, for the one-pass text prefilters that let most files skip the tree walk.</summary>
    public static string FullText(this SyntaxTree tree, CancellationToken cancellationToken)
        => tree.GetText(cancellationToken).FullText();
}
