// SPDX-License-Identifier: MIT
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Secrets.Scanning;

/// <summary>
/// What surrounds a literal: the names that say what it is (the variable, field, property, parameter, named argument,
/// dictionary key or anonymous member it goes to) and the literal values next to it in the same argument list or
/// initializer (an access key ID beside its secret). Computed only for values that need a context to be judged.
/// </summary>
internal static class LiteralContext
{
    public static string Of(SyntaxNode? node, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var current = node;

        // Climb out of the expression shapes that do not change what the value is.
        while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or BinaryExpressionSyntax
               or InterpolationSyntax or InterpolatedStringExpressionSyntax or PostfixUnaryExpressionSyntax
               or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
               || (current.Parent is InitializerExpressionSyntax init && init.IsKind(SyntaxKind.ArrayInitializerExpression)))
        {
            current = current.Parent!;
        }

        // new string(chars), "x".ToCharArray() and the like: the value still goes where the call goes.
        if (current.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } } && creation.Type.ToString() is "string" or "String")
        {
            current = creation;
        }

        switch (current.Parent)
        {
            case EqualsValueClauseSyntax equals:
                switch (equals.Parent)
                {
                    case VariableDeclaratorSyntax declarator:
                        builder.Append(declarator.Identifier.ValueText);
                        break;
                    case PropertyDeclarationSyntax property:
                        builder.Append(property.Identifier.ValueText);
                        break;
                    case ParameterSyntax parameter:
                        builder.Append(parameter.Identifier.ValueText);
                        break;
                }

                break;
            case AssignmentExpressionSyntax assignment:
                AppendTarget(builder, assignment.Left);
                if (assignment.Parent is InitializerExpressionSyntax siblings)
                {
                    AppendSiblings(builder, siblings.Expressions, assignment);
                }

                break;
            case ArrowExpressionClauseSyntax arrow:
                AppendMemberName(builder, arrow.Parent);
                break;
            case ReturnStatementSyntax:
                AppendMemberName(builder, current.FirstAncestorOrSelf<MemberDeclarationSyntax>());
                break;
            case AnonymousObjectMemberDeclaratorSyntax anonymous when anonymous.NameEquals is not null:
                builder.Append(anonymous.NameEquals.Name.Identifier.ValueText);
                break;
            case InitializerExpressionSyntax complex when complex.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                // { "AWS_SECRET_ACCESS_KEY", "…" } in a dictionary initializer: the key names the value.
                AppendSiblings(builder, complex.Expressions, current);
                break;
            case AttributeArgumentSyntax attributeArgument:
                if (attributeArgument.NameEquals is not null)
                {
                    builder.Append(attributeArgument.NameEquals.Name.Identifier.ValueText);
                }
                else if (attributeArgument.NameColon is not null)
                {
                    builder.Append(attributeArgument.NameColon.Name.Identifier.ValueText);
                }

                if (attributeArgument.Parent is AttributeArgumentListSyntax attributeArguments)
                {
                    foreach (var other in attributeArguments.Arguments)
                    {
                        if (other != attributeArgument)
                        {
                            AppendLiteral(builder, other.Expression);
                        }
                    }
                }

                break;
            case ArgumentSyntax argument:
                if (argument.NameColon is not null)
                {
                    builder.Append(argument.NameColon.Name.Identifier.ValueText);
                }
                else if (model?.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter })
                {
                    builder.Append(parameter.Name);
                }

                if (argument.Parent is BaseArgumentListSyntax list)
                {
                    if (list.Parent is ElementAccessExpressionSyntax or ImplicitElementAccessSyntax)
                    {
                        break;
                    }

                    foreach (var other in list.Arguments)
                    {
                        if (other != argument)
                        {
                            AppendLiteral(builder, other.Expression);
                        }
                    }
                }

                break;
        }

        return builder.ToString();
    }

    private static void AppendTarget(StringBuilder builder, ExpressionSyntax target)
    {
        switch (target)
        {
            case IdentifierNameSyntax identifier:
                builder.Append(identifier.Identifier.ValueText);
                break;
            case MemberAccessExpressionSyntax member:
                builder.Append(member.Name.Identifier.ValueText);
                break;
            case ImplicitElementAccessSyntax implicitAccess:
                foreach (var argument in implicitAccess.ArgumentList.Arguments)
                {
                    AppendLiteral(builder, argument.Expression);
                }

                break;
            case ElementAccessExpressionSyntax access:
                foreach (var argument in access.ArgumentList.Arguments)
                {
                    AppendLiteral(builder, argument.Expression);
                }

                break;
        }
    }

    private static void AppendSiblings(StringBuilder builder, SeparatedSyntaxList<ExpressionSyntax> expressions, SyntaxNode self)
    {
        foreach (var other in expressions)
        {
            if (other != self)
            {
                AppendLiteral(builder, other is AssignmentExpressionSyntax a ? a.Right : other);
            }
        }
    }

    private static void AppendLiteral(StringBuilder builder, ExpressionSyntax expression)
    {
        if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText.Length <= 128)
        {
            builder.Append(' ').Append(literal.Token.ValueText);
        }
        else if (expression is IdentifierNameSyntax or MemberAccessExpressionSyntax)
        {
            builder.Append(' ').Append(expression is MemberAccessExpressionSyntax m ? m.Name.Identifier.ValueText : ((IdentifierNameSyntax)expression).Identifier.ValueText);
        }
    }

    private static void AppendMemberName(StringBuilder builder, SyntaxNode? member)
    {
        switch (member)
        {
            case PropertyDeclarationSyntax property:
                builder.Append(property.Identifier.ValueText);
                break;
            case MethodDeclarationSyntax method:
                builder.Append(method.Identifier.ValueText);
                break;
            case AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax owner }:
                builder.Append(owner.Identifier.ValueText);
                break;
        }
    }
}
