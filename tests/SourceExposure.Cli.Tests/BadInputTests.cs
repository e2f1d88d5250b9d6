// SPDX-License-Identifier: MIT
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SourceExposure.Cli.Tests;

/// <summary>Bad input ends in one clear line and exit 2, or a warning when one file among many is bad; never a stack trace.</summary>
public sealed class BadInputTests
{
    private static void AssertOneCleanLine(CliRun run, string expected)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("error: ", StringComparison.Ordinal) && l.Contains(expected, StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        AssertNoStackTrace(run);
    }

    private static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.All);
        Assert.DoesNotContain("Exception", run.All);
    }

    [Fact]
    public async Task MissingPath_ExitsTwoWithOneLine()
    {
        var run = await Cli.RunAsync("scan", "/definitely/not/here", "--no-reports");

        AssertOneCleanLine(run, "path not found");
    }

    [Fact]
    public async Task EmptyFolder_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        Directory.CreateDirectory(tree["empty/sub"]);

        var run = await Cli.RunAsync("scan", tree["empty"], "--no-reports");

        AssertOneCleanLine(run, "no C# source files");
    }

    [Fact]
    public async Task UnsupportedFileType_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        var path = tree.Write("notes.txt", "hello");

        var run = await Cli.RunAsync("scan", path, "--no-reports");

        AssertOneCleanLine(run, "expected a .sln");
    }

    [Fact]
    public async Task BinaryFileAmongSources_IsSkippedWithWarningAndOthersReported()
    {
        using var tree = new TempTree();
        tree.Write("Signer.cs", Samples.Signer());
        File.WriteAllBytes(tree["Blob.cs"], [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xFF, 0xFF, 0x00, 0x00]);

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("skipped Blob.cs: not a text file", run.All);
        Assert.Contains("Signer.cs:5: warning SE1002", run.Output);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task BinaryFileScannedAlone_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        File.WriteAllBytes(tree["Blob.cs"], [0x00, 0x01, 0x02, 0x00, 0x7F, 0x00]);

        var run = await Cli.RunAsync("scan", tree["Blob.cs"], "--no-reports");

        AssertOneCleanLine(run, "not a text file");
    }

    [Fact]
    public async Task OnlyBinaryFilesInFolder_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        File.WriteAllBytes(tree["Blob.cs"], [0x00, 0x01, 0x02, 0x00, 0x7F, 0x00]);

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports");

        AssertOneCleanLine(run, "no readable C# source files");
        Assert.Contains("skipped Blob.cs", run.Error);
    }

    [Fact]
    public async Task DanglingLinkAmongSources_IsSkippedWithWarning()
    {
        using var tree = new TempTree();
        tree.Write("Signer.cs", Samples.Signer());
        File.CreateSymbolicLink(tree["Gone.cs"], tree["missing/Target.cs"]);

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("skipped Gone.cs", run.All);
        AssertNoStackTrace(run);
    }

    /// <summary>
    /// chmod 000 blocks reads for ordinary users only; tests here usually run as root, who reads the file anyway.
    /// Both outcomes are asserted: skipped with a warning when unreadable, scanned when readable.
    /// </summary>
    [Fact]
    public async Task UnreadableFile_IsSkippedWithWarningOrScannedWhenRootCanReadIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var tree = new TempTree();
        tree.Write("Ledger.cs", Samples.Clean);
        var locked = tree.Write("Locked.cs", Samples.Signer());
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var readable = CanRead(locked);

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports");

        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        AssertNoStackTrace(run);
        if (readable)
        {
            Assert.True(run.ExitCode == 1, "running as root, chmod 000 does not block reading: the file is scanned\n" + run);
            Assert.Contains("Locked.cs:5: warning SE1002", run.Output);
        }
        else
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("skipped Locked.cs: permission denied", run.All);
        }
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public async Task BrokenSolution_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        var solution = tree.Write("Broken.sln", "this is not a solution file\n{{{\n");
        tree.Write("Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", solution, "--no-reports");

        AssertOneCleanLine(run, "cannot load solution");
    }

    [Fact]
    public async Task BrokenSolutionWithNoMsBuild_ScansItsFolderReported()
    {
        using var tree = new TempTree();
        var solution = tree.Write("Broken.sln", "this is not a solution file\n");
        tree.Write("Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", solution, "--no-reports", "--no-msbuild");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("SE1002", run.Output);
    }

    [Fact]
    public async Task MissingBaseline_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        tree.Write("Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports", "--baseline", tree["nope.json"]);

        AssertOneCleanLine(run, "baseline not found");
    }

    [Fact]
    public async Task MalformedBaseline_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        tree.Write("Signer.cs", Samples.Signer());
        var baseline = tree.Write("baseline.json", "{ not json");

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports", "--baseline", baseline);

        AssertOneCleanLine(run, "is not valid JSON");
    }

    [Fact]
    public async Task MalformedProperty_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        tree.Write("Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", tree.Root, "--no-reports", "-p", "NoEqualsSign");

        AssertOneCleanLine(run, "NAME=VALUE");
    }

    [Fact]
    public async Task ReportPathIsAFolder_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        tree.Write("src/Signer.cs", Samples.Signer());
        Directory.CreateDirectory(tree["out.sarif"]);

        var run = await Cli.RunAsync("scan", tree["src"], "--sarif", tree["out.sarif"]);

        AssertOneCleanLine(run, "cannot write");
    }

    [Fact]
    public async Task Cancellation_ExitsThreeWithOneLine()
    {
        using var tree = new TempTree();
        tree.Write("Signer.cs", Samples.Signer());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var run = await Cli.RunAsync(cancelled.Token, "scan", tree.Root, "--no-reports");

        Assert.True(run.ExitCode == 3, run.ToString());
        AssertNoStackTrace(run);
    }
}
