// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>
/// Where a comparison decides who gets in: inside an authentication method, or as the condition whose true match
/// returns true or raises an access flag. A user name matched against a literal is a back door only there.
/// </summary>
internal static class AccessGrants
{
    /// <summary>Whether the method or local function around <paramref name="node"/> is named for logging in or checking a credential.</summary>
    public static bool IsInAuthenticationMethod(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case MethodDeclarationSyntax method:
                    return CredentialNames.IsAuthenticationMethod(method.Identifier.ValueText);
                case LocalFunctionStatementSyntax function:
                    return CredentialNames.IsAuthenticationMethod(function.Identifier.ValueText);
                case TypeDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a true match lets someone in: the condition of an <c>if</c> whose branch returns true or sets an
    /// access flag (<c>isAdmin = true</c>), a comparison returned from an authentication method, or one assigned to
    /// an access flag.
    /// </summary>
    public static bool GrantsAccess(SyntaxNode comparison)
    {
        var node = comparison;
        while (node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case IfStatementSyntax ifStatement when ifStatement.Condition == node:
                return Grants(ifStatement.Statement);
            case ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                return IsInAuthenticationMethod(node);
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                return CredentialNames.GrantsAccess(ValueReceiver.TargetName(assignment.Left));
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                return CredentialNames.GrantsAccess(declarator.Identifier.ValueText);
            default:
                return false;
        }
    }

    private static bool Grants(StatementSyntax statement)
    {
        if (statement is BlockSyntax block)
        {
            foreach (var inner in block.Statements)
            {
                if (Grants(inner))
                {
                    return true;
                }
            }

            return false;
        }

        return statement switch
        {
            ReturnStatementSyntax { Expression: { } value } => value.IsKind(SyntaxKind.TrueLiteralExpression),
            ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment } =>
                assignment.Right.IsKind(SyntaxKind.TrueLiteralExpression) && CredentialNames.GrantsAccess(ValueReceiver.TargetName(assignment.Left)),
            _ => false,
        };
    }
}
