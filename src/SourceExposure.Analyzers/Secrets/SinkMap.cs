// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Secrets.Detection;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>
/// The sinks of a table resolved against one compilation: only the types the compilation references are kept, so a
/// project without the AWS SDK pays nothing for the AWS entries. Built once per compilation; lookups are a dictionary
/// probe on the declaring type of the member an operation calls or sets.
/// </summary>
internal sealed class SinkMap
{
    private readonly Dictionary<INamedTypeSymbol, List<CredentialSink>> byType;

    private SinkMap(Dictionary<INamedTypeSymbol, List<CredentialSink>> byType) => this.byType = byType;

    public bool IsEmpty => byType.Count == 0;

    public static SinkMap Resolve(Compilation compilation, CredentialSink[] sinks)
    {
        var byType = new Dictionary<INamedTypeSymbol, List<CredentialSink>>(SymbolEqualityComparer.Default);
        foreach (var sink in sinks)
        {
            if (KnownSymbols.For(compilation).Type(sink.TypeName) is not { } type)
            {
                continue;
            }

            if (!byType.TryGetValue(type, out var list))
            {
                byType[type] = list = [];
            }

            list.Add(sink);
        }

        return new SinkMap(byType);
    }

    /// <summary>The sinks an object creation, invocation or property assignment feeds, with the operation of the value each receives.</summary>
    public List<(CredentialSink Sink, IOperation Value, IArgumentOperation? Argument)>? Match(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                return MatchArguments(constructor.ContainingType, CredentialSink.Constructor, creation.Arguments);
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                while (method.OverriddenMethod is { } overridden)
                {
                    method = overridden;
                }

                return MatchArguments(method.ContainingType, method.Name, invocation.Arguments);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } reference } assignment:
                var property = reference.Property;
                while (property.OverriddenProperty is { } overridden)
                {
                    property = overridden;
                }

                if (property.ContainingType is { } type && byType.TryGetValue(type.OriginalDefinition, out var sinks))
                {
                    foreach (var sink in sinks)
                    {
                        if (sink.Parameter is null && string.Equals(sink.Member, property.Name, StringComparison.Ordinal))
                        {
                            return [(sink, assignment.Value, null)];
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private List<(CredentialSink Sink, IOperation Value, IArgumentOperation? Argument)>? MatchArguments(
        INamedTypeSymbol? type, string member, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        if (type is null || !byType.TryGetValue(type.OriginalDefinition, out var sinks))
        {
            return null;
        }

        List<(CredentialSink, IOperation, IArgumentOperation?)>? found = null;
        foreach (var sink in sinks)
        {
            if (sink.Parameter is null || !string.Equals(sink.Member, member, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && string.Equals(parameter.Name, sink.Parameter, StringComparison.Ordinal)
                    && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    (found ??= []).Add((sink, argument.Value, argument));
                }
            }
        }

        return found;
    }
}
