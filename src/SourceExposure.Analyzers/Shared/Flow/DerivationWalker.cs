// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Shared.Flow;

/// <summary>
/// Is a value derived from a source? The back-door walker (SE4002: does a command come from the network?). Narrower
/// than <see cref="TaintWalker"/> in what it walks and wider in where: it follows, within one method body (lambdas and
/// local functions inside it included),
/// <list type="bullet">
/// <item>locals, through the writes of <see cref="WritePolicy.Network"/> (initializers, assignments to the local,
/// foreach variables over tainted collections), each answered once and remembered; a cycle (<c>x = x + y</c>) reads
/// as clean while it is being answered;</item>
/// <item>buffers filled by a read (<see cref="WriteKind.Filled"/>) that <see cref="TaintSources.FilledBy"/> accepts:
/// Socket.Receive*, Stream.Read* on a network stream (the array, ArraySegment or Memory passed in becomes tainted);</item>
/// <item>any method or constructor given a tainted receiver or argument, the application's own included (Encoding.GetString,
/// Split, Substring, string.Concat/Format, new StreamReader(stream), Type.GetType(name), GetMethod …), concatenation,
/// interpolation, conversions, conditional and coalesce expressions, array elements and awaits;</item>
/// <item>whatever <see cref="TaintSources.ValueSource"/> names as a source.</item>
/// </list>
/// Not followed: fields and properties written elsewhere, out/ref arguments, values returned by other methods of the
/// program (no interprocedural analysis), captured variables written by a lambda after it is created, collections
/// filled by Add, object initializers. A method that checks its input against an allow-list and returns a literal
/// breaks the flow; one that returns its argument does not.
/// </summary>
internal sealed class DerivationWalker
{
    private const int MaxDepth = 24;

    private readonly WriteIndex writes;
    private readonly TaintSources sources;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<ILocalSymbol, string> filledBuffers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, string?> localResults = new(SymbolEqualityComparer.Default);

    /// <summary>A walker over the body holding <paramref name="operation"/>, with the buffers its reads fill already known.</summary>
    public DerivationWalker(IOperation operation, TaintSources sources, CancellationToken cancellationToken)
    {
        writes = WriteIndex.For(operation);
        this.sources = sources;
        this.cancellationToken = cancellationToken;

        // Buffers in source order, a later fill of the same buffer replacing an earlier one; answers computed on the
        // way are recomputed with every buffer in.
        foreach (var write in writes.Writes)
        {
            if (write.Kind == WriteKind.Filled && write.Value is { } receiver
                && sources.FilledBy((IInvocationOperation)write.Operation, receiver, value => SourceOf(value, 0) is not null) is { } filler)
            {
                filledBuffers[write.Local] = filler;
            }
        }

        localResults.Clear();
    }

    /// <summary>The source <paramref name="value"/> is derived from, in the sources' words ("Socket.Receive"), or null.</summary>
    public string? SourceOf(IOperation value) => SourceOf(value, 0);

    private string? SourceOf(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth || operation.ConstantValue.HasValue)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (sources.ValueSource(operation) is { } source)
        {
            return source;
        }

        switch (operation)
        {
            case ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or INameOfOperation or IInstanceReferenceOperation:
                return null;
            case ILocalReferenceOperation local:
                return SourceOfLocal(local.Local, depth);
            case IParameterReferenceOperation:
                return null;
            case IPropertyReferenceOperation property:
                return SourceOf(property.Instance, depth + 1) ?? SourceOfArguments(property.Arguments, depth);
            case IInvocationOperation invocation:
                return SourceOf(invocation.Instance, depth + 1) ?? SourceOfArguments(invocation.Arguments, depth);
            case IObjectCreationOperation creation:
                return SourceOfArguments(creation.Arguments, depth);
            case IFieldReferenceOperation or IEventReferenceOperation or IMethodReferenceOperation or IAnonymousFunctionOperation
                or IDelegateCreationOperation:
                return null;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    if (SourceOf(element, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation && SourceOf(interpolation.Expression, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IBinaryOperation binary:
                return SourceOf(binary.LeftOperand, depth + 1) ?? SourceOf(binary.RightOperand, depth + 1);
            case IConditionalOperation conditional:
                return SourceOf(conditional.WhenTrue, depth + 1) ?? SourceOf(conditional.WhenFalse, depth + 1);
            case ICoalesceOperation coalesce:
                return SourceOf(coalesce.Value, depth + 1) ?? SourceOf(coalesce.WhenNull, depth + 1);
            case IConditionalAccessOperation access:
                return SourceOf(access.Operation, depth + 1) ?? SourceOf(access.WhenNotNull, depth + 1);
            case IConditionalAccessInstanceOperation instance:
                for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IConditionalAccessOperation enclosing)
                    {
                        return SourceOf(enclosing.Operation, depth + 1);
                    }
                }

                return null;
            case IArrayElementReferenceOperation element:
                return SourceOf(element.ArrayReference, depth + 1);
            case IAwaitOperation awaited:
                return SourceOf(awaited.Operation, depth + 1);
            case IConversionOperation conversion:
                return SourceOf(conversion.Operand, depth + 1);
            case IParenthesizedOperation parenthesized:
                return SourceOf(parenthesized.Operand, depth + 1);
            case IArgumentOperation argument:
                return SourceOf(argument.Value, depth + 1);
            case IAssignmentOperation assignment:
                return SourceOf(assignment.Value, depth + 1);
            default:
                return null;
        }
    }

    private string? SourceOfArguments(ImmutableArray<IArgumentOperation> arguments, int depth)
    {
        foreach (var argument in arguments)
        {
            if (SourceOf(argument.Value, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private string? SourceOfLocal(ILocalSymbol local, int depth)
    {
        if (localResults.TryGetValue(local, out var known))
        {
            return known;
        }

        // Provisional "clean" breaks cycles (x = x + y); the final answer replaces it.
        localResults[local] = null;
        string? result = null;
        if (filledBuffers.TryGetValue(local, out var buffer))
        {
            result = buffer;
        }
        else
        {
            foreach (var value in writes.ValuesOf(local, WritePolicy.Network))
            {
                if (SourceOf(value, depth + 1) is { } found)
                {
                    result = found;
                    break;
                }
            }
        }

        localResults[local] = result;
        return result;
    }
}
