// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Shared.Flow;

/// <summary>
/// Every write to every local of one method body (lambdas and local functions inside it included), in the order the
/// body holds them, with its <see cref="WriteKind"/>. Built once per body, on demand, and shared by every rule that
/// follows locals; each picks the kinds it follows (<see cref="WritePolicy"/>).
/// </summary>
internal sealed class WriteIndex
{
    /// <summary>Calls that put their arguments into their receiver: <c>list.Add(x)</c>, <c>builder.Append(x)</c>.</summary>
    public static readonly ImmutableHashSet<string> MutatorNames = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "Add", "AddRange", "Append", "AppendLine", "AppendFormat", "Insert", "Push", "Enqueue", "TryAdd", "Write", "WriteLine", "Set");

    /// <summary>Calls that fill the buffer passed first with what their receiver reads: <c>socket.Receive(buffer)</c>, <c>stream.Read(buffer)</c>.</summary>
    public static readonly ImmutableHashSet<string> FillerNames = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "Receive", "ReceiveAsync", "ReceiveFrom", "ReceiveFromAsync", "ReceiveMessageFrom", "ReceiveMessageFromAsync",
        "Read", "ReadAsync", "ReadExactly", "ReadExactlyAsync", "ReadAtLeast", "ReadAtLeastAsync", "ReadBlock");

    // One index per body however many sinks it holds and however many rules ask: keyed weakly on the body's root
    // operation, so nothing outlives the compilation that owns it.
    private static readonly ConditionalWeakTable<IOperation, WriteIndex> Cache = new();

    private readonly List<LocalWrite> writes = [];
    private readonly Dictionary<ILocalSymbol, List<LocalWrite>> byLocal = new(SymbolEqualityComparer.Default);

    private WriteIndex()
    {
    }

    /// <summary>Every write in the body, in source order.</summary>
    public IReadOnlyList<LocalWrite> Writes => writes;

    /// <summary>The index of the outermost operation containing <paramref name="operation"/> (its method body, lambda's method, or initializer).</summary>
    public static WriteIndex For(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return Cache.GetValue(root, Build);
    }

    /// <summary>Every write to <paramref name="local"/>, in source order.</summary>
    public IReadOnlyList<LocalWrite> WritesTo(ILocalSymbol local)
        => byLocal.TryGetValue(local, out var list) ? list : (IReadOnlyList<LocalWrite>)System.Array.Empty<LocalWrite>();

    /// <summary>The values written to <paramref name="local"/> by the writes of <paramref name="kinds"/>, in source order.</summary>
    public IReadOnlyList<IOperation> ValuesOf(ILocalSymbol local, WriteKind kinds)
    {
        List<IOperation>? values = null;
        foreach (var write in WritesTo(local))
        {
            if ((write.Kind & kinds) != 0 && write.Value is { } value)
            {
                (values ??= []).Add(value);
            }
        }

        return values ?? (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();
    }

    /// <summary>The local's declaration initializer, as written, whatever else writes the local later; null without one.</summary>
    public IOperation? Initializer(ILocalSymbol local)
    {
        foreach (var write in WritesTo(local))
        {
            if (write.Kind == WriteKind.Declaration)
            {
                return write.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The initializer when it is the only definition of the local: nothing assigns it again, deconstructs into it or
    /// passes it by reference (<see cref="WritePolicy.Redefinition"/>); null otherwise.
    /// </summary>
    public IOperation? SingleDefinition(ILocalSymbol local)
    {
        foreach (var write in WritesTo(local))
        {
            if ((write.Kind & WritePolicy.Redefinition) != 0)
            {
                return null;
            }
        }

        return Initializer(local);
    }

    private static WriteIndex Build(IOperation root)
    {
        var index = new WriteIndex();
        foreach (var node in root.DescendantsAndSelf())
        {
            switch (node)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    index.Add(declarator.Symbol, WriteKind.Declaration, initializer.Value, declarator);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var part in deconstruction.Target.DescendantsAndSelf())
                    {
                        if (part is ILocalReferenceOperation mentioned)
                        {
                            index.Add(mentioned.Local, WriteKind.Deconstruction, deconstruction.Value, deconstruction);
                        }
                    }

                    break;
                case IAssignmentOperation assignment:
                    index.AddAssignment(assignment);
                    break;
                case IForEachLoopOperation loop:
                    // C# always declares the loop variable; a referenced one is Visual Basic's "For Each x In …".
                    if (loop.LoopControlVariable is IVariableDeclaratorOperation variable)
                    {
                        index.Add(variable.Symbol, WriteKind.ForEach, loop.Collection, loop);
                    }
                    else if (loop.LoopControlVariable is ILocalReferenceOperation reference)
                    {
                        index.Add(reference.Local, WriteKind.ForEach, loop.Collection, loop);
                    }

                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None } argument
                    when Unwrap.Conversions(argument.Value) is ILocalReferenceOperation passed:
                    index.Add(passed.Local, WriteKind.RefArgument, null, argument);
                    break;
                case IInvocationOperation { Instance: ILocalReferenceOperation receiver } invocation when MutatorNames.Contains(invocation.TargetMethod.Name):
                    foreach (var argument in invocation.Arguments)
                    {
                        index.Add(receiver.Local, WriteKind.Mutator, argument.Value, invocation);
                    }

                    break;
                case IInvocationOperation { Arguments.Length: > 0 } invocation
                    when FillerNames.Contains(invocation.TargetMethod.Name) && BufferLocal(invocation.Arguments[0].Value) is { } buffer:
                    index.Add(buffer, WriteKind.Filled, invocation.Instance, invocation);
                    break;
            }
        }

        return index;
    }

    /// <summary>The array local behind buffer, new ArraySegment&lt;byte&gt;(buffer), buffer.AsMemory(), buffer.AsSpan(0, n).</summary>
    private static ILocalSymbol? BufferLocal(IOperation operation)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IObjectCreationOperation { Arguments.Length: > 0 } creation:
                    operation = creation.Arguments[0].Value;
                    break;
                case IInvocationOperation { Arguments.Length: > 0 } invocation when invocation.Instance is null:
                    operation = invocation.Arguments[0].Value;
                    break;
                case IInvocationOperation { Instance: { } instance }:
                    operation = instance;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private void AddAssignment(IAssignmentOperation assignment)
    {
        switch (assignment.Target)
        {
            case ILocalReferenceOperation local:
                var kind = assignment switch
                {
                    ICompoundAssignmentOperation => WriteKind.CompoundAssignment,
                    ICoalesceAssignmentOperation => WriteKind.CoalesceAssignment,
                    _ => WriteKind.Assignment,
                };
                Add(local.Local, kind, assignment.Value, assignment);
                break;
            case IMemberReferenceOperation { Instance: ILocalReferenceOperation owner }:
                Add(owner.Local, WriteKind.MemberAssignment, assignment.Value, assignment);
                break;
            case IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation array }:
                Add(array.Local, WriteKind.ElementAssignment, assignment.Value, assignment);
                break;
        }
    }

    private void Add(ILocalSymbol local, WriteKind kind, IOperation? value, IOperation operation)
    {
        var write = new LocalWrite(local, kind, value, operation);
        writes.Add(write);
        if (!byLocal.TryGetValue(local, out var list))
        {
            list = new List<LocalWrite>(2);
            byLocal.Add(local, list);
        }

        list.Add(write);
    }
}
