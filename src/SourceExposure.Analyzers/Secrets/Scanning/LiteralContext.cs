// SPDX-License-Identifier: MIT
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Shared;

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

        // Climb out of the expression shapes that do not change what the value is.
        var current = node;
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

        // The name the value is given (or the member that returns it), then what stands beside it: keys, sibling values.
        var builder = new StringBuilder(ValueReceiver.NameAt(current, model, cancellationToken) ?? ProducerName(current));
        switch (current.Parent)
        {
            case AssignmentExpressionSyntax assignment:
                var keys = assignment.Left switch
                {
                    ElementAccessExpressionSyntax access => access.ArgumentList,
                    ImplicitElementAccessSyntax implicitAccess => implicitAccess.ArgumentList,
                    _ => null,
                };
                if (keys is not null)
                {
                    AppendLiterals(builder, keys.Arguments, except: null);
                }

                if (assignment.Parent is InitializerExpressionSyntax siblings)
                {
                    AppendSiblings(builder, siblings.Expressions, assignment);
                }

                break;
            case InitializerExpressionSyntax complex when complex.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                // { "AWS_SECRET_ACCESS_KEY", "…" } in a dictionary initializer: the key names the value.
                AppendSiblings(builder, complex.Expressions, current);
                break;
            case AttributeArgumentSyntax attributeArgument when attributeArgument.Parent is AttributeArgumentListSyntax attributeArguments:
                foreach (var other in attributeArguments.Arguments)
                {
                    if (other != attributeArgument)
                    {
                        AppendLiteral(builder, other.Expression);
                    }
                }

                break;
            case ArgumentSyntax argument when argument.Parent is BaseArgumentListSyntax list && list.Parent is not (ElementAccessExpressionSyntax or ImplicitElementAccessSyntax):
                AppendLiterals(builder, list.Arguments, except: argument);
                break;
        }

        return builder.ToString();
    }

    private static void AppendLiterals(StringBuilder builder, SeparatedSyntaxList<ArgumentSyntax> arguments, ArgumentSyntax? except)
    {
        foreach (var argument in arguments)
        {
            if (argument != except)
            {
                AppendLiteral(builder, argument.Expression);
            }
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

    /// <summary>The member that returns the value or the anonymous member it becomes: names that say what it is without receiving it.</summary>
    private static string? ProducerName(SyntaxNode value) => value.Parent switch
    {
        ArrowExpressionClauseSyntax arrow => MemberName(arrow.Parent),
        ReturnStatementSyntax => MemberName(value.FirstAncestorOrSelf<MemberDeclarationSyntax>()),
        AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
        _ => null,
    };

    private static string? MemberName(SyntaxNode? member) => member switch
    {
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax owner } => owner.Identifier.ValueText,
        _ => null,
    };
}
