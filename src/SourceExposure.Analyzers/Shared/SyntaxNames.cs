// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SourceExposure.Analyzers.Shared;

/// <summary>Names read from syntax alone, before any binding.</summary>
internal static class SyntaxNames
{
    /// <summary>
    /// The rightmost simple name of <c>M</c>, <c>M&lt;T&gt;</c>, <c>a.M</c> or <c>a?.M</c>: the method a call invokes, the
    /// member an access reads. Null for anything else (<c>handlers[0]</c>, <c>(f)</c>).
    /// </summary>
    public static string? Rightmost(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
