// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>
/// The names SE4001 reads from syntax: the member an access flag is assigned to and the method a call invokes. Kept
/// together, as they were in the analyzer, until the shared "which name receives this value" helper takes their place.
/// </summary>
internal static class SyntaxNames
{
    /// <summary><c>x</c> or <c>a.B</c>: the name a value is assigned to.</summary>
    public static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>M</c>, <c>M&lt;T&gt;</c>, <c>a.M</c>, <c>a?.M</c>: the name of the method a call invokes.</summary>
    public static string? MethodName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
