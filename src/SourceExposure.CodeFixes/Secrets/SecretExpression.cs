// SPDX-License-Identifier: MIT
using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;
using SourceExposure.CodeFixes.Configuration;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>
/// The value of the secrets rules whose finding is a whole string expression (SE1001, SE1002, SE1004, SE1005): the
/// span is exactly a string literal or a constant concatenation, a method call may stand there (not a constant
/// context), and the value is used as a string. SE1003 moves only the secret inside a connection string.
/// </summary>
internal static class SecretExpression
{
    /// <param name="fallbackName">The name for the variable when nothing receives the value by name and the analyzer handed none (<see cref="DiagnosticProperties.Name"/>).</param>
    /// <param name="acceptValue">A further condition on the diagnostic and the constant value, or null: SE1001 moves only a literal that is the credential and nothing else.</param>
    public static ValueToMove? Find(
        Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken,
        string noun, string fallbackName, Func<Diagnostic, string, bool>? acceptValue = null)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
            || expression.Span != diagnostic.Location.SourceSpan
            || !(IsStringExpression(expression) || expression is BinaryExpressionSyntax)
            || model.GetConstantValue(expression, cancellationToken).Value is not string value
            || (acceptValue is not null && !acceptValue(diagnostic, value))
            || !ConfigurationRead.CanReplace(expression)
            || model.GetTypeInfo(expression, cancellationToken).ConvertedType is not { SpecialType: SpecialType.System_String or SpecialType.System_Object })
        {
            return null;
        }

        var fallback = diagnostic.Properties.TryGetValue(DiagnosticProperties.Name, out var name) && !string.IsNullOrEmpty(name) ? name! : fallbackName;
        var (variable, key) = ConfigurationRead.SuggestNames(expression, model, fallback, cancellationToken);
        return ValueToMove.Whole(expression, noun, variable, key);
    }

    /// <summary>A string literal (not UTF-8) or a concatenation of them, possibly parenthesised.</summary>
    private static bool IsStringExpression(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
        BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression) && IsStringExpression(binary.Left) && IsStringExpression(binary.Right),
        ParenthesizedExpressionSyntax parenthesized => IsStringExpression(parenthesized.Expression),
        _ => false,
    };
}
