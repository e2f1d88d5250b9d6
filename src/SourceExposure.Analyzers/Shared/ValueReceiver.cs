// SPDX-License-Identifier: MIT
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Shared;

/// <summary>
/// Which name receives a value written in the source: the variable, field or property it initializes (or an
/// expression-bodied property returns), the target it is assigned to, the parameter it is the default of, the named
/// argument or, with a semantic model, the parameter of the positional argument it is passed as. Judged on the syntax;
/// the model is needed only for positional arguments. Rules read a value's meaning from this name, and fixes name the
/// setting a value moves to after it.
/// </summary>
internal static class ValueReceiver
{
    /// <summary>
    /// The name that receives <paramref name="value"/> or the concatenation it is a part of (<c>"sk_" + "…"</c>,
    /// parenthesised or not; any binary operator is climbed, as the fixes always have), or null. Callers that look
    /// further (LiteralContext: casts, interpolations, arrays) climb themselves and ask <see cref="NameAt"/>.
    /// </summary>
    public static string? NameOf(SyntaxNode value, SemanticModel? model, CancellationToken cancellationToken)
    {
        var current = value;
        while (current.Parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax)
        {
            current = current.Parent;
        }

        return NameAt(current, model, cancellationToken);
    }

    /// <summary>The name that receives the expression <paramref name="position"/> exactly as it stands (no climbing), or null.</summary>
    public static string? NameAt(SyntaxNode position, SemanticModel? model, CancellationToken cancellationToken)
    {
        switch (position.Parent)
        {
            case EqualsValueClauseSyntax equals:
                return equals.Parent switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Identifier.ValueText,
                    PropertyDeclarationSyntax property => property.Identifier.ValueText,
                    ParameterSyntax parameter => parameter.Identifier.ValueText,
                    _ => null,
                };
            case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case AssignmentExpressionSyntax assignment when assignment.Right == position:
                return TargetName(assignment.Left);
            case AttributeArgumentSyntax attributeArgument:
                return attributeArgument.NameEquals?.Name.Identifier.ValueText ?? attributeArgument.NameColon?.Name.Identifier.ValueText;
            case ArgumentSyntax argument:
                return argument.NameColon is { } nameColon
                    ? nameColon.Name.Identifier.ValueText
                    : (model?.GetOperation(argument, cancellationToken) as IArgumentOperation)?.Parameter?.Name;
            default:
                return null;
        }
    }

    /// <summary>The name an assignment writes to: <c>apiKey</c> in <c>apiKey = …</c> and <c>options.ApiKey = …</c>; null for other targets (indexers, tuples).</summary>
    public static string? TargetName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// The same question asked of a bound value: the name of the parameter, member or variable that receives
    /// <paramref name="value"/>, climbing what only carries it into the slot (conversions, concatenations and
    /// interpolations, <c>??</c> and <c>?:</c>), and the type it is converted to on the way (a <c>Uri</c> parameter).
    /// </summary>
    public static string? SlotOf(IOperation value, out ITypeSymbol? convertedTo)
    {
        convertedTo = null;
        var current = value;
        for (var depth = 0; depth < 8 && current.Parent is { } parent; depth++)
        {
            switch (parent)
            {
                case IConversionOperation conversion:
                    convertedTo = conversion.Type;
                    current = parent;
                    continue;
                case IParenthesizedOperation:
                case IInterpolatedStringTextOperation:
                case IInterpolatedStringOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                case ICoalesceOperation:
                case IConditionalOperation:
                    current = parent;
                    continue;
                case IArgumentOperation argument:
                    return argument.Parameter?.Name;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target switch
                    {
                        IPropertyReferenceOperation property => property.Property.Name,
                        IFieldReferenceOperation field => field.Field.Name,
                        ILocalReferenceOperation local => local.Local.Name,
                        _ => null,
                    };
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return declarator.Symbol.Name;
                case IFieldInitializerOperation field when field.InitializedFields.Length > 0:
                    return field.InitializedFields[0].Name;
                case IPropertyInitializerOperation property when property.InitializedProperties.Length > 0:
                    return property.InitializedProperties[0].Name;
                case IParameterInitializerOperation parameter:
                    return parameter.Parameter.Name;
                default:
                    return null;
            }
        }

        return null;
    }
}
