// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>Options of the SE5xxx rules.</summary>
internal static partial class RuleOptions
{


    /// <summary>Single-label URL hosts share their shape with service-discovery and container names: opt-in.</summary>
    public static readonly RuleOption<bool> SE5002SingleLabelHosts = RuleOption.Flag(
        OptionScope.Rule, RuleIds.SE5002, "report_single_label_hosts", defaultValue: false,
        "Also report one-label hosts in network URLs (http://buildserver/). Off by default: in real code such names are mostly service-discovery, container and issuer names.");

    public static readonly RuleOption<System.Collections.Immutable.ImmutableArray<string>> SE5002AllowedHosts = RuleOption.List(
        OptionScope.Rule, RuleIds.SE5002, "allowed_hosts",
        "Host names, domain suffixes (starting with a dot) or IPv4 prefixes that may appear in code, for names the organisation publishes anyway.",
        "host names, .suffixes or IPv4 prefixes");
}
