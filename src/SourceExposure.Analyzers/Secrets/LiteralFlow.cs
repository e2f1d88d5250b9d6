// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>
/// Where a value written in source comes from, for the secrets rules that follow values (SE1004–SE1006): literals and
/// concatenations of literals, and, within one method, a local assigned exactly once (or a readonly field initialised
/// in the same file). Intraprocedural on purpose: cheap, and precise enough that a finding always points at a literal.
/// </summary>
internal static class LiteralFlow
{
    /// <summary>Strips conversions (implicit string → object, byte[] → ReadOnlySpan&lt;byte&gt; …).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>A string literal, or a concatenation whose every leaf is a string literal: text written right here.</summary>
    public static bool IsWrittenString(IOperation operation)
    {
        operation = Unwrap(operation);
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
    /// declaration (no later assignment, ref or out use); null otherwise.
    /// </summary>
    public static IOperation? SingleDefinition(ILocalReferenceOperation reference)
    {
        var root = (IOperation)reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        IOperation? definition = null;
        foreach (var descendant in root.Descendants())
        {
            switch (descendant)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                    definition = declarator.GetVariableInitializer()?.Value;
                    break;
                case ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, reference.Local):
                case ICompoundAssignmentOperation compound when IsLocal(compound.Target, reference.Local):
                case IDeconstructionAssignmentOperation:
                case IArgumentOperation { Parameter.RefKind: not RefKind.None } argument when IsLocal(argument.Value, reference.Local):
                    if (descendant is not IDeconstructionAssignmentOperation deconstruction || Mentions(deconstruction.Target, reference.Local))
                    {
                        return null;
                    }

                    break;
            }
        }

        return definition is null ? null : Unwrap(definition);
    }

    /// <summary>The initializer of a readonly field declared in the same file, as an operation; null otherwise.</summary>
    public static IOperation? ReadOnlyFieldInitializer(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        if (!field.IsReadOnly || reference.SemanticModel is not { } model || field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = field.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree
            || declaration.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value })
        {
            return null;
        }

        // "static readonly byte[] Key = { … };": the initializer syntax maps to the array initializer, whose parent is
        // the (implicit) array creation that carries the type.
        return model.GetOperation(value) switch
        {
            IArrayInitializerOperation { Parent: IArrayCreationOperation creation } => creation,
            { } operation => Unwrap(operation),
            _ => null,
        };
    }

    /// <summary>The value behind a local written once or a readonly field; the operation itself otherwise.</summary>
    public static IOperation Origin(IOperation operation)
    {
        operation = Unwrap(operation);
        return operation switch
        {
            ILocalReferenceOperation local => SingleDefinition(local) ?? operation,
            IFieldReferenceOperation field when !field.Field.IsConst => ReadOnlyFieldInitializer(field) ?? operation,
            _ => operation,
        };
    }

    private static bool IsLocal(IOperation target, ILocalSymbol local)
        => Unwrap(target) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);

    private static bool Mentions(IOperation target, ILocalSymbol local)
    {
        foreach (var part in target.DescendantsAndSelf())
        {
            if (part is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return true;
            }
        }

        return false;
    }
}
