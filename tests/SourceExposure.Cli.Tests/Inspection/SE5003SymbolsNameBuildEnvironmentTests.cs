// SPDX-License-Identifier: MIT
using System.Linq;

namespace SourceExposure.Cli.Tests.Inspection;

/// <summary>SE5003 (artifact-only), with SE2005 as inspect reports it from symbols.</summary>
public sealed class SE5003SymbolsNameBuildEnvironmentTests
{
    private const string Code = "public static class C { public static int Twice(int x) => x * 2; }";

    [Fact]
    public void UserNameInDocumentPath_IsReported()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile(Code, pdb: Pdb.Beside, path: "/home/alice/src/contoso/Payments/C.cs").Write(tree["bin"]);

        var finding = Assert.Single(TestAssemblies.Inspect(tree["bin"]).Findings);

        Assert.Equal("SE5003", finding.RuleId);
        Assert.Equal("Contoso.Payments.pdb", finding.RelativePath);
        Assert.StartsWith("A document path in 'Contoso.Payments.pdb' names the user 'alice' ('/home/alice/src/contoso/Payments/C.cs'): every recipient of the symbols learns", finding.Message);
    }

    [Fact]
    public void PrivateSourceLinkHost_IsReported_InAnEmbeddedPdb()
    {
        using var tree = new TempTree();
        const string Link = """{"documents":{"/_/*":"https://deploy:hunter2pass@git.contoso.internal/bank/gateway/raw/0123abcd/*"}}""";
        TestAssemblies.Compile(Code, pdb: Pdb.Embedded, sourceLink: Link).Write(tree["bin"]);

        var result = TestAssemblies.Inspect(tree["bin"]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SE5003", finding.RuleId);
        Assert.Equal("Contoso.Payments.dll [embedded PDB]", finding.Location);
        Assert.Contains("names the repository host 'git.contoso.internal' ('https://…@git.contoso.internal/bank/gateway/raw/0123abcd/*')", finding.Message);
        Assert.DoesNotContain("hunter2", finding.Message);
    }

    [Fact]
    public void MappedPathsAndPublicForge_NotReported()
    {
        using var tree = new TempTree();
        const string Link = """{"documents":{"/_/*":"https://raw.githubusercontent.com/contoso/oss-lib/0123abcd/*"}}""";
        TestAssemblies.Compile(Code, pdb: Pdb.Beside, sourceLink: Link).Write(tree["bin"]);
        TestAssemblies.Compile(Code, name: "Contoso.Agent", pdb: Pdb.Beside, path: "/home/runner/work/contoso/C.cs").Write(tree["bin"], "Contoso.Agent");

        var result = TestAssemblies.Inspect(tree["bin"]);

        Assert.Empty(result.Findings);
        Assert.Equal(2, result.Projects.Count);
    }

    [Fact]
    public void EmbeddedSources_ReportedAsSE2005_BesideOrEmbedded()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile(Code, pdb: Pdb.Beside, embedSources: true).Write(tree["beside"]);
        TestAssemblies.Compile(Code, pdb: Pdb.Embedded, embedSources: true).Write(tree["embedded"]);

        var beside = Assert.Single(TestAssemblies.Inspect(tree["beside"]).Findings);
        var embedded = Assert.Single(TestAssemblies.Inspect(tree["embedded"]).Findings);

        Assert.Equal("SE2005", beside.RuleId);
        Assert.Equal("Contoso.Payments.pdb", beside.DisplayPath);
        Assert.Contains("(the PDB beside Contoso.Payments.dll embeds 1 source file (", beside.Message);
        Assert.Contains("such as 'Contoso.Payments/Code.cs'", beside.Message);
        Assert.Equal("SE2005", embedded.RuleId);
        Assert.Contains("(the PDB embedded in Contoso.Payments.dll embeds 1 source file", embedded.Message);
    }

    [Theory]
    [InlineData("/_/src/Contoso.Payments/obj/Release/net8.0/Contoso.Payments.AssemblyInfo.cs")]
    [InlineData("/home/runner/work/app/src/Contoso.Payments/obj/Release/net8.0/.NETCoreApp,Version=v8.0.AssemblyAttributes.cs")]
    [InlineData(@"D:\a\app\obj\Release\net8.0\Contoso.Payments.GlobalUsings.g.cs")]
    public void BuildGeneratedFilesOnly_NotReportedAsSE2005(string path)
    {
        // What EmbedUntrackedSources (on by default with Source Link) embeds in any SDK build: not the project's source.
        using var tree = new TempTree();
        TestAssemblies.Compile(Code, pdb: Pdb.Beside, embedSources: true, path: path).Write(tree["bin"]);

        Assert.DoesNotContain(TestAssemblies.Inspect(tree["bin"]).Findings, f => f.RuleId == "SE2005");
    }
}
