// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.ProprietaryCode.Detection;

namespace SourceExposure.Analyzers;

/// <summary>SE2xxx options: what is a trade secret, and where the assembly is delivered.</summary>
internal static partial class RuleOptions
{
    /// <summary>Namespaces whose types are trade secrets, besides those marked with a TradeSecret/Proprietary attribute.</summary>
    public static readonly RuleOption<ImmutableArray<string>> TradeSecretNamespaces = RuleOption.List(
        OptionScope.Family, "proprietary_code", "trade_secret_namespaces",
        "Namespaces whose types are trade secrets, as if each carried [TradeSecret]; a trailing .* takes the namespace and every namespace below it.",
        "namespaces (Contoso.Pricing, or Contoso.Pricing.* for the subtree)",
        NamespacePatterns.IsValid);

    /// <summary><c>SourceExposureDelivery</c>: hosted assemblies run only on the company's servers; everything else ships.</summary>
    public static readonly RuleOption<string> Delivery = RuleOption.Choice(
        OptionScope.BuildProperty, string.Empty, "SourceExposureDelivery", "shipped",
        "How the assembly reaches its users: 'shipped' (delivered to customers, the default) or 'hosted' (runs only on servers the company operates).",
        "shipped", "hosted");

    /// <summary><c>SourceExposureMarkets</c>: the markets the assembly is delivered to; empty means "any".</summary>
    public static readonly RuleOption<ImmutableArray<string>> Markets = new(
        OptionScope.BuildProperty, string.Empty, "SourceExposureMarkets", ImmutableArray<string>.Empty,
        "Two-letter codes of the markets the assembly is delivered to, separated by commas (for example CN or CN,RU); empty means any market.",
        "a comma-separated list of two-letter market codes (for example CN,RU)", string.Empty,
        DisclosureRegimes.TryParseMarkets);

    /// <summary>The SDK's <c>EmbedAllSources</c>: every source file goes into the PDB.</summary>
    public static readonly RuleOption<bool> EmbedAllSources = RuleOption.Flag(
        OptionScope.BuildProperty, string.Empty, "EmbedAllSources", defaultValue: false,
        "The SDK property that embeds every compiled source file in the PDB.");

    /// <summary>The SDK's <c>DebugType</c>: <c>embedded</c> puts the PDB (and any embedded sources) inside the DLL.</summary>
    public static readonly RuleOption<string> DebugType = RuleOption.Text(
        OptionScope.BuildProperty, string.Empty, "DebugType", string.Empty,
        "The SDK property that chooses the PDB format; 'embedded' puts the PDB inside the assembly.");

    /// <summary>NuGet's <c>IncludeSource</c> (<c>dotnet pack --include-source</c>): sources packed into the symbols package.</summary>
    public static readonly RuleOption<bool> IncludeSource = RuleOption.Flag(
        OptionScope.BuildProperty, string.Empty, "IncludeSource", defaultValue: false,
        "The pack property (dotnet pack --include-source) that puts the project's source files into the symbols package under src/.");

    /// <summary>Set by the package's targets: the .cs files that Content/None items with Pack=true put into the package.</summary>
    public static readonly RuleOption<string> PackedSources = RuleOption.Text(
        OptionScope.BuildProperty, string.Empty, "SourceExposurePackedSources", string.Empty,
        "Set by the SourceExposure package targets: the C# files that Content or None items with Pack=true put into the package, separated by commas.");

    /// <summary>SE2006 (source-exposure inspect): the IL size from which a trade secret's method is more than glue code.</summary>
    public static readonly RuleOption<int> SE2006MinMethodBytes = RuleOption.Integer(
        OptionScope.Rule, RuleIds.SE2006, "min_method_bytes", defaultValue: 64, min: 1, max: 1_000_000,
        "The IL size in bytes from which a method of a trade-secret type counts as an algorithm worth decompiling; a type whose methods are all smaller is not reported.");
}
