// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.DataResidency.Catalog;

namespace SourceExposure.Analyzers;

/// <summary>SE3xxx: the data-residency policy, shared by every rule of the family.</summary>
internal static partial class RuleOptions
{
    private const string Residency = "residency";

    public static readonly RuleOption<string> ResidencyHome = RuleOption.Choice(
        OptionScope.Family, Residency, "home", defaultValue: string.Empty,
        "The jurisdiction whose data this code handles (ISO 3166-1 alpha-2, cn for mainland China). Unset: destinations in mainland China are reported; set: destinations outside the allowed jurisdictions are.",
        "an ISO 3166-1 alpha-2 country code (cn, hk, us, de …)",
        Jurisdictions.IsKnown);

    public static readonly RuleOption<ImmutableArray<string>> ResidencyAllowed = RuleOption.List(
        OptionScope.Family, Residency, "allowed",
        "Where data may go, besides the home jurisdiction. Unset: only the home jurisdiction. With no home set, a list here reports every destination outside it.",
        "ISO 3166-1 alpha-2 country codes or eu",
        Jurisdictions.IsKnownOrGroup);
}
