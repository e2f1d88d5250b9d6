// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.DataResidency.Flow;

/// <summary>
/// Every value that reaches each local of one method body: initializers, assignments, foreach collections, values
/// assigned to the local's members (<c>request.Content = …</c>, <c>client.BaseAddress = …</c>) and values added to it
/// (<c>list.Add(x)</c>, <c>builder.Append(x)</c>). Built once, on demand, for the body that holds a sink.
/// </summary>
internal sealed class LocalFlow
{
    private static readonly HashSet<string> Mutators = new(System.StringComparer.Ordinal)
    {
        "Add", "AddRange", "Append", "AppendLine", "AppendFormat", "Insert", "Push", "Enqueue", "TryAdd", "Write", "WriteLine", "Set",
    };

    // One flow per method body however many sinks it holds and however many rules ask: keyed weakly on the body's
    // root operation, so nothing outlives the compilation that owns it.
    private static readonly ConditionalWeakTable<IOperation, LocalFlow> Cache = new();

    private readonly Dictionary<ILocalSymbol, List<IOperation>> values = new(SymbolEqualityComparer.Default);

    private LocalFlow()
    {
    }

    /// <summary>The flow of the outermost operation containing <paramref name="operation"/> (its method body, lambda's method, or initializer).</summary>
    public static LocalFlow For(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return Cache.GetValue(root, Build);
    }

    private static LocalFlow Build(IOperation root)
    {
        var flow = new LocalFlow();
        foreach (var node in root.DescendantsAndSelf())
        {
            switch (node)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    flow.Add(declarator.Symbol, initializer.Value);
                    break;
                case IAssignmentOperation assignment:
                    flow.AddTarget(assignment.Target, assignment.Value);
                    break;
                case IForEachLoopOperation loop:
                    if (loop.LoopControlVariable is IVariableDeclaratorOperation variable)
                    {
                        flow.Add(variable.Symbol, loop.Collection);
                    }
                    else if (loop.LoopControlVariable is ILocalReferenceOperation local)
                    {
                        flow.Add(local.Local, loop.Collection);
                    }

                    break;
                case IInvocationOperation { Instance: ILocalReferenceOperation receiver } invocation when Mutators.Contains(invocation.TargetMethod.Name):
                    foreach (var argument in invocation.Arguments)
                    {
                        flow.Add(receiver.Local, argument.Value);
                    }

                    break;
            }
        }

        return flow;
    }

    public IReadOnlyList<IOperation> ValuesOf(ILocalSymbol local)
        => values.TryGetValue(local, out var list) ? list : (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();

    private void AddTarget(IOperation target, IOperation value)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                Add(local.Local, value);
                break;
            case IMemberReferenceOperation { Instance: ILocalReferenceOperation owner }:
                Add(owner.Local, value);
                break;
            case IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation array }:
                Add(array.Local, value);
                break;
        }
    }

    private void Add(ILocalSymbol local, IOperation value)
    {
        if (!values.TryGetValue(local, out var list))
        {
            list = new List<IOperation>(2);
            values.Add(local, list);
        }

        list.Add(value);
    }
}
