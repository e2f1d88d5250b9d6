// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.ProprietaryCode.Detection;

namespace SourceExposure.Analyzers;

// The SE2xxx proprietary code in shipped assemblies family in one place: its ids, its descriptors and its options.

internal static partial class RuleIds
{
    /// <summary>Trade-secret code compiled into a shipped assembly.</summary>
    public const string SE2001 = nameof(SE2001);

    /// <summary>Trade-secret symbol visible outside its assembly.</summary>
    public const string SE2002 = nameof(SE2002);

    /// <summary>Internals of an assembly with trade secrets opened to another assembly.</summary>
    public const string SE2003 = nameof(SE2003);

    /// <summary>Hand-rolled cryptography protected only by secrecy.</summary>
    public const string SE2004 = nameof(SE2004);

    /// <summary>Shipped assembly carries its own source.</summary>
    public const string SE2005 = nameof(SE2005);

    /// <summary>Trade-secret code readable in a shipped assembly (artifact-only: <c>source-exposure inspect</c>).</summary>
    public const string SE2006 = nameof(SE2006);
}

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

/// <summary>SE2xxx options: what is a trade secret, and where the assembly is delivered.</summary>
internal static partial class RuleOptions
{
    // The family key of source_exposure.proprietary_code.* and the owner of the MSBuild properties this family reads.
    private const string ProprietaryCodeFamily = "proprietary_code";

    /// <summary>Namespaces whose types are trade secrets, besides those marked with a TradeSecret/Proprietary attribute.</summary>
    public static readonly RuleOption<ImmutableArray<string>> TradeSecretNamespaces = RuleOption.List(
        OptionScope.Family, ProprietaryCodeFamily, "trade_secret_namespaces",
        "Namespaces whose top-level types are trade secrets, as if each carried `[TradeSecret]` (SE2001, SE2002, SE2003; SE2006 with `source-exposure inspect --config`).",
        "namespaces (Contoso.Pricing, or Contoso.Pricing.* for the subtree)",
        NamespacePatterns.IsValid).Documented(accepts: "a comma-separated list of namespaces (`Contoso.Pricing`, or `Contoso.Pricing.*` for the subtree)");

    /// <summary><c>SourceExposureDelivery</c>: hosted assemblies run only on the company's servers; everything else ships.</summary>
    public static readonly RuleOption<string> Delivery = RuleOption.Choice(
        OptionScope.BuildProperty, ProprietaryCodeFamily, "SourceExposureDelivery", "shipped",
        "How the assembly reaches its users; `hosted` (runs only on servers the company operates) silences SE2001 and SE2005.",
        "shipped", "hosted").Documented(accepts: "`shipped` or `hosted`");

    /// <summary><c>SourceExposureMarkets</c>: the markets the assembly is delivered to; empty means "any".</summary>
    public static readonly RuleOption<ImmutableArray<string>> Markets = new RuleOption<ImmutableArray<string>>(
        OptionScope.BuildProperty, ProprietaryCodeFamily, "SourceExposureMarkets", ImmutableArray<string>.Empty,
        "The markets the assembly is delivered to; SE2001 reports only for markets where source-code review has been sought or proposed (CN, RU, IN; see [SE2001](rules/SE2001.md)) and names the regime with its status: draft, suspended, reported practice or proposal ([regimes](regimes.md)).",
        "a comma-separated list of two-letter market codes (for example CN,RU)", string.Empty,
        DisclosureRegimes.TryParseMarkets).Documented(defaultText: "(empty: any market)", accepts: "comma-separated two-letter market codes, for example `CN,RU`");

    /// <summary>The SDK's <c>EmbedAllSources</c>: every source file goes into the PDB.</summary>
    public static readonly RuleOption<bool> EmbedAllSources = RuleOption.Flag(
        OptionScope.BuildProperty, ProprietaryCodeFamily, "EmbedAllSources", defaultValue: false,
        "The SDK property that embeds every source file in the PDB (SE2005).");

    /// <summary>The SDK's <c>DebugType</c>: <c>embedded</c> puts the PDB (and any embedded sources) inside the DLL.</summary>
    public static readonly RuleOption<string> DebugType = RuleOption.Text(
        OptionScope.BuildProperty, ProprietaryCodeFamily, "DebugType", string.Empty,
        "With `embedded` and `EmbedAllSources=true`, the sources end up inside the DLL (SE2005).").Documented(defaultText: "(SDK default)", accepts: "any SDK value");

    /// <summary>NuGet's <c>IncludeSource</c> (<c>dotnet pack --include-source</c>): sources packed into the symbols package.</summary>
    public static readonly RuleOption<bool> IncludeSource = RuleOption.Flag(
        OptionScope.BuildProperty, ProprietaryCodeFamily, "IncludeSource", defaultValue: false,
        "`dotnet pack --include-source`: the sources go into the symbols package (SE2005).");

    /// <summary>Set by the package's targets: the .cs files that Content/None items with Pack=true put into the package.</summary>
    public static readonly RuleOption<string> PackedSources = RuleOption.Text(
        OptionScope.BuildProperty, ProprietaryCodeFamily, "SourceExposurePackedSources", string.Empty,
        "Set by the package targets to the `.cs` files of `Content`/`None` items with `Pack=\"true\"` (SE2005).").Documented(defaultText: "(set by the package)", accepts: "comma-separated file names");

    /// <summary>SE2006 (source-exposure inspect): the IL size from which a trade secret's method is more than glue code.</summary>
    public static readonly RuleOption<int> SE2006MinMethodBytes = RuleOption.Integer(
        OptionScope.Rule, RuleIds.SE2006, "min_method_bytes", defaultValue: 64, min: 1, max: 1_000_000,
        "`source-exposure inspect` only: the IL size in bytes from which a method of a trade-secret type counts as an algorithm worth decompiling (SE2006).");
}
