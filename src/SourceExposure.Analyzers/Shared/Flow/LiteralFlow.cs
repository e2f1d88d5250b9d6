// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Shared.Flow;

/// <summary>
/// Where a value written in source comes from, for the rules that look for values written into the code (SE1004–SE1006,
/// SE4001): literals and concatenations of literals, and, within one method, a local assigned exactly once (read from
/// the shared <see cref="WriteIndex"/>), or an unchanging field, or a property returning a fixed value, declared in the
/// same file. Intraprocedural on purpose: cheap, and precise enough that a finding always points at a literal.
/// </summary>
internal static class LiteralFlow
{
    /// <summary>A string literal, or a concatenation whose every leaf is a string literal: text written right here.</summary>
    public static bool IsWrittenString(IOperation operation)
    {
        operation = Unwrap.Conversions(operation);
        return operation switch
        {
            ILiteralOperation literal => literal.ConstantValue.HasValue && literal.ConstantValue.Value is string,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary =>
                binary.ConstantValue.HasValue && IsWrittenString(binary.LeftOperand) && IsWrittenString(binary.RightOperand),
            _ => false,
        };
    }

    /// <summary>
    /// The operation a local's value comes from when the local is written exactly once in its method, by its
    /// declaration (no later assignment, deconstruction, ref or out use), conversions stripped; null otherwise.
    /// </summary>
    public static IOperation? SingleDefinition(ILocalReferenceOperation reference)
        => WriteIndex.For(reference).SingleDefinition(reference.Local) is { } definition ? Unwrap.Conversions(definition) : null;

    /// <summary>
    /// The local's declaration initializer, as written (conversions included), even when the local is written again
    /// later: for questions any value the local starts with answers (whose parameter does it come from?); null without one.
    /// </summary>
    public static IOperation? Initializer(ILocalReferenceOperation reference) => WriteIndex.For(reference).Initializer(reference.Local);

    /// <summary>
    /// The initializer of a field declared in the same file whose value never changes after it: a readonly field, or a
    /// private one that nothing in its type assigns (<c>private byte[] _key = { … };</c>). As an operation; null otherwise.
    /// </summary>
    public static IOperation? FieldInitializer(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        if (reference.SemanticModel is not { } model || field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = field.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree
            || declaration.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value }
            || !(field.IsReadOnly || (field.DeclaredAccessibility == Accessibility.Private && !IsWrittenInItsType(field))))
        {
            return null;
        }

        return OperationOf(model, value);
    }

    /// <summary>
    /// What a property declared in the same file always returns: the initializer of a get-only auto-property, or the
    /// expression of an expression-bodied property or getter (<c>static byte[] Key => new byte[] { … };</c>); null otherwise.
    /// </summary>
    public static IOperation? PropertyValue(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        if (reference.SemanticModel is not { } model || property.DeclaringSyntaxReferences.Length != 1 || property.SetMethod is not null)
        {
            return null;
        }

        var declaration = property.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree || declaration.GetSyntax() is not PropertyDeclarationSyntax syntax)
        {
            return null;
        }

        var expression = syntax.ExpressionBody?.Expression ?? syntax.Initializer?.Value;
        if (expression is null && syntax.AccessorList?.Accessors is { Count: 1 } accessors && accessors[0].IsKind(SyntaxKind.GetAccessorDeclaration))
        {
            expression = accessors[0].ExpressionBody?.Expression
                ?? (accessors[0].Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null);
        }

        return expression is null ? null : OperationOf(model, expression);
    }

    /// <summary>The value behind a local written once, an unchanging field or a property that returns a fixed value; the operation itself otherwise.</summary>
    public static IOperation Origin(IOperation operation)
    {
        operation = Unwrap.Conversions(operation);
        return operation switch
        {
            ILocalReferenceOperation local => SingleDefinition(local) ?? operation,
            IFieldReferenceOperation field when !field.Field.IsConst => FieldInitializer(field) ?? operation,
            IPropertyReferenceOperation property => PropertyValue(property) ?? operation,
            _ => operation,
        };
    }

    /// <summary>The string a value holds when it is a constant or is written, once, where <see cref="Origin"/> leads; null otherwise.</summary>
    public static string? ConstantString(IOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true, Value: string text })
        {
            return text;
        }

        var origin = Origin(operation);
        return origin.ConstantValue is { HasValue: true, Value: string written } ? written : null;
    }

    /// <summary>
    /// The elements of an array creation or collection expression (<c>new byte[] { … }</c>, <c>{ … }</c>, <c>[ … ]</c>)
    /// when every element is a constant; null otherwise.
    /// </summary>
    public static IReadOnlyList<IOperation>? ConstantElements(IOperation operation)
    {
        IEnumerable<IOperation> elements;
        if (operation is IArrayCreationOperation { Initializer: { } initializer })
        {
            elements = initializer.ElementValues;
        }
        else if (operation.Kind == CollectionExpressionKind)
        {
            // Collection expressions arrive with compilers newer than the API this package builds against.
            elements = operation.ChildOperations;
        }
        else
        {
            return null;
        }

        var list = new List<IOperation>();
        foreach (var element in elements)
        {
            var value = Unwrap.Conversions(element);
            if (!value.ConstantValue.HasValue || value.ConstantValue.Value is null)
            {
                return null;
            }

            list.Add(value);
        }

        return list;
    }

    // OperationKind.CollectionExpression (Roslyn 4.8 and later).
    private const OperationKind CollectionExpressionKind = (OperationKind)0x7F;

    private static IOperation? OperationOf(SemanticModel model, ExpressionSyntax value)
        // "static readonly byte[] Key = { … };": the initializer syntax maps to the array initializer, whose parent is
        // the (implicit) array creation that carries the type.
        => model.GetOperation(value) switch
        {
            IArrayInitializerOperation { Parent: IArrayCreationOperation creation } => creation,
            { } operation => Unwrap.Conversions(operation),
            _ => null,
        };

    /// <summary>Whether any code in the field's type assigns it, or passes it by reference, outside its declaration.</summary>
    private static bool IsWrittenInItsType(IFieldSymbol field)
    {
        foreach (var typeReference in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var node in typeReference.GetSyntax().DescendantNodes())
            {
                var target = node switch
                {
                    AssignmentExpressionSyntax assignment => assignment.Left,
                    PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix => prefix.Operand,
                    PostfixUnaryExpressionSyntax postfix => postfix.Operand,
                    ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument => argument.Expression,
                    _ => null,
                };
                // key[0] = … writes the array the field holds, as key = … writes the field.
                var name = target switch
                {
                    null => null,
                    ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax element } => element.Identifier.ValueText,
                    _ => ValueReceiver.TargetName(target),
                };
                if (name == field.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
