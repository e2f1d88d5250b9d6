// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

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
