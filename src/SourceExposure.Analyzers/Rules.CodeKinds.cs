// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

// Which kinds of code each rule reports in (see CodeKinds): one table, so the defaults can be read side by side.
// Test code holds fixture values and fake endpoints by design; residency, back-door and hygiene findings there say
// nothing about what the product does. Samples ship with the source, so secrets in them are reported. SE1001 reports
// everywhere, and outside product code only formats that cannot be mistaken for anything else.
internal static partial class RuleOptions
{
    /// <summary><c>source_exposure.code_kind</c>: what the files of an .editorconfig section are, whatever their path says.</summary>
    public static readonly RuleOption<CodeKind> CodeKindOfFile = RuleOption.Kinds(
        OptionScope.Global, string.Empty, "code_kind", CodeKind.None,
        "What the files this section applies to are, whatever their project and path say.").Documented(defaultText: "unset", accepts: "product, test, sample or docs");

    public static readonly RuleOption<CodeKind> SE1001CodeKinds = ReportsIn(RuleIds.SE1001, CodeKind.All);
    public static readonly RuleOption<CodeKind> SE1002CodeKinds = ReportsIn(RuleIds.SE1002, CodeKind.Product | CodeKind.Sample);
    public static readonly RuleOption<CodeKind> SE1003CodeKinds = ReportsIn(RuleIds.SE1003, CodeKind.Product | CodeKind.Sample);
    public static readonly RuleOption<CodeKind> SE1004CodeKinds = ReportsIn(RuleIds.SE1004, CodeKind.Product | CodeKind.Sample);
    public static readonly RuleOption<CodeKind> SE1005CodeKinds = ReportsIn(RuleIds.SE1005, CodeKind.Product | CodeKind.Sample);
    public static readonly RuleOption<CodeKind> SE1006CodeKinds = ReportsIn(RuleIds.SE1006, CodeKind.Product | CodeKind.Sample);
    public static readonly RuleOption<CodeKind> SE1007CodeKinds = ReportsIn(RuleIds.SE1007, CodeKind.Product | CodeKind.Sample);
    public static readonly RuleOption<CodeKind> SE2001CodeKinds = ReportsIn(RuleIds.SE2001, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE2002CodeKinds = ReportsIn(RuleIds.SE2002, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE2003CodeKinds = ReportsIn(RuleIds.SE2003, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE2004CodeKinds = ReportsIn(RuleIds.SE2004, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE2005CodeKinds = ReportsIn(RuleIds.SE2005, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE3001CodeKinds = ReportsIn(RuleIds.SE3001, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE3002CodeKinds = ReportsIn(RuleIds.SE3002, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE3003CodeKinds = ReportsIn(RuleIds.SE3003, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE3004CodeKinds = ReportsIn(RuleIds.SE3004, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE4001CodeKinds = ReportsIn(RuleIds.SE4001, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE4002CodeKinds = ReportsIn(RuleIds.SE4002, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE4003CodeKinds = ReportsIn(RuleIds.SE4003, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE5001CodeKinds = ReportsIn(RuleIds.SE5001, CodeKind.Product);
    public static readonly RuleOption<CodeKind> SE5002CodeKinds = ReportsIn(RuleIds.SE5002, CodeKind.Product);

    /// <summary>Set by Microsoft.NET.Test.Sdk in test projects.</summary>
    public static readonly RuleOption<bool> IsTestProject = RuleOption.Flag(
        OptionScope.BuildProperty, string.Empty, "IsTestProject", defaultValue: false,
        "True in test projects (set by Microsoft.NET.Test.Sdk): all their files are test code.");

    /// <summary>The MSBuild project name (compiler-visible through the package's props).</summary>
    public static readonly RuleOption<string> MSBuildProjectName = RuleOption.Text(
        OptionScope.BuildProperty, string.Empty, "MSBuildProjectName", string.Empty,
        "A project named `*.Tests`, `*.Specs`, `*.Benchmarks` or `*.Samples` holds test or sample code.").Documented(defaultText: "(the project)");

    /// <summary>The project folder (the SDK makes it compiler-visible): where path-based kinds start counting folders.</summary>
    public static readonly RuleOption<string> ProjectDir = RuleOption.Text(
        OptionScope.BuildProperty, string.Empty, "ProjectDir", string.Empty,
        "Where counting folders starts (set by the SDK).").Documented(defaultText: "(the project folder)", accepts: "a folder");

    private static RuleOption<CodeKind> ReportsIn(string ruleId, CodeKind defaultValue) => RuleOption.Kinds(
        OptionScope.Rule, ruleId, "code_kinds", defaultValue,
        "The kinds of code this rule reports in: a comma-separated list of product, test, sample and docs, or all or none.");
}
