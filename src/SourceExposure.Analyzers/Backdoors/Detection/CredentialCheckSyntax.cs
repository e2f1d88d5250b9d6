// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>
/// The text prefilter of SE4001: from syntax alone, whether a comparison may check a credential against a hard-coded
/// value, so that only those reach the semantic model. Where syntax cannot tell, it says yes and the model decides.
/// </summary>
internal static class CredentialCheckSyntax
{
    /// <summary>
    /// An <c>==</c>/<c>!=</c> or <c>is</c> pattern with a literal or a credential-looking name on a side, or a call of a
    /// comparison method with such an operand.
    /// </summary>
    public static bool MayBeCredentialCheck(SyntaxNode node)
    {
        switch (node)
        {
            case BinaryExpressionSyntax binary:
                // A hard-coded digest is worth the semantic model whatever the other side is called (hash, computed).
                return IsStringLiteral(binary.Right) ? MayBeCredential(binary.Left, node) || IsDigestLiteral(binary.Right)
                    : IsStringLiteral(binary.Left) ? MayBeCredential(binary.Right, node) || IsDigestLiteral(binary.Left)
                    : NameKind(binary.Left) == CredentialKind.Secret || NameKind(binary.Right) == CredentialKind.Secret
                        || NameKind(binary.Left) == CredentialKind.Identity || NameKind(binary.Right) == CredentialKind.Identity;
            case IsPatternExpressionSyntax pattern:
                // code is "000000", code is "000000" or "123456"
                return IsStringLiteralPattern(pattern.Pattern) && MayBeCredential(pattern.Expression, node);
            case InvocationExpressionSyntax invocation:
                if (!ComparisonMethods.IsComparisonName(SyntaxNames.Rightmost(invocation.Expression)))
                {
                    return false;
                }

                // Some operand must name a credential or be a literal: string.Equals(item.Status, status) is neither.
                if (invocation.Expression is MemberAccessExpressionSyntax member && Mentions(member.Expression, 0))
                {
                    return true;
                }

                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (Mentions(argument.Expression, 0))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// Syntax only: could the side compared with a literal be a credential? A credential name, yes; a name that
    /// describes something else (status, role, type), no; any other plain identifier, maybe (a local initialised
    /// from a credential, or a parameter of a login method), which the semantic model decides.
    /// </summary>
    private static bool MayBeCredential(ExpressionSyntax expression, SyntaxNode comparison)
    {
        switch (NameKind(expression))
        {
            case CredentialKind.Secret:
            case CredentialKind.Identity:
                return true;
            case CredentialKind.Excluded:
                return false;
        }

        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        if (AccessGrants.IsInAuthenticationMethod(comparison))
        {
            return true;
        }

        // var p = login.Password.Trim(); … p == "…": a local is worth the semantic model only when its initializer
        // reads a credential.
        return expression is IdentifierNameSyntax identifier && LocalInitializedFromCredential(identifier.Identifier.ValueText, comparison);
    }

    private static bool LocalInitializedFromCredential(string name, SyntaxNode comparison)
    {
        SyntaxNode? member = null;
        for (var current = comparison.Parent; current is not null; current = current.Parent)
        {
            if (current is MemberDeclarationSyntax or GlobalStatementSyntax)
            {
                member = current;
                break;
            }
        }

        if (member is null)
        {
            return false;
        }

        foreach (var node in member.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator
                && declarator.Identifier.ValueText == name
                && NameKind(value) is CredentialKind.Secret or CredentialKind.Identity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an operand of a comparison method mentions a literal or a credential name, a few levels deep.</summary>
    private static bool Mentions(ExpressionSyntax expression, int depth)
    {
        if (depth > 3)
        {
            return false;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return literal.IsKind(SyntaxKind.StringLiteralExpression);
            case IdentifierNameSyntax identifier:
                // Constants and locals are judged semantically; a name that says "status" or "role" is not.
                return CredentialNames.ClassifyCompared(identifier.Identifier.ValueText) != CredentialKind.Excluded;
            case MemberAccessExpressionSyntax member:
                return CredentialNames.ClassifyCompared(member.Name.Identifier.ValueText) is CredentialKind.Secret or CredentialKind.Identity
                    || Mentions(member.Expression, depth + 1);
            case InvocationExpressionSyntax invocation:
                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (Mentions(argument.Expression, depth + 1))
                    {
                        return true;
                    }
                }

                return invocation.Expression is MemberAccessExpressionSyntax receiver && Mentions(receiver.Expression, depth + 1);
            case ParenthesizedExpressionSyntax parenthesized:
                return Mentions(parenthesized.Expression, depth + 1);
            case ElementAccessExpressionSyntax element:
                return element.ArgumentList.Arguments.Count == 1 && Mentions(element.ArgumentList.Arguments[0].Expression, depth + 1);
            case ConditionalAccessExpressionSyntax conditional:
                return Mentions(conditional.Expression, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>A constant string pattern, or an <c>or</c> of them.</summary>
    private static bool IsStringLiteralPattern(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax constant => IsStringLiteral(constant.Expression),
        BinaryPatternSyntax binary when binary.IsKind(SyntaxKind.OrPattern) => IsStringLiteralPattern(binary.Left) && IsStringLiteralPattern(binary.Right),
        ParenthesizedPatternSyntax parenthesized => IsStringLiteralPattern(parenthesized.Pattern),
        _ => false,
    };

    private static bool IsDigestLiteral(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && Digests.IsDigest(literal.Token.ValueText);
    }

    private static bool IsStringLiteral(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression.IsKind(SyntaxKind.StringLiteralExpression);
    }

    /// <summary>The kind of the name an operand is read from, from syntax: x, a.B, h["X-Api-Key"], x.Trim(), x?.Trim().</summary>
    private static CredentialKind NameKind(ExpressionSyntax expression)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            switch (expression)
            {
                case IdentifierNameSyntax identifier:
                    return CredentialNames.ClassifyCompared(identifier.Identifier.ValueText);
                case MemberAccessExpressionSyntax member:
                    return CredentialNames.ClassifyCompared(member.Name.Identifier.ValueText);
                case ElementAccessExpressionSyntax element when element.ArgumentList.Arguments.Count == 1
                    && element.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax key:
                    return CredentialNames.ClassifyCompared(key.Token.ValueText);
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver }:
                    expression = receiver.Expression;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case ConditionalAccessExpressionSyntax conditional:
                    expression = conditional.Expression;
                    break;
                default:
                    return CredentialKind.None;
            }
        }

        return CredentialKind.None;
    }
}
