// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;

namespace SourceExposure.Analyzers.Shared.Api;

/// <summary>Which members an entry of an API table matches beyond those its own type declares.</summary>
[Flags]
internal enum ApiScope
{
    /// <summary>
    /// Only members the type declares. An override counts as the member it ultimately overrides, so it matches where
    /// that member is declared; a member a derived type adds (<c>new</c>, an overload, a constructor) does not match.
    /// </summary>
    DeclaredType = 0,

    /// <summary>Also members of the same name declared on types derived from it: <c>MethodInfo.Invoke</c> for <c>MethodBase.Invoke</c>.</summary>
    DerivedTypes = 1,

    /// <summary>Also members of the same name declared on types that implement it, for an interface.</summary>
    Implementations = 2,
}

/// <summary>
/// One row of a rule's API table, as data: a type named by metadata name, the names of its members the row is about
/// (none: the type itself), and what they are for the rule (<typeparamref name="TRole"/>).
/// </summary>
internal sealed class ApiEntry<TRole>
{
    public ApiEntry(string typeName, string[] members, TRole role, ApiScope scope = ApiScope.DeclaredType)
    {
        TypeName = typeName;
        Members = ImmutableArray.Create(members);
        Role = role;
        Scope = scope;
    }

    /// <summary>Metadata name of the type ("System.Net.Http.HttpClient", "Confluent.Kafka.Message`2").</summary>
    public string TypeName { get; }

    /// <summary>Method or property names (".ctor" for a constructor); empty when the entry stands for the type.</summary>
    public ImmutableArray<string> Members { get; }

    public TRole Role { get; }

    public ApiScope Scope { get; }

    internal bool Names(string member) => Members.IndexOf(member, StringComparer.Ordinal) >= 0;

    /// <summary>Whether the entry matches a member or type reached this way (its own type always).</summary>
    internal bool Reaches(ApiScope how) => how == ApiScope.DeclaredType || (Scope & how) != 0;
}
