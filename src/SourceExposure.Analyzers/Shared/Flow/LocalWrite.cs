// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers.Shared.Flow;

/// <summary>One write to a local: what kind, the value written, and the operation that writes it.</summary>
internal readonly struct LocalWrite
{
    public LocalWrite(ILocalSymbol local, WriteKind kind, IOperation? value, IOperation operation)
    {
        Local = local;
        Kind = kind;
        Value = value;
        Operation = operation;
    }

    public ILocalSymbol Local { get; }

    public WriteKind Kind { get; }

    /// <summary>
    /// The value written, as the source has it (conversions included): the initializer, the assigned value, the foreach
    /// collection, the mutator's argument, the filling call's receiver. Null for a ref or out argument and a static filler.
    /// </summary>
    public IOperation? Value { get; }

    /// <summary>The declarator, assignment, loop, invocation or argument that writes.</summary>
    public IOperation Operation { get; }
}
