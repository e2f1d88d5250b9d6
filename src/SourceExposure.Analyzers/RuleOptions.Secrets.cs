// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>SE1xxx options.</summary>
internal static partial class RuleOptions
{
    /// <summary>Values every secrets rule ignores (test fixtures, public keys the team has reviewed).</summary>
    public static readonly RuleOption<ImmutableArray<Regex>> SecretsAllowedValues = RuleOption.Patterns(
        OptionScope.Family, "secrets", "allowed_values",
        "Regular expressions (comma-separated, matched anywhere in the value; anchor with ^ and $ for whole values) for secret values that no SE1xxx rule reports.");

    /// <summary>SE1007 reads the files the package's build targets mark; plain AdditionalFiles only on request.</summary>
    public static readonly RuleOption<bool> SE1007ScanAllAdditionalFiles = RuleOption.Flag(
        OptionScope.Rule, RuleIds.SE1007, "scan_all_additional_files", defaultValue: false,
        "Also scan additional files that the SourceExposure build targets did not mark as EmbeddedResource, Content or None items (for example files a project adds to AdditionalFiles itself).");
}
