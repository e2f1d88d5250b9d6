// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SourceExposure.Analyzers.DataResidency.Catalog;

namespace SourceExposure.Analyzers.DataResidency.Detection;

/// <summary>
/// Which jurisdictions data may go to. With neither <c>home</c> nor <c>allowed</c> set, only mainland China is
/// disallowed (the concern of the seed articles). Otherwise everything outside <c>allowed</c> ∪ {<c>home</c>} is
/// disallowed, where <c>allowed</c> defaults to the home jurisdiction alone.
/// </summary>
internal sealed class ResidencyPolicy
{
    public static readonly ResidencyPolicy Default = new(null);

    private readonly HashSet<string>? allowed;

    private ResidencyPolicy(HashSet<string>? allowed) => this.allowed = allowed;

    public static ResidencyPolicy Create(string? home, ImmutableArray<string> allowedCodes)
    {
        var hasHome = !string.IsNullOrEmpty(home);
        if (!hasHome && (allowedCodes.IsDefaultOrEmpty))
        {
            return Default;
        }

        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (hasHome)
        {
            set.Add(home!);
        }

        if (!allowedCodes.IsDefaultOrEmpty)
        {
            foreach (var code in allowedCodes)
            {
                if (string.Equals(code, Jurisdictions.EuropeanUnion, StringComparison.OrdinalIgnoreCase))
                {
                    set.UnionWith(Jurisdictions.EuMembers);
                }
                else
                {
                    set.Add(code);
                }
            }
        }

        return new ResidencyPolicy(set);
    }

    /// <summary>True when data must not go to <paramref name="jurisdiction"/>.</summary>
    public bool Disallows(string jurisdiction)
        => allowed is null
            ? string.Equals(jurisdiction, Jurisdictions.MainlandChina, StringComparison.Ordinal)
            : !allowed.Contains(jurisdiction);
}
