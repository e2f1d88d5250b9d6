// SPDX-License-Identifier: MIT
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>
/// Replaces a hard-coded secret expression with a read from the environment: the value moves out of the source and
/// the assembly, and the name says where it now comes from. Shared by the secrets family's fixes.
/// </summary>
internal static class ConfigurationRead
{
    /// <summary>
    /// True where a method call may stand in for <paramref name="expression"/>: not in a constant context (const,
    /// attribute argument, default parameter value, case label or pattern), where only constants compile.
    /// </summary>
    public static bool CanReplace(ExpressionSyntax expression)
    {
        foreach (var ancestor in expression.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case AttributeArgumentSyntax:
                case ParameterSyntax:
                case CaseSwitchLabelSyntax:
                case ConstantPatternSyntax:
                case SwitchExpressionArmSyntax arm when arm.Pattern.Span.Contains(expression.Span):
                    return false;
                case FieldDeclarationSyntax field:
                    return !field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case LocalDeclarationStatementSyntax local:
                    return !local.IsConst;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return true;
            }
        }

        return true;
    }

    /// <summary><c>System.Environment.GetEnvironmentVariable("NAME")</c>, simplified to <c>Environment…</c> where <c>using System;</c> is in scope.</summary>
    public static ExpressionSyntax EnvironmentRead(string variableName)
        => SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.ParseExpression("System.Environment"),
                    SyntaxFactory.IdentifierName("GetEnvironmentVariable")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(variableName))))))
            .WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>
    /// An environment variable name for the secret held by <paramref name="expression"/>: the containing type and the
    /// symbol that receives the value, in upper snake case (<c>Billing.apiKey</c> → <c>BILLING_API_KEY</c>).
    /// </summary>
    public static string SuggestName(ExpressionSyntax expression, SemanticModel? model, string fallback)
    {
        var receiver = ReceiverName(expression, model) ?? fallback;
        var type = expression.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText;
        var name = UpperSnake(receiver);
        return type is null || name.StartsWith(UpperSnake(type) + "_", System.StringComparison.Ordinal)
            ? name
            : UpperSnake(type) + "_" + name;
    }

    private static string? ReceiverName(ExpressionSyntax expression, SemanticModel? model)
    {
        var node = expression.Parent;
        while (node is ParenthesizedExpressionSyntax or BinaryExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                return declarator.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case AssignmentExpressionSyntax assignment:
                return assignment.Left switch
                {
                    IdentifierNameSyntax id => id.Identifier.ValueText,
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    _ => null,
                };
            case ArgumentSyntax argument:
                if (argument.NameColon is { } nameColon)
                {
                    return nameColon.Name.Identifier.ValueText;
                }

                if (model is not null && argument.Parent?.Parent is { } call
                    && model.GetSymbolInfo(call).Symbol is IMethodSymbol method
                    && argument.Parent is ArgumentListSyntax list)
                {
                    var index = list.Arguments.IndexOf(argument);
                    if (index >= 0 && index < method.Parameters.Length)
                    {
                        return method.Parameters[index].Name;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary><c>privateKeyPem</c> → <c>PRIVATE_KEY_PEM</c>; <c>PEMKey</c> → <c>PEM_KEY</c>; <c>_api_key</c> → <c>API_KEY</c>.</summary>
    public static string UpperSnake(string identifier)
    {
        var builder = new StringBuilder(identifier.Length + 8);
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '_')
                {
                    builder.Append('_');
                }

                continue;
            }

            var boundary = i > 0 && char.IsUpper(c)
                && (char.IsLower(identifier[i - 1]) || char.IsDigit(identifier[i - 1])
                    || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1]) && char.IsUpper(identifier[i - 1])));
            if (boundary && builder.Length > 0 && builder[builder.Length - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString().Trim('_');
    }
}
