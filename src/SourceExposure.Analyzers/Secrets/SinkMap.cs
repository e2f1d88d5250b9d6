// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Analyzers.Shared.Api;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>
/// Where an operation hands a value to a credential sink of a table (<see cref="CredentialSinks"/>): the argument bound to
/// the sink's parameter of a constructor or method, or the value assigned to a sink property. The table is resolved
/// once per compilation and shared by the rules that use it.
/// </summary>
internal sealed class SinkMap
{
    private readonly ApiLookup<CredentialSink> sinks;

    private SinkMap(ApiLookup<CredentialSink> sinks) => this.sinks = sinks;

    public bool IsEmpty => sinks.IsEmpty;

    public static SinkMap Resolve(Compilation compilation, ApiTable<CredentialSink> table) => new(table.For(compilation));

    /// <summary>The sinks an object creation, invocation or property assignment feeds, with the operation of the value each receives.</summary>
    public List<(CredentialSink Sink, IOperation Value, IArgumentOperation? Argument)>? Match(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                return MatchArguments(sinks.MatchAll(constructor), creation.Arguments);
            case IInvocationOperation invocation:
                return MatchArguments(sinks.MatchAll(invocation.TargetMethod), invocation.Arguments);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } reference } assignment:
                return sinks.Match(reference.Property) is { Role: { Parameter: null } sink } ? [(sink, assignment.Value, null)] : null;
            default:
                return null;
        }
    }

    private static List<(CredentialSink Sink, IOperation Value, IArgumentOperation? Argument)>? MatchArguments(
        List<ApiHit<CredentialSink>>? hits, ImmutableArray<IArgumentOperation> arguments)
    {
        if (hits is null)
        {
            return null;
        }

        List<(CredentialSink, IOperation, IArgumentOperation?)>? found = null;
        foreach (var hit in hits)
        {
            if (hit.Role.Parameter is not { } name)
            {
                continue;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == name && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    (found ??= []).Add((hit.Role, argument.Value, argument));
                }
            }
        }

        return found;
    }
}
