// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers.Shared.Api;

/// <summary>An entry of an API table that a symbol matched: the table's type it matched on, and the entry's role.</summary>
internal readonly struct ApiHit<TRole>
{
    public ApiHit(INamedTypeSymbol type, TRole role)
    {
        Type = type;
        Role = role;
    }

    /// <summary>The type the entry names (its generic definition): MethodBase for a call to MethodInfo.Invoke.</summary>
    public INamedTypeSymbol Type { get; }

    public TRole Role { get; }
}

/// <summary>
/// An API table resolved against one compilation (<see cref="ApiTable{TRole}.For"/>). Only the types the compilation
/// has are kept, so a project without the AWS SDK pays nothing for the AWS entries and a missing type is simply never
/// matched. Types are compared by generic definition, so <c>Message`2</c> matches <c>Message&lt;string, byte[]&gt;</c>.
/// </summary>
internal sealed class ApiLookup<TRole>
{
    private readonly Dictionary<INamedTypeSymbol, List<ApiEntry<TRole>>> byType = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> memberNames = new(StringComparer.Ordinal);
    private readonly bool hasImplementations;

    internal ApiLookup(ImmutableArray<ApiEntry<TRole>> entries, Compilation compilation)
    {
        var known = KnownSymbols.For(compilation);
        foreach (var entry in entries)
        {
            if (known.Type(entry.TypeName) is not { } type)
            {
                continue;
            }

            if (!byType.TryGetValue(type, out var list))
            {
                byType[type] = list = [];
            }

            list.Add(entry);
            memberNames.UnionWith(entry.Members);
            hasImplementations |= entry.Reaches(ApiScope.Implementations);
        }
    }

    /// <summary>True when the compilation has none of the table's types: then nothing can match.</summary>
    public bool IsEmpty => byType.Count == 0;

    /// <summary>Whether some entry of a type the compilation has names a member so called: a cheap test before binding.</summary>
    public bool MayMatch(string memberName) => memberNames.Contains(memberName);

    /// <summary>The entry that matches the method or property, the nearest type first; null when none does.</summary>
    public ApiHit<TRole>? Match(ISymbol? member)
    {
        List<ApiHit<TRole>>? unused = null;
        return Find(member, firstOnly: true, ref unused);
    }

    /// <summary>
    /// Every entry that matches the method or property, the nearest type first and in table order within a type (one
    /// call can feed several entries: CreateEncryptor's key and its IV); null when none does.
    /// </summary>
    public List<ApiHit<TRole>>? MatchAll(ISymbol? member)
    {
        List<ApiHit<TRole>>? all = null;
        Find(member, firstOnly: false, ref all);
        return all;
    }

    /// <summary>The entry that stands for the type (an entry without members), or for a type it derives from or implements where the entry reaches it.</summary>
    public ApiHit<TRole>? MatchType(ITypeSymbol? type)
    {
        var start = (type as INamedTypeSymbol)?.OriginalDefinition;
        var how = ApiScope.DeclaredType;
        for (var current = start; current is not null; current = current.BaseType?.OriginalDefinition, how = ApiScope.DerivedTypes)
        {
            if (FindTypeEntry(current, how) is { } hit)
            {
                return hit;
            }
        }

        if (hasImplementations && start is not null)
        {
            foreach (var implemented in start.AllInterfaces)
            {
                if (FindTypeEntry(implemented.OriginalDefinition, ApiScope.Implementations) is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    private ApiHit<TRole>? FindTypeEntry(INamedTypeSymbol type, ApiScope how)
    {
        if (byType.TryGetValue(type, out var entries))
        {
            foreach (var entry in entries)
            {
                if (entry.Members.IsEmpty && entry.Reaches(how))
                {
                    return new ApiHit<TRole>(type, entry.Role);
                }
            }
        }

        return null;
    }

    private ApiHit<TRole>? Find(ISymbol? member, bool firstOnly, ref List<ApiHit<TRole>>? all)
    {
        if (member is not (IMethodSymbol or IPropertySymbol) || !memberNames.Contains(member.Name) || member.ContainingType is not { } containing)
        {
            return null;
        }

        // Every entry of the type that declares what the member ultimately overrides (or the member itself) matches; entries
        // of the other types it derives from or implements match only where they reach that far.
        var declaring = Overridden(member).ContainingType?.OriginalDefinition;
        for (var type = containing.OriginalDefinition; type is not null; type = type.BaseType?.OriginalDefinition)
        {
            var how = SymbolEqualityComparer.Default.Equals(type, declaring) ? ApiScope.DeclaredType : ApiScope.DerivedTypes;
            if (Collect(type, member.Name, how, firstOnly, ref all) is { } hit)
            {
                return hit;
            }
        }

        if (hasImplementations)
        {
            foreach (var implemented in containing.AllInterfaces)
            {
                if (Collect(implemented.OriginalDefinition, member.Name, ApiScope.Implementations, firstOnly, ref all) is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    /// <summary>The entries of <paramref name="type"/> naming <paramref name="name"/> and reaching it <paramref name="how"/>: the first, or all into <paramref name="all"/>.</summary>
    private ApiHit<TRole>? Collect(INamedTypeSymbol type, string name, ApiScope how, bool firstOnly, ref List<ApiHit<TRole>>? all)
    {
        if (!byType.TryGetValue(type, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.Names(name) && entry.Reaches(how))
            {
                var hit = new ApiHit<TRole>(type, entry.Role);
                if (firstOnly)
                {
                    return hit;
                }

                (all ??= []).Add(hit);
            }
        }

        return null;
    }

    /// <summary>The member an override ultimately overrides (AesManaged.Key is SymmetricAlgorithm.Key); any other member itself.</summary>
    private static ISymbol Overridden(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol method:
                while (method.OverriddenMethod is { } overridden)
                {
                    method = overridden;
                }

                return method;
            case IPropertySymbol property:
                while (property.OverriddenProperty is { } overridden)
                {
                    property = overridden;
                }

                return property;
            default:
                return member;
        }
    }
}
