// SPDX-License-Identifier: MIT
using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Shared.Flow;

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

/// <summary>What a rule counts as the data it follows: what produces it, and what holds it.</summary>
internal abstract class TaintSources
{
    /// <summary>A description of the data when <paramref name="operation"/> produces it, otherwise null.</summary>
    public abstract string? ValueSource(IOperation operation);

    /// <summary>A description when values of <paramref name="type"/> hold the data in their members, otherwise null.</summary>
    public virtual string? Container(ITypeSymbol? type) => null;

    /// <summary>
    /// A description when the buffer that <paramref name="read"/> fills (<see cref="WriteKind.Filled"/>:
    /// <c>socket.Receive(buffer)</c>) then holds the data, otherwise null. <paramref name="carriesData"/> asks the walker
    /// whether a value (the receiver, say) carries the data. Followed by <see cref="DerivationWalker"/> only.
    /// </summary>
    public virtual string? FilledBy(IInvocationOperation read, IOperation receiver, Func<IOperation, bool> carriesData) => null;
}
