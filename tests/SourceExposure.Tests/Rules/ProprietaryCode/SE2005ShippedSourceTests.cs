// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.ProprietaryCode;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.ProprietaryCode.SE2005ShippedSourceAnalyzer>;

namespace SourceExposure.Tests.Rules.ProprietaryCode;

public sealed class SE2005ShippedSourceTests
{
    private static Verify.Test Test(params (string Name, string Value)[] properties) => new()
    {
        TestCode = "namespace Contoso.Pricing { public class Engine { } }",
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.BuildProperties(properties) } },
    };

    [Fact]
    public Task EmbedAllSources_IsReported()
    {
        var test = Test(("EmbedAllSources", "true"), ("DebugType", "portable"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithNoLocation().WithArguments("EmbedAllSources=true puts every source file into the PDB"));
        return test.RunAsync();
    }

    [Fact]
    public Task EmbeddedPdbWithEmbeddedSources_IsReported()
    {
        var test = Test(("EmbedAllSources", "True"), ("DebugType", "Embedded"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithNoLocation().WithArguments("EmbedAllSources=true with DebugType=embedded puts every source file inside the DLL"));
        return test.RunAsync();
    }

    [Fact]
    public Task SeveralSettings_AreReportedOnceForTheCompilation()
    {
        var test = Test(("EmbedAllSources", "true"), ("IncludeSource", "true"), ("SourceExposurePackedSources", "Pricing/Engine.cs,Pricing/Curve.cs"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithNoLocation().WithArguments(
            "EmbedAllSources=true puts every source file into the PDB; IncludeSource=true packs the source files into the symbols package; Pack=true on 2 C# files such as 'Pricing/Engine.cs' packs them into the package"));
        return test.RunAsync();
    }

    [Fact]
    public Task OnePackedSourceFile_IsReported()
    {
        var test = Test(("SourceExposurePackedSources", "Pricing/Engine.cs"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithNoLocation().WithArguments("Pack=true on 'Pricing/Engine.cs' packs it into the package"));
        return test.RunAsync();
    }

    [Fact]
    public Task EmbeddedPdbWithoutEmbeddedSources_NotReported() => Test(("DebugType", "embedded"), ("EmbedAllSources", "false")).RunAsync();

    [Fact]
    public Task DefaultBuild_NotReported() => Test().RunAsync();

    [Fact]
    public Task HostedDelivery_NotReported() => Test(("EmbedAllSources", "true"), ("SourceExposureDelivery", "hosted")).RunAsync();

    [Fact]
    public Task TestProject_NotReported() => Test(("EmbedAllSources", "true"), ("IsTestProject", "true")).RunAsync();

    [Fact]
    public Task InvalidFlag_ReportsSE0001AndNotSE2005()
    {
        var test = Test(("EmbedAllSources", "sometimes"));
        test.AdditionalAnalyzers.Add(new SE0001InvalidConfigurationAnalyzer());
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SourceExposure.Analyzers.Rules.SE0001).WithNoLocation().WithArguments("build_property.EmbedAllSources", "sometimes", "true or false"));
        return test.RunAsync();
    }

    [Fact]
    public Task IncompleteCode_IsReportedWithoutThrowing()
    {
        var test = Test(("EmbedAllSources", "true"));
        test.TestState.Sources.Add(("/0/Broken.cs", "class { void M( "));
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithNoLocation().WithArguments("EmbedAllSources=true puts every source file into the PDB"));
        return test.RunAsync();
    }
}
