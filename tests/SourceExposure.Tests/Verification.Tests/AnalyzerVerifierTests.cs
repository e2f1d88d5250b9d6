// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using Verify = SourceExposure.Tests.Verification.AnalyzerVerifier<SourceExposure.Tests.Verification.Tests.BadLiteralAnalyzer>;

namespace SourceExposure.Tests.Verification.Tests;

public sealed class AnalyzerVerifierTests
{
    [Fact]
    public Task MarkupWithoutId_MatchesTheAnalyzersRule() => Verify.VerifyAnalyzerAsync("""class C { string s = [|"bad"|]; }""");

    [Fact]
    public Task MarkupWithId_AndIndexedLocationWithArguments_Match() => Verify.VerifyAnalyzerAsync(
        """class C { string s = {|TST0001:"bad"|}; string t = {|#0:"bad"|}; }""",
        Verify.Diagnostic().WithLocation(0).WithArguments("bad"));

    [Fact]
    public Task ExplicitSpan_Matches() => Verify.VerifyAnalyzerAsync(
        "class C { string s = \"bad\"; }",
        Verify.Diagnostic().WithSpan(1, 22, 1, 27).WithArguments("bad"));

    [Fact]
    public async Task MissingDiagnostic_FailsListingExpectedAndActual()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAnalyzerAsync("""class C { string s = [|"good"|]; }"""));
        Assert.Contains("Expected but not reported:", error.Message);
        Assert.Contains("TST0001 at /0/Test0.cs(1,22,1,28)", error.Message);
        Assert.Contains("Reported but not expected:\n  (none)", error.Message.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task UnexpectedDiagnostic_FailsAndShowsItAsMarkup()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAnalyzerAsync("""class C { string s = "bad"; }"""));
        Assert.Contains("TST0001 Warning at /0/Test0.cs(1,22,1,27): Found 'bad'", error.Message);
        Assert.Contains("""class C { string s = {|TST0001:"bad"|}; }""", error.Message);
    }

    [Fact]
    public async Task WrongArguments_Fail()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAnalyzerAsync(
            """class C { string s = {|#0:"bad"|}; }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("worse")));
        Assert.Contains("TST0001 at /0/Test0.cs(1,22,1,27): Found 'worse'", error.Message);
    }

    [Fact]
    public async Task WrongId_Fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAnalyzerAsync("""class C { string s = {|TST9999:"bad"|}; }"""));
        Assert.Contains("TST9999 at", error.Message);
    }

    [Fact]
    public async Task UndeclaredCompilerError_Fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAnalyzerAsync("class C { int x = y; }"));
        Assert.Contains("CS0103", error.Message);
    }

    [Fact]
    public Task DeclaredCompilerError_Passes() => Verify.VerifyAnalyzerAsync("class C { int x = {|CS0103:y|}; }");

    [Fact]
    public Task AllowedCompilerErrors_Pass() => new AnalyzerTest<BadLiteralAnalyzer> { TestCode = "class C { void M( {", AllowCompilerErrors = true }.RunAsync();

    [Fact]
    public async Task ThrowingAnalyzer_FailsWithAD0001()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => new AnalyzerTest<ThrowingAnalyzer> { TestCode = "class C { }" }.RunAsync());
        Assert.Contains("AD0001", error.Message);
        Assert.Contains("boom", error.Message);
    }

    [Fact]
    public Task EditorConfigSeverityNone_SilencesTheRuleForMatchingFilesOnly() => new AnalyzerTest<BadLiteralAnalyzer>
    {
        Sources = { ("Generated/A.cs", """class A { string s = "bad"; }"""), ("B.cs", """class B { string s = [|"bad"|]; }""") },
        EditorConfig = """
            [Generated/**.cs]
            dotnet_diagnostic.TST0001.severity = none
            """,
    }.RunAsync();

    [Fact]
    public Task AdditionalFileMarkup_LocatesFindingsInThatFile() => new AnalyzerTest<BadLiteralAnalyzer>
    {
        TestCode = "class C { }",
        AdditionalFiles = { ("appsettings.json", """{ "Value": "[|bad|]" }""") },
    }.RunAsync();

    [Fact]
    public Task RuleOption_WinsOverFamilyAndGlobalKeys_AndBuildPropertyIsVisible() => new AnalyzerTest<OptionEchoAnalyzer>
    {
        Sources = { ("A.cs", "class {|#0:A|} { }"), ("sub/B.cs", "class {|#1:B|} { }") },
        EditorConfig = """
            [*.cs]
            source_exposure.min_entropy = 1
            source_exposure.secrets.min_entropy = 2

            [sub/*.cs]
            source_exposure.SE1004.min_entropy = 4.5
            """,
        BuildProperties = { ["SourceExposureDelivery"] = "Hosted" },
        ExpectedDiagnostics =
        {
            AnalyzerVerifier<OptionEchoAnalyzer>.Diagnostic().WithLocation(0).WithArguments("2", "hosted"),
            AnalyzerVerifier<OptionEchoAnalyzer>.Diagnostic().WithLocation(1).WithArguments("4.5", "hosted"),
        },
    }.RunAsync();

    [Fact]
    public Task InvalidOptionValue_FallsBackToTheDefault() => new AnalyzerTest<OptionEchoAnalyzer>
    {
        TestCode = "class {|#0:A|} { }",
        Options = { ["source_exposure.SE1004.min_entropy"] = "high" },
        ExpectedDiagnostics = { AnalyzerVerifier<OptionEchoAnalyzer>.Diagnostic().WithLocation(0).WithArguments("3.5", "shipped") },
    }.RunAsync();

    [Fact]
    public async Task ReferenceAssemblies_AreSelectable()
    {
        const string UsesHashCode = "class C { int H() => System.HashCode.Combine(1, 2); }";
        await new AnalyzerTest<BadLiteralAnalyzer> { TestCode = UsesHashCode }.RunAsync();
        await new AnalyzerTest<BadLiteralAnalyzer>
        {
            TestCode = "class C { int H() => {|CS0234:System.HashCode|}.Combine(1, 2); }",
            ReferenceAssemblies = ReferenceAssemblies.Net472,
        }.RunAsync();
        await new AnalyzerTest<BadLiteralAnalyzer>
        {
            TestCode = "class C { int H() => {|CS0234:System.HashCode|}.Combine(1, 2); }",
            ReferenceAssemblies = ReferenceAssemblies.NetStandard20,
        }.RunAsync();
    }
}
