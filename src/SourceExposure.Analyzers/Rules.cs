// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>
/// Every diagnostic id SourceExposure reports. Ids are stable once shipped and never reused.
/// Each family declares its ids beside its descriptors and options, in Rules.&lt;Family&gt;.cs.
/// </summary>
internal static partial class RuleIds
{
    /// <summary>Invalid SourceExposure configuration (.editorconfig key or MSBuild property).</summary>
    public const string SE0001 = nameof(SE0001);
}

/// <summary>
/// The catalog: every descriptor SourceExposure reports is a field of this class, built by <see cref="Create"/>
/// so that the help link always points at docs/rules/&lt;id&gt;.md in the repository. Each family declares its
/// ids, descriptors and options together in Rules.&lt;Family&gt;.cs; this file holds the shared parts and SE0001.
/// </summary>
internal static partial class Rules
{
    /// <summary>Generated at build time from the RepositoryUrl MSBuild property.</summary>
    public const string HelpBase = BuildInfo.RepositoryUrl + "/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor SE0001 = Create(
        RuleIds.SE0001, RuleCategories.Configuration, DiagnosticSeverity.Warning,
        title: "Invalid SourceExposure configuration",
        message: "Invalid SourceExposure configuration: '{0}' has the value '{1}', expected {2}; the default applies",
        description: "A SourceExposure option in .editorconfig, .globalconfig or an MSBuild property has a value the analyzers cannot use. The option falls back to its default until the value is corrected.",
        tags: [RuleTags.NotConfigurable]);

    public static string HelpLink(string id) => HelpBase + id + ".md";

    private static DiagnosticDescriptor Create(
        string id,
        string category,
        DiagnosticSeverity severity,
        string title,
        string message,
        string description,
        bool enabledByDefault = true,
        params string[] tags)
#pragma warning disable RS0030 // The one home of the DiagnosticDescriptor constructor (BannedSymbols.txt).
        => new(id, title, message, category, severity, enabledByDefault, description, HelpLink(id), tags);
#pragma warning restore RS0030
}

/// <summary>
/// Every option SourceExposure reads, as typed fields. Each family declares its options in Rules.&lt;Family&gt;.cs,
/// the kinds of code every rule reports in are in Rules.CodeKinds.cs; <see cref="All"/> enumerates them for SE0001, the docs tests and the CLI.
/// </summary>
internal static partial class RuleOptions
{
    private static ImmutableArray<RuleOption>? all;

    /// <summary>Every option declared on this class, in declaration order per part.</summary>
    public static ImmutableArray<RuleOption> All => all ??= typeof(RuleOptions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => typeof(RuleOption).IsAssignableFrom(f.FieldType))
        .Select(f => (RuleOption)f.GetValue(null)!)
        .ToImmutableArray();
}
