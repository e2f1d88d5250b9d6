// SPDX-License-Identifier: MIT
using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

/// <summary>
/// The per-compilation table of types known by metadata name, and the one home of
/// <see cref="Compilation.GetTypeByMetadataName"/> (banned elsewhere by BannedSymbols.txt). Every analyzer, helper and
/// code fix of a compilation shares one table, so each name is resolved once per compilation, not once per rule or
/// per call site; the table lives as long as its compilation.
/// </summary>
internal sealed class KnownSymbols
{
    private static readonly ConditionalWeakTable<Compilation, KnownSymbols> Tables = new();

    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> types = new(StringComparer.Ordinal);

    private KnownSymbols(Compilation compilation) => this.compilation = compilation;

    /// <summary>The table of <paramref name="compilation"/>, created on first use (typically in CompilationStart).</summary>
    public static KnownSymbols For(Compilation compilation) => Tables.GetValue(compilation, static c => new KnownSymbols(c));

    /// <summary>The type named <paramref name="metadataName"/> ("System.Net.NetworkCredential"), or null when the compilation has none or several.</summary>
    public INamedTypeSymbol? Type(string metadataName)
#pragma warning disable RS0030 // The one home of GetTypeByMetadataName: cached per compilation.
        => types.GetOrAdd(metadataName, compilation.GetTypeByMetadataName);
#pragma warning restore RS0030
}
