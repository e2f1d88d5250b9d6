// SPDX-License-Identifier: MIT
using System.Linq;
using System.Threading.Tasks;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Tests.Verification;
using Verify = SourceExposure.Tests.Verification.AnalyzerVerifier<SourceExposure.Analyzers.Configuration.SE0001InvalidConfigurationAnalyzer>;

namespace SourceExposure.Tests.Rules.Configuration;

public sealed class SE0001InvalidConfigurationTests
{
    private const string Source = "class C { }";

    [Fact]
    public Task BadFlagInEditorConfig_IsReportedWithKeyValueAndAcceptedValues() => new AnalyzerTest<SE0001InvalidConfigurationAnalyzer>
    {
        TestCode = Source,
        Options = { ["source_exposure.SE1007.scan_all_additional_files"] = "maybe" },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithNoLocation().WithArguments("source_exposure.SE1007.scan_all_additional_files", "maybe", "true or false"),
        },
    }.RunAsync();

    [Fact]
    public Task BadBuildProperty_IsReported() => new AnalyzerTest<SE0001InvalidConfigurationAnalyzer>
    {
        TestCode = Source,
        BuildProperties = { ["IsTestProject"] = "sometimes" },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithNoLocation().WithArguments("build_property.IsTestProject", "sometimes", "true or false"),
        },
    }.RunAsync();

    [Fact]
    public Task SameBadValueInManyFiles_IsReportedOnce() => new AnalyzerTest<SE0001InvalidConfigurationAnalyzer>
    {
        Sources = { ("A.cs", "class A { }"), ("B.cs", "class B { }"), ("C.cs", "class C { }") },
        Options = { ["source_exposure.SE1007.scan_all_additional_files"] = "maybe" },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithNoLocation().WithArguments("source_exposure.SE1007.scan_all_additional_files", "maybe", "true or false"),
        },
    }.RunAsync();

    [Fact]
    public Task BadValueInGlobalConfig_IsReported() => new AnalyzerTest<SE0001InvalidConfigurationAnalyzer>
    {
        TestCode = Source,
        GlobalConfig = "source_exposure.SE1007.scan_all_additional_files = 2",
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithNoLocation().WithArguments("source_exposure.SE1007.scan_all_additional_files", "2", "true or false"),
        },
    }.RunAsync();

    [Fact]
    public Task ValidAndUnsetValues_AreNotReported() => new AnalyzerTest<SE0001InvalidConfigurationAnalyzer>
    {
        Sources = { ("A.cs", "class A { }"), ("tests/B.cs", "class B { }") },
        Options = { ["source_exposure.SE1007.scan_all_additional_files"] = "unset" },
        EditorConfig = """
            [tests/**.cs]
            source_exposure.code_kind = TEST
            """,
        BuildProperties = { ["IsTestProject"] = "false" },
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
