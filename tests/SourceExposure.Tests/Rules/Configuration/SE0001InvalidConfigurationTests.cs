// SPDX-License-Identifier: MIT
using System.Linq;
using System.Threading.Tasks;
using SourceExposure.Analyzers.Configuration;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.Configuration.SE0001InvalidConfigurationAnalyzer>;

namespace SourceExposure.Tests.Rules.Configuration;

public sealed class SE0001InvalidConfigurationTests
{
    private const string Source = "class C { }";

    [Fact]
    public Task BadFlagInEditorConfig_IsReportedWithKeyValueAndAcceptedValues() => new Verify.Test
    {
        TestCode = Source,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.SE1007.scan_all_additional_files", "maybe")) } },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithNoLocation().WithArguments("source_exposure.SE1007.scan_all_additional_files", "maybe", "true or false"),
        },
    }.RunAsync();

    [Fact]
    public Task BadBuildProperty_IsReported() => new Verify.Test
    {
        TestCode = Source,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.BuildProperties(("IsTestProject", "sometimes")) } },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithNoLocation().WithArguments("build_property.IsTestProject", "sometimes", "true or false"),
        },
    }.RunAsync();

    [Fact]
    public Task SameBadValueInManyFiles_IsReportedOnce() => new Verify.Test
    {
        TestState =
        {
            Sources = { ("/0/A.cs", "class A { }"), ("/0/B.cs", "class B { }"), ("/0/C.cs", "class C { }") },
            AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.SE1007.scan_all_additional_files", "maybe")) },
        },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithNoLocation().WithArguments("source_exposure.SE1007.scan_all_additional_files", "maybe", "true or false"),
        },
    }.RunAsync();

    [Fact]
    public Task BadValueInGlobalConfig_IsReported() => new Verify.Test
    {
        TestCode = Source,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nsource_exposure.SE1007.scan_all_additional_files = 2") } },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithNoLocation().WithArguments("source_exposure.SE1007.scan_all_additional_files", "2", "true or false"),
        },
    }.RunAsync();

    [Fact]
    public Task ValidAndUnsetValues_AreNotReported() => new Verify.Test
    {
        TestState =
        {
            Sources = { ("/0/A.cs", "class A { }"), ("/0/tests/B.cs", "class B { }") },
            AnalyzerConfigFiles =
            {
                ("/0/.editorconfig", """
                    root = true

                    [*]
                    source_exposure.SE1007.scan_all_additional_files = unset

                    [tests/**.cs]
                    source_exposure.code_kind = TEST
                    """),
                AnalyzerConfig.BuildProperties(("IsTestProject", "false")),
            },
        },
    }.RunAsync();

    /// <summary>SE0001 is tagged NotConfigurable: the compiler ignores a severity set for it, so it cannot be silenced or raised.</summary>
    [Theory]
    [InlineData("none")]
    [InlineData("error")]
    public Task SeverityConfiguration_IsIgnored(string severity) => new Verify.Test
    {
        TestCode = Source,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", $"is_global = true\nsource_exposure.SE1007.scan_all_additional_files = 2\ndotnet_diagnostic.SE0001.severity = {severity}") } },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithNoLocation().WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithArguments("source_exposure.SE1007.scan_all_additional_files", "2", "true or false"),
        },
    }.RunAsync();

    [Fact]
    public Task UnknownKeys_AreNotReported() => Verify.VerifyAnalyzerAsync(
        Source,
        options: new() { ["source_exposure.no_such_option"] = "x", ["dotnet_diagnostic.SE1002.severity"] = "error" });

    [Fact]
    public void OptionKeys_FollowRuleThenFamilyThenGlobalPrecedence()
    {
        var option = RuleOption.Number(OptionScope.Rule, "SE1004", "min_entropy", 3.5, 0, 8, "test");
        Assert.Equal(["source_exposure.SE1004.min_entropy", "source_exposure.secrets.min_entropy", "source_exposure.min_entropy"], option.Keys.ToArray());
        var family = RuleOption.Flag(OptionScope.Family, "residency", "strict", false, "test");
        Assert.Equal(["source_exposure.residency.strict", "source_exposure.strict"], family.Keys.ToArray());
    }
}
