// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

// The SE5xxx disclosure hygiene family in one place: its ids, its descriptors and its options.

internal static partial class RuleIds
{
    /// <summary>Comment announces a security weakness.</summary>
    public const string SE5001 = nameof(SE5001);

    /// <summary>Internal infrastructure named in code.</summary>
    public const string SE5002 = nameof(SE5002);

    /// <summary>Shipped symbols name repositories, build machines or users (artifact-only: <c>source-exposure inspect</c>).</summary>
    public const string SE5003 = nameof(SE5003);
}

/// <summary>SE5xxx: disclosure hygiene.</summary>
internal static partial class Rules
{
    public static readonly DiagnosticDescriptor SE5001 = Create(
        RuleIds.SE5001, RuleCategories.Disclosure, DiagnosticSeverity.Info,
        title: "Comment announces a security weakness",
        message: "{0} comment mentions '{1}': whoever reads the disclosed source is told where the weakness is; fix it and remove the comment, or track it in a private issue tracker",
        description: "Comments such as 'TODO: remove backdoor' or 'HACK: skip certificate validation' ship with the source and point every reader, reviewer or attacker, at the weak spot.",
        tags: [RuleTags.Heuristic]);

    public static readonly DiagnosticDescriptor SE5002 = Create(
        RuleIds.SE5002, RuleCategories.Disclosure, DiagnosticSeverity.Info,
        title: "Internal infrastructure named in code",
        message: "{0} '{1}' names internal infrastructure: a disclosed source maps the private network for an attacker; read the address from configuration",
        description: "Private addresses, internal host names and file shares written into source tell whoever receives it where the build servers, databases and shares sit inside the network.",
        tags: [RuleTags.Heuristic]);

    /// <summary>Artifact-only: reported by <c>source-exposure inspect</c> from shipped symbols, never by an analyzer.</summary>
    public static readonly DiagnosticDescriptor SE5003 = Create(
        RuleIds.SE5003, RuleCategories.Disclosure, DiagnosticSeverity.Info,
        title: "Shipped symbols name repositories, build machines or users",
        message: "{0} in '{1}' names {2} ('{3}'): every recipient of the symbols learns where the source lives and who built it; build with ContinuousIntegrationBuild=true and keep Source Link out of delivered symbols",
        description: "A PDB shipped with an assembly keeps the Source Link map to the source repository and the full path of every source file on the build machine, with the user name in it, unless the build maps them away.",
        tags: [RuleTags.Heuristic]);
}

/// <summary>Options of the SE5xxx rules.</summary>
internal static partial class RuleOptions
{
    /// <summary>Single-label URL hosts share their shape with service-discovery and container names: opt-in.</summary>
    public static readonly RuleOption<bool> SE5002SingleLabelHosts = RuleOption.Flag(
        OptionScope.Rule, RuleIds.SE5002, "report_single_label_hosts", defaultValue: false,
        "Also report one-label hosts in network URLs (`http://buildserver/`). Off by default: in real code such names are mostly service-discovery, container and issuer names.");

    public static readonly RuleOption<System.Collections.Immutable.ImmutableArray<string>> SE5002AllowedHosts = RuleOption.List(
        OptionScope.Rule, RuleIds.SE5002, "allowed_hosts",
        "Host names, domain suffixes (starting with a dot) or IPv4 prefixes that may appear in code, for names the organisation publishes anyway.",
        "host names, .suffixes or IPv4 prefixes");
}
