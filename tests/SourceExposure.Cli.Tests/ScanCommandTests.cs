// SPDX-License-Identifier: MIT
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SourceExposure.Cli.Tests;

public sealed class ScanCommandTests
{
    [Fact]
    public async Task FolderWithPrivateKey_IsReportedRedactedAndExitsOne()
    {
        using var tree = new TempTree();
        tree.Write("src/Signer.cs", Samples.Signer());
        tree.Write("src/Ledger.cs", Samples.Clean);

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("src/Signer.cs:5: warning SE1002:", run.Output);
        Assert.Contains("SE1002.md", run.Output);
        Assert.Contains("Secrets: 1", run.Output);
        Assert.Contains("Top files:", run.Output);
        Assert.DoesNotContain(Samples.SecretFragment, run.All);
        Assert.DoesNotContain("MIIEowIBAAKC", run.All);
    }

    [Fact]
    public async Task CleanFolder_NotReportedAndExitsZero()
    {
        using var tree = new TempTree();
        tree.Write("Ledger.cs", Samples.Clean);

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("0 finding(s)", run.Output);
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("note", 1)]
    public async Task FailOnThreshold_DecidesExitCodeForWarningsReported(string failOn, int expected)
    {
        using var tree = new TempTree();
        tree.Write("Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports", "--fail-on", failOn);

        Assert.True(run.ExitCode == expected, run.ToString());
        Assert.Contains("SE1002", run.Output);
    }

    [Fact]
    public async Task EditorConfigSeverityNone_NotReported()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.SE1002.severity = none\n");
        tree.Write("Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("SE1002:", run.Output);
    }

    [Fact]
    public async Task EditorConfigAboveScanRoot_RaisesSeverityReportedAsError()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.SE1002.severity = error\n");
        tree.Write("drop/inner/Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", tree["drop"], "--no-reports", "--fail-on", "error");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("inner/Signer.cs:5: error SE1002:", run.Output);
    }

    [Fact]
    public async Task EditorConfigSectionForOtherFolder_KeepsSeverityReported()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[tests/**.cs]\ndotnet_diagnostic.SE1002.severity = none\n");
        tree.Write("src/Signer.cs", Samples.Signer());
        tree.Write("tests/FixtureSigner.cs", Samples.Signer("FixtureSigner"));

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports");

        Assert.Contains("src/Signer.cs:5: warning SE1002", run.Output);
        Assert.DoesNotContain("tests/FixtureSigner.cs", run.Output);
    }

    [Fact]
    public async Task GlobalConfigInScanRoot_SetsSeverityReportedAsError()
    {
        using var tree = new TempTree();
        tree.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SE1002.severity = error\n");
        tree.Write("Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports");

        Assert.Contains("Signer.cs:5: error SE1002", run.Output);
    }

    [Fact]
    public async Task HelpText_DocumentsExitCodes()
    {
        var run = await Cli.RunAsync("scan", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes:", run.Output);
        Assert.Contains("2  usage or input error", run.Output);
        Assert.Contains("--fail-on", run.Output);
    }

    [Fact]
    public async Task UnknownFailOnValue_ExitsTwo()
    {
        var run = await Cli.RunAsync("scan", ".", "--fail-on", "sometimes");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sometimes", run.Error);
    }

    [Fact]
    public void DefaultOutputs_WriteSarifAndHtmlInCurrentDirectory()
    {
        using var tree = new TempTree();
        tree.Write("src/Signer.cs", Samples.Signer());
        var previous = Environment.CurrentDirectory;
        var work = Directory.CreateDirectory(tree["out"]).FullName;
        CliRun run;
        // The current directory is process-wide: this is the only test that changes it.
        lock (typeof(ScanCommandTests))
        {
            Environment.CurrentDirectory = work;
            try
            {
                run = Cli.RunAsync("scan", tree["src"]).GetAwaiter().GetResult();
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.True(File.Exists(Path.Combine(work, "report.sarif")));
        Assert.True(File.Exists(Path.Combine(work, "report.html")));
    }

    [Fact]
    public async Task SarifOnly_WritesNoHtml()
    {
        using var tree = new TempTree();
        tree.Write("src/Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", tree["src"], "--sarif", tree["out/r.sarif"]);

        Assert.True(File.Exists(tree["out/r.sarif"]), run.ToString());
        Assert.False(File.Exists(tree["out/report.html"]));
    }

    [Fact]
    public async Task Timing_PrintsAnalyzerAndCompilerTime()
    {
        using var tree = new TempTree();
        tree.Write("Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports", "--timing");

        Assert.Matches(@"Timing: analyzers \d+\.\d+ s .*compiler \d+\.\d+ s", run.Output);
        Assert.Contains("SE1002PrivateKeyMaterialAnalyzer", run.Output);
        Assert.Contains("lines/s", run.Output);
    }
}
