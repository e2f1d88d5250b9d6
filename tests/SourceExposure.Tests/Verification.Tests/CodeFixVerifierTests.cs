// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using Verify = SourceExposure.Tests.Verification.CodeFixVerifier<
    SourceExposure.Tests.Verification.Tests.BadLiteralAnalyzer,
    SourceExposure.Tests.Verification.Tests.BadLiteralFix>;

namespace SourceExposure.Tests.Verification.Tests;

public sealed class CodeFixVerifierTests
{
    [Fact]
    public Task Fix_IsAppliedToEveryDiagnostic() => Verify.VerifyCodeFixAsync(
        """class C { string s = [|"bad"|]; string t = [|"bad"|]; }""",
        """class C { string s = "good"; string t = "good"; }""");

    [Fact]
    public Task FixAll_InEveryScope_CoversSeveralDocuments() => new CodeFixTest<BadLiteralAnalyzer, BadLiteralFix>
    {
        Sources = { ("A.cs", """class A { string s = [|"bad"|]; }"""), ("B.cs", """class B { string s = [|"bad"|]; }""") },
        FixedSources = { ("A.cs", """class A { string s = "good"; }"""), ("B.cs", """class B { string s = "good"; }""") },
        NumberOfIncrementalIterations = 2,
    }.RunAsync();

    [Fact]
    public async Task WrongFixedCode_FailsShowingExpectedAndActual()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyCodeFixAsync(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = "fine"; }"""));
        Assert.Contains("differs in Test0.cs", error.Message);
        Assert.Contains("""class C { string s = "good"; }""", error.Message);
    }

    [Fact]
    public async Task WrongIterationCount_Fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => new CodeFixTest<BadLiteralAnalyzer, BadLiteralFix>
        {
            TestCode = """class C { string s = [|"bad"|]; }""",
            FixedCode = """class C { string s = "good"; }""",
            NumberOfIncrementalIterations = 3,
        }.RunAsync());
        Assert.Contains("Expected 3 incremental fix iteration(s) but applied 1", error.Message);
    }

    [Fact]
    public async Task FixOffered_WhenTheTestExpectsNone_Fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyCodeFixAsync(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = [|"bad"|]; }"""));
        Assert.Contains("Expected no code fix, but 'Make it good' is offered", error.Message);
    }

    [Fact]
    public async Task DuplicateEquivalenceKeys_Fail()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => new CodeFixTest<BadLiteralAnalyzer, DuplicateKeyFix>
        {
            TestCode = """class C { string s = [|"bad"|]; }""",
            FixedCode = """class C { string s = "good"; }""",
        }.RunAsync());
        Assert.Contains("share the equivalence key 'TST0001.Same'", error.Message);
    }

    [Fact]
    public async Task FixedCodeThatDoesNotCompile_Fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => new CodeFixTest<BadLiteralAnalyzer, BadLiteralFix>
        {
            TestCode = """class C { const int N = 1; string s = [|"bad"|]; int x = M; }""",
            FixedCode = """class C { const int N = 1; string s = "good"; int x = M; }""",
            AllowCompilerErrors = false,
            ExpectedDiagnostics = { DiagnosticResult.CompilerError("CS0103").WithSpan(1, 58, 1, 59) },
        }.RunAsync());
        Assert.Contains("CS0103", error.Message);
    }
}
