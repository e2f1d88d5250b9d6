// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.Exceptions.SE0002ApprovedExceptionAnalyzer>;
using static SourceExposure.Tests.Rules.Exceptions.ExceptionsTestSupport;

namespace SourceExposure.Tests.Rules.Exceptions;

/// <summary>SE0002 on the library's harness: an expired entry is reported at the line its anchor names.</summary>
public sealed class SE0002ApprovedExceptionTests
{
    private const string Line = "string password = \"hunter2-not-real\";";

    [Fact]
    public Task ExpiredEntry_IsReportedAtTheFindingsLine() => new Verify.Test
    {
        TestCode = "class C\n{\n    {|#0:" + Line + "|}\n}\n",
        TestState = { AdditionalFiles = { (FilePath, File(Entry("SE1004", "Test0.cs", Line, -3))) } },
        ExpectedDiagnostics = { Verify.Diagnostic(SourceExposure.Analyzers.Rules.SE0002).WithLocation(0).WithArguments("SE1004", Date(-3), "Jane Compliance") },
    }.RunAsync();

    [Fact]
    public Task LiveEntry_NotReported() => new Verify.Test
    {
        TestCode = "class C\n{\n    " + Line + "\n}\n",
        TestState = { AdditionalFiles = { (FilePath, File(Entry("SE1004", "Test0.cs", Line, 200))) } },
    }.RunAsync();

    [Fact]
    public Task ExpiredEntryForAChangedLine_NotReported() => new Verify.Test
    {
        TestCode = "class C\n{\n    string password = \"changed-since\";\n}\n",
        TestState = { AdditionalFiles = { (FilePath, File(Entry("SE1004", "Test0.cs", Line, -3))) } },
    }.RunAsync();
}
