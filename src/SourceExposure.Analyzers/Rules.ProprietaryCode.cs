// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

/// <summary>SE2xxx: proprietary code in shipped assemblies.</summary>
internal static partial class Rules
{
    public static readonly DiagnosticDescriptor SE2001 = Create(
        RuleIds.SE2001, RuleCategories.ProprietaryCode, DiagnosticSeverity.Warning,
        title: "Trade-secret code compiled into a shipped assembly",
        message: "Trade secret '{0}' ships in a delivered assembly to a market where source-code review has been sought or proposed ({1}; status in docs/regimes.md); keep it behind a hosted service or out of the delivered assemblies",
        description: "Code declared a trade secret travels with every copy of a delivered assembly. Whoever reviews the source of that delivery, or decompiles it, receives the algorithm itself.");

    public static readonly DiagnosticDescriptor SE2002 = Create(
        RuleIds.SE2002, RuleCategories.ProprietaryCode, DiagnosticSeverity.Warning,
        title: "Trade-secret symbol visible outside its assembly",
        message: "Trade secret '{0}' {1}, so other assemblies can call it and its signature documents it; make it internal or keep it behind a hosted service",
        description: "A trade secret on the public surface of an assembly is an entry point that other assemblies, reviewers and decompilers find first, and its signature documents how to use it.");

    public static readonly DiagnosticDescriptor SE2003 = Create(
        RuleIds.SE2003, RuleCategories.ProprietaryCode, DiagnosticSeverity.Warning,
        title: "Internals of an assembly with trade secrets opened to another assembly",
        message: "InternalsVisibleTo(\"{0}\"){2} opens the internals of an assembly that holds trade secrets such as '{1}'; remove the attribute and test through the public surface",
        description: "InternalsVisibleTo lets another assembly compile against every internal member, so trade secrets hidden by accessibility become callable API for it and for whoever receives it.",
        tags: RuleTags.CompilationEnd);

    public static readonly DiagnosticDescriptor SE2004 = Create(
        RuleIds.SE2004, RuleCategories.ProprietaryCode, DiagnosticSeverity.Info,
        title: "Hand-rolled cryptography protected only by secrecy",
        message: "'{0}' hand-rolls cryptography ({1}), which protects nothing once its source is read; use System.Security.Cryptography (for example AesGcm) with a key kept outside the source",
        description: "A home-made cipher is safe only while nobody reads its code. Disclosed source, or a decompiled assembly, turns XOR-with-key loops, rotations and substitution tables into a recipe for decrypting everything it protects.",
        tags: RuleTags.Heuristic);

    public static readonly DiagnosticDescriptor SE2005 = Create(
        RuleIds.SE2005, RuleCategories.ProprietaryCode, DiagnosticSeverity.Warning,
        title: "Shipped assembly carries its own source",
        message: "The build puts this assembly's source into what it ships ({0}); turn it off for delivered builds so the deliverable does not hand over the code",
        description: "Embedded sources in the PDB, or source files packed into the package, give every recipient of the deliverable the full source without any disclosure request.",
        tags: RuleTags.CompilationEnd);

    /// <summary>Artifact-only: reported by <c>source-exposure inspect</c> from a built assembly, never by an analyzer.</summary>
    public static readonly DiagnosticDescriptor SE2006 = Create(
        RuleIds.SE2006, RuleCategories.ProprietaryCode, DiagnosticSeverity.Warning,
        title: "Trade-secret code readable in a shipped assembly",
        message: "Trade secret '{0}' ships with readable names and {1}, so any decompiler turns it back into source; obfuscate it, or keep it behind a hosted service",
        description: "A trade-secret type compiled into a shipped assembly under its own names, with method bodies of real size, is one decompiler away from its source: the recipient of the binaries needs no disclosure request to read the algorithm.");
}
