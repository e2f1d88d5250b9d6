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

    /// <summary>An approved exception (SourceExposure.exceptions.json) has expired: the finding is back.</summary>
    public const string SE0002 = nameof(SE0002);

    /// <summary>An approved exception expires within the configured number of days.</summary>
    public const string SE0003 = nameof(SE0003);

    /// <summary>The exceptions file, or one of its entries, cannot be used.</summary>
    public const string SE0004 = nameof(SE0004);
}

/// <summary>
/// The catalog: every descriptor SourceExposure reports is a field of this class, built by <see cref="Create"/>
/// so that the help link always points at docs/rules/&lt;id&gt;.md in the repository. Each family declares its
/// ids, descriptors and options together in Rules.&lt;Family&gt;.cs; this file holds the shared parts and the configuration rules (SE0001–SE0004).
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

    public static readonly DiagnosticDescriptor SE0002 = Create(
        RuleIds.SE0002, RuleCategories.Configuration, DiagnosticSeverity.Warning,
        title: "Approved exception expired",
        message: "The approved exception for this {0} finding expired on {1} (approved by {2}): the finding is reported again; renew the approval or fix the code",
        description: "An entry of SourceExposure.exceptions.json accepted this finding until a date that has passed. The exception no longer suppresses the finding, which is reported again next to this warning.");

    public static readonly DiagnosticDescriptor SE0003 = Create(
        RuleIds.SE0003, RuleCategories.Configuration, DiagnosticSeverity.Info,
        title: "Approved exception due to expire",
        message: "The approved exception for this {0} finding expires on {1}, in {2} day(s) (approved by {3}): renew the approval or fix the code before then",
        description: "An entry of SourceExposure.exceptions.json that still suppresses this finding expires within the configured number of days (SourceExposureExceptionsDueDays, 30 by default).");

    public static readonly DiagnosticDescriptor SE0004 = Create(
        RuleIds.SE0004, RuleCategories.Configuration, DiagnosticSeverity.Warning,
        title: "Invalid exceptions file",
        message: "Exceptions file '{0}', {1}: {2}; it suppresses nothing",
        description: "SourceExposure.exceptions.json, or the file named by SourceExposureExceptionsFile, is missing, unreadable or not in the documented format, or one of its entries is. The file or entry suppresses nothing until it is corrected.",
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
    // Options of the approved-exceptions file (SE0002–SE0004 and the suppressor); see docs/governance.md.
    /// <summary><c>SourceExposureExceptionsDueDays</c>: how early SE0003 warns of an expiring exception.</summary>
    public static readonly RuleOption<int> ExceptionsDueDays = RuleOption.Integer(
        OptionScope.BuildProperty, string.Empty, "SourceExposureExceptionsDueDays", defaultValue: 30, min: 0, max: 3650,
        "Days before an approved exception's expiry from which SE0003 reports it as due (0: only on its last day).");

    /// <summary><c>SourceExposureExceptionsFile</c>: the exceptions file, when it is not found beside or above the project.</summary>
    public static readonly RuleOption<string> ExceptionsFile = RuleOption.Text(
        OptionScope.BuildProperty, string.Empty, "SourceExposureExceptionsFile", string.Empty,
        "Path of the approved-exceptions file; by default the nearest SourceExposure.exceptions.json in the project's folder or a parent.");

    /// <summary><c>SourceExposureExceptionsRoot</c>: the folder that fingerprint paths are relative to.</summary>
    public static readonly RuleOption<string> ExceptionsRoot = RuleOption.Text(
        OptionScope.BuildProperty, string.Empty, "SourceExposureExceptionsRoot", string.Empty,
        "Folder that the paths in fingerprints are relative to; by default the folder of a SourceExposure.exceptions.json found beside or above the project, else the project folder.");

    private static ImmutableArray<RuleOption>? all;

    /// <summary>Every option declared on this class, in declaration order per part.</summary>
    public static ImmutableArray<RuleOption> All => all ??= typeof(RuleOptions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => typeof(RuleOption).IsAssignableFrom(f.FieldType))
        .Select(f => (RuleOption)f.GetValue(null)!)
        .ToImmutableArray();
}
