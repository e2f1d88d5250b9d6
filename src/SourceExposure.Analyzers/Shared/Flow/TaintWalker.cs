// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Shared.Flow;

/// <summary>
/// Does any part of a value hold the data? The data-residency walker (SE3003, SE3004): everything a value is built
/// from counts, since a request sends all of it. Intraprocedural: follows a value back through locals (the writes of
/// <see cref="WritePolicy.Residency"/>: what is added to a list or set on a request reaches it too), conversions,
/// object and anonymous-type initializers, collection and array initializers, interpolations, concatenations,
/// conditionals, awaits, members of the data, and calls into framework and serializer code (System.*, Microsoft.*,
/// Newtonsoft.*). Calls to the application's own methods, lambdas, fields written elsewhere and other methods' locals
/// are not followed. A local is followed once per walker; met again, it is judged by its type alone.
/// </summary>
/// <remarks>
/// <see cref="DerivationWalker"/> asks the narrower question the back-door rule needs (is the value derived from the
/// source, through any call?); the two share the index and the sources, not the walk.
/// </remarks>
internal sealed class TaintWalker
{
    private const int MaxDepth = 16;

    private readonly WriteIndex writes;
    private readonly TaintSources sources;
    private readonly HashSet<ILocalSymbol> visited = new(SymbolEqualityComparer.Default);

    public TaintWalker(WriteIndex writes, TaintSources sources)
    {
        this.writes = writes;
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
                    foreach (var value in writes.ValuesOf(local.Local, WritePolicy.Residency))
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
