// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>Options of the SE4xxx rules.</summary>
internal static partial class RuleOptions
{
    public static readonly RuleOption<bool> SE4001InTestCode = RuleOption.Flag(
        OptionScope.Rule, RuleIds.SE4001, "in_test_code", defaultValue: false,
        "Also report comparisons with hard-coded credentials in test code (test projects, test folders, files marked as test code).");
}
