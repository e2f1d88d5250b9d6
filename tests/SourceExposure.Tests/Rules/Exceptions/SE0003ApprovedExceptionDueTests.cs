// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.Exceptions.SE0002ApprovedExceptionAnalyzer>;
using static SourceExposure.Tests.Rules.Exceptions.ExceptionsTestSupport;

namespace SourceExposure.Tests.Rules.Exceptions;

/// <summary>SE0003: an entry within the due window is reported at its finding; one further away is not.</summary>
public sealed class SE0003ApprovedExceptionDueTests
{
    private const string Line = "string password = \"hunter2-not-real\";";

    [Fact]
    public Task EntryDueInTenDays_IsReported() => new Verify.Test
    {
        TestCode = "class C\n{\n    {|#0:" + Line + "|}\n}\n",
        TestState = { AdditionalFiles = { (FilePath, File(Entry("SE1004", "Test0.cs", Line, 10))) } },
        ExpectedDiagnostics = { Verify.Diagnostic(SourceExposure.Analyzers.Rules.SE0003).WithLocation(0).WithArguments("SE1004", Date(10), "10", "Jane Compliance") },
    }.RunAsync();

    [Fact]
    public Task EntryDueInSixtyDays_NotReported() => new Verify.Test
    {
        TestCode = "class C\n{\n    " + Line + "\n}\n",
        TestState = { AdditionalFiles = { (FilePath, File(Entry("SE1004", "Test0.cs", Line, 60))) } },
    }.RunAsync();
}
