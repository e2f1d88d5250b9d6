// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.DataResidency.Catalog;

namespace SourceExposure.Analyzers;

// The SE3xxx data residency family in one place: its ids, its descriptors and its options.

internal static partial class RuleIds
{
    /// <summary>Hard-coded endpoint in a disallowed jurisdiction.</summary>
    public const string SE3001 = nameof(SE3001);

    /// <summary>Cloud region in a disallowed jurisdiction.</summary>
    public const string SE3002 = nameof(SE3002);

    /// <summary>Personal data sent to a disallowed jurisdiction.</summary>
    public const string SE3003 = nameof(SE3003);

    /// <summary>Device or user identifier sent over the network.</summary>
    public const string SE3004 = nameof(SE3004);
}

/// <summary>SE3xxx: data residency.</summary>
internal static partial class Rules
{
    public static readonly DiagnosticDescriptor SE3001 = Create(
        RuleIds.SE3001, RuleCategories.DataResidency, DiagnosticSeverity.Warning,
        title: "Hard-coded endpoint in a disallowed jurisdiction",
        message: "Endpoint '{0}' ({1}) sends data to {2}, which the data-residency policy does not allow, so whatever is sent there leaves the permitted jurisdictions; read the endpoint from configuration",
        description: "A hard-coded endpoint fixes where data goes in the source itself: a reviewer reading the code sees data leave the jurisdictions the policy allows, and operators cannot move the endpoint without a rebuild.");

    public static readonly DiagnosticDescriptor SE3002 = Create(
        RuleIds.SE3002, RuleCategories.DataResidency, DiagnosticSeverity.Warning,
        title: "Cloud region in a disallowed jurisdiction",
        message: "Region '{0}' ({1}) is in {2}, which the data-residency policy does not allow, so resources there store data outside the permitted jurisdictions; choose an allowed region or read it from configuration",
        description: "A cloud SDK client or resource pinned to a region in a jurisdiction the policy does not allow stores and processes data there.");

    public static readonly DiagnosticDescriptor SE3003 = Create(
        RuleIds.SE3003, RuleCategories.DataResidency, DiagnosticSeverity.Info,
        title: "Personal data sent to a disallowed jurisdiction",
        message: "Personal data ({0}) is sent to '{1}' in {2}, which the data-residency policy does not allow, a cross-border transfer that the sender's data-protection law may restrict; send it to an endpoint in an allowed jurisdiction",
        description: "Personal data sent to an endpoint in a jurisdiction the policy does not allow is a cross-border transfer, which the sender's data-protection law regulates (for example GDPR Chapter V for a sender in the EU, PIPL Art. 38-40 for personal information leaving mainland China; see docs/regimes.md).",
        tags: RuleTags.Heuristic);

    public static readonly DiagnosticDescriptor SE3004 = Create(
        RuleIds.SE3004, RuleCategories.DataResidency, DiagnosticSeverity.Info,
        title: "Device or user identifier sent over the network",
        message: "{0} is sent over the network by {1}, which identifies this machine or its user to the receiver; remove it or send an opaque, consented identifier",
        description: "Device and user identifiers (MAC address, machine and user names, installed programs, running processes) sent to a remote endpoint identify and profile the machine, whatever the destination.",
        tags: RuleTags.Heuristic);
}

/// <summary>SE3xxx: the data-residency policy, shared by every rule of the family.</summary>
internal static partial class RuleOptions
{
    private const string Residency = "residency";

    public static readonly RuleOption<string> ResidencyHome = RuleOption.Choice(
        OptionScope.Family, Residency, "home", defaultValue: string.Empty,
        "The jurisdiction whose data this code handles; `cn` is mainland China (Hong Kong `hk`, Macao `mo` and Taiwan `tw` are separate).",
        "an ISO 3166-1 alpha-2 country code (cn, hk, us, de …)",
        Jurisdictions.IsKnown).Documented(defaultText: "unset", accepts: "an ISO 3166-1 alpha-2 country code (`cn`, `hk`, `us`, `de` …)");

    public static readonly RuleOption<ImmutableArray<string>> ResidencyAllowed = RuleOption.List(
        OptionScope.Family, Residency, "allowed",
        "Where data may go besides the home jurisdiction; `eu` stands for the 27 EU member states.",
        "ISO 3166-1 alpha-2 country codes or eu",
        Jurisdictions.IsKnownOrGroup).Documented(defaultText: "unset", accepts: "a comma-separated list of ISO 3166-1 alpha-2 codes or `eu`");
}
