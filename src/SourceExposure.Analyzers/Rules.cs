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
