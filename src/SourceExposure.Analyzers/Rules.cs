// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

/// <summary>
/// The catalog: every descriptor SourceExposure reports is a field of this class, built by <see cref="Create"/>
/// so that the help link always points at docs/rules/&lt;id&gt;.md in the repository. Each family declares its
/// descriptors in its own part (Rules.&lt;Family&gt;.cs).
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
        => new(id, title, message, category, severity, enabledByDefault, description, HelpLink(id), tags);
}
