// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.Exceptions.SE0002ApprovedExceptionAnalyzer>;
using static SourceExposure.Tests.Rules.Exceptions.ExceptionsTestSupport;

namespace SourceExposure.Tests.Rules.Exceptions;

/// <summary>SE0004: a malformed file or entry is one diagnostic on its line of the file, naming file, entry and problem.</summary>
public sealed class SE0004InvalidExceptionsFileTests
{
    [Fact]
    public Task FileThatIsNotJson_IsReported() => new Verify.Test
    {
        TestCode = "class C { }",
        TestState = { AdditionalFiles = { (FilePath, "{|#0:{ \"exceptions\": [ }|}") } },
        ExpectedDiagnostics = { Verify.Diagnostic(SourceExposure.Analyzers.Rules.SE0004).WithLocation(0).WithArguments(FilePath, "the file", "not valid JSON: unexpected character '}' (line 1, column 19)") },
    }.RunAsync();

    [Fact]
    public Task UnknownRuleId_IsReported() => new Verify.Test
    {
        TestCode = "class C { }",
        TestState = { AdditionalFiles = { (FilePath, "{\"exceptions\": [\n{|#0:{\"rule\": \"SE9001\", \"fingerprint\": \"" + new string('a', 32) + "\", \"reason\": \"r\", \"approver\": \"a\", \"approved\": \"2026-01-01\", \"expires\": \"2026-12-31\"}|}\n]}") } },
        ExpectedDiagnostics = { Verify.Diagnostic(SourceExposure.Analyzers.Rules.SE0004).WithLocation(0).WithArguments(FilePath, "entry 1 (SE9001)", "unknown rule id 'SE9001' (expected a SourceExposure rule SE1001–SE5999 that the analyzers report)") },
    }.RunAsync();

    [Fact]
    public Task ValidFile_NotReported() => new Verify.Test
    {
        TestCode = "class C { }",
        TestState = { AdditionalFiles = { (FilePath, File(Entry("SE1004", "Test0.cs", "x", 200))) } },
    }.RunAsync();
}
