// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>
/// Every option SourceExposure reads, as typed fields. Each family declares its options in its own part
/// (RuleOptions.&lt;Family&gt;.cs); <see cref="All"/> enumerates them for SE0001, the docs tests and the CLI.
/// </summary>
internal static partial class RuleOptions
{
    /// <summary>Set by Microsoft.NET.Test.Sdk in test projects.</summary>
    public static readonly RuleOption<bool> IsTestProject = RuleOption.Flag(
        OptionScope.BuildProperty, string.Empty, "IsTestProject", defaultValue: false,
        "True in test projects (set by Microsoft.NET.Test.Sdk): all their files are test code (see code_kinds).");

    private static ImmutableArray<RuleOption>? all;

    /// <summary>Every option declared on this class, in declaration order per part.</summary>
    public static ImmutableArray<RuleOption> All => all ??= typeof(RuleOptions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => typeof(RuleOption).IsAssignableFrom(f.FieldType))
        .Select(f => (RuleOption)f.GetValue(null)!)
        .ToImmutableArray();
}
