// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>Options of the SE5xxx rules.</summary>
internal static partial class RuleOptions
{
    public static readonly RuleOption<bool> SE5002InTestCode = RuleOption.Flag(
        OptionScope.Rule, RuleIds.SE5002, "in_test_code", defaultValue: false,
        "Also report internal addresses and host names in test code (test projects, test folders, files marked as test code).");

    public static readonly RuleOption<System.Collections.Immutable.ImmutableArray<string>> SE5002AllowedHosts = RuleOption.List(
        OptionScope.Rule, RuleIds.SE5002, "allowed_hosts",
        "Host names, domain suffixes (starting with a dot) or IPv4 prefixes that may appear in code, for names the organisation publishes anyway.",
        "host names, .suffixes or IPv4 prefixes");
}
