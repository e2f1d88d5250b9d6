// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.DataResidency.Flow;

/// <summary>What reaches a sink: the data itself, or an object holding it (sent whole when serialized).</summary>
internal readonly struct Taint
{
    public Taint(string description, bool isContainer)
    {
        Description = description;
        IsContainer = isContainer;
    }

    public string Description { get; }

    /// <summary>An object with personal members (a Customer): its other members are not personal, but serializing it sends them all.</summary>
    public bool IsContainer { get; }
}

/// <summary>What a rule counts as the data it follows.</summary>
internal abstract class TaintSources
{
    /// <summary>A description of the data when <paramref name="operation"/> produces it, otherwise null.</summary>
    public abstract string? ValueSource(IOperation operation);

    /// <summary>A description when values of <paramref name="type"/> hold the data in their members, otherwise null.</summary>
    public virtual string? Container(ITypeSymbol? type) => null;
}

/// <summary>
/// Intraprocedural taint: follows a value back through locals (<see cref="LocalFlow"/>), conversions, object and
/// anonymous-type initializers, collection and array initializers, interpolations, concatenations, conditionals,
/// awaits and calls into framework and serializer code (System.*, Microsoft.*, Newtonsoft.*). Calls to the
/// application's own methods, lambdas, fields written elsewhere and other methods' locals are not followed.
/// </summary>
internal sealed class TaintWalker
{
    private const int MaxDepth = 16;

    private readonly LocalFlow flow;
    private readonly TaintSources sources;
    private readonly HashSet<ILocalSymbol> visited = new(SymbolEqualityComparer.Default);

    public TaintWalker(LocalFlow flow, TaintSources sources)
    {
        this.flow = flow;
        this.sources = sources;
    }

    public Taint? Find(IOperation? operation) => Find(operation, 0);

    private Taint? Find(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth || operation.Type?.SpecialType == SpecialType.System_Boolean)
        {
            return null;
        }

        if (sources.ValueSource(operation) is { } source)
        {
            return new Taint(source, isContainer: false);
        }

        switch (operation)
        {
            case ILiteralOperation:
            case IInstanceReferenceOperation:
            case ITypeOfOperation:
            case IDefaultValueOperation:
            case IAnonymousFunctionOperation:
            case IDelegateCreationOperation:
            case INameOfOperation:
                return null;

            case ILocalReferenceOperation local:
                if (visited.Add(local.Local))
                {
                    foreach (var value in flow.ValuesOf(local.Local))
                    {
                        if (Find(value, depth + 1) is { } fromValue)
                        {
                            return fromValue;
                        }
                    }
                }

                return ContainerTaint(local.Type);

            case IParameterReferenceOperation parameter:
                return ContainerTaint(parameter.Type);

            case IMemberReferenceOperation member:
                // A member of the data is the data (customer.Address.City); a plain member of a record holding
                // personal members is not (customer.Id).
                if (member.Instance is { } instance && Find(instance, depth + 1) is { IsContainer: false } fromInstance)
                {
                    return fromInstance;
                }

                return ContainerTaint(member.Type);

            case IInvocationOperation invocation:
                return FindInCall(invocation, depth);

            case IConditionalOperation conditional:
                return Find(conditional.WhenTrue, depth + 1) ?? Find(conditional.WhenFalse, depth + 1);

            case IAssignmentOperation assignment:
                return Find(assignment.Value, depth + 1);

            default:
                foreach (var child in operation.ChildOperations)
                {
                    if (Find(child, depth + 1) is { } fromChild)
                    {
                        return fromChild;
                    }
                }

                return null;
        }
    }

    private Taint? FindInCall(IInvocationOperation invocation, int depth)
    {
        if (!IsFrameworkOrSerializer(invocation.TargetMethod.ContainingType))
        {
            // The application's own methods are a boundary: what they return is not followed.
            return null;
        }

        if (invocation.Instance is { } instance && Find(instance, depth + 1) is { } fromInstance)
        {
            // customer.ToString() sends the record; customer.GetHashCode() is judged by its type (int): not data.
            return new Taint(fromInstance.Description, isContainer: false);
        }

        foreach (var argument in invocation.Arguments)
        {
            if (Find(argument.Value, depth + 1) is { } fromArgument)
            {
                // Serializers and content builders send every member of a record passed to them.
                return new Taint(fromArgument.Description, isContainer: false);
            }
        }

        return null;
    }

    private Taint? ContainerTaint(ITypeSymbol? type)
        => sources.Container(type) is { } description ? new Taint(description, isContainer: true) : null;

    private static bool IsFrameworkOrSerializer(INamedTypeSymbol? type)
    {
        var ns = type?.ContainingNamespace;
        if (ns is null)
        {
            return false;
        }

        while (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            ns = parent;
        }

        return ns.Name is "System" or "Microsoft" or "Newtonsoft";
    }
}
