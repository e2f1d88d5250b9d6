// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers.Shared.Api;

/// <summary>
/// A rule's table of framework APIs, declared as data (<see cref="ApiEntry{TRole}"/>) and resolved once per
/// compilation: every rule that uses the same table instance shares one resolution, which lives as long as its
/// compilation (as <see cref="KnownSymbols"/> does).
/// </summary>
internal sealed class ApiTable<TRole>
{
    private readonly ConditionalWeakTable<Compilation, ApiLookup<TRole>> resolved = new();
    private readonly ConditionalWeakTable<Compilation, ApiLookup<TRole>>.CreateValueCallback resolve;

    public ApiTable(IEnumerable<ApiEntry<TRole>> entries)
    {
        var rows = entries.ToImmutableArray();
        resolve = compilation => new ApiLookup<TRole>(rows, compilation);
    }

    /// <summary>The table resolved against <paramref name="compilation"/>, created on first use (typically in CompilationStart).</summary>
    public ApiLookup<TRole> For(Compilation compilation) => resolved.GetValue(compilation, resolve);
}
