// SPDX-License-Identifier: MIT
using System.IO;
using System.Threading.Tasks;

namespace SourceExposure.Cli.Tests;

public sealed class BaselineTests
{
    [Fact]
    public async Task BaselinedFinding_AfterLineShift_NotReportedAsNew()
    {
        using var tree = new TempTree();
        var source = tree.Write("repo/Signer.cs", Samples.Signer());
        var baseline = tree["baseline.json"];
        var first = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--write-baseline", baseline);
        Assert.True(first.ExitCode == 1, first.ToString());
        Assert.DoesNotContain(Samples.SecretFragment, File.ReadAllText(baseline));

        File.WriteAllText(source, "// moved down by a header\n// and another line\n\n" + Samples.Signer().Replace("    static", "        static"));
        var second = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--baseline", baseline);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Signer.cs:8: warning SE1002", second.Output);
        Assert.Contains("[baseline]", second.Output);
        Assert.Contains("1 in baseline", second.Output);
    }

    [Fact]
    public async Task NewFindingNextToBaselined_IsReportedAndFails()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        var baseline = tree["baseline.json"];
        await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--write-baseline", baseline);

        tree.Write("repo/Second.cs", Samples.Signer("SecondSigner", "backupKey"));
        var run = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--baseline", baseline);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Result: 1 new finding(s)", run.Output);
    }

    [Fact]
    public async Task SameSecretMovedToOtherField_IsReportedAsNew()
    {
        using var tree = new TempTree();
        var source = tree.Write("repo/Signer.cs", Samples.Signer());
        var baseline = tree["baseline.json"];
        await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--write-baseline", baseline);

        File.WriteAllText(source, Samples.Signer(field: "otherKey"));
        var run = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--baseline", baseline);

        Assert.True(run.ExitCode == 1, run.ToString());
    }

    [Fact]
    public async Task TwoIdenticalFindingsInOneFile_ReportedWithDistinctFingerprints()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer() + "\n" + Samples.Signer().Replace("namespace Bank;", string.Empty));
        var sarif = tree["r.sarif"];

        await Cli.RunAsync("scan", tree["repo"], "--sarif", sarif);
        var text = File.ReadAllText(sarif);
        var fingerprints = System.Text.RegularExpressions.Regex.Matches(text, "\"sourceExposure/v1\": \"([0-9a-f]+)\"");

        Assert.Equal(2, fingerprints.Count);
        Assert.NotEqual(fingerprints[0].Groups[1].Value, fingerprints[1].Groups[1].Value);
    }
}
