// SPDX-License-Identifier: MIT
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace SourceExposure.Cli.Tests;

/// <summary>
/// <c>exceptions add|list|prune</c> and <c>scan</c> with SourceExposure.exceptions.json. Dates are computed from today
/// (UTC, as the tool judges them), never fixed, so the tests do not depend on the calendar.
/// </summary>
public sealed class ExceptionsCommandTests
{
    private static string Date(int daysFromToday) => DateTime.UtcNow.Date.AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<CliRun> AddAllAsync(TempTree tree, string path, int expiresInDays = 90, params string[] extra)
        => Cli.RunAsync(["exceptions", "add", path, "--all", "--reason", "rotating the key", "--approver", "Jane Compliance", "--expires", Date(expiresInDays), "--ticket", "SEC-15", "--no-msbuild", .. extra]);

    /// <summary>Moves every entry's dates so it expired <paramref name="daysAgo"/> days ago.</summary>
    private static void Expire(string file, int daysAgo)
    {
        var text = File.ReadAllText(file);
        using var document = JsonDocument.Parse(text);
        foreach (var entry in document.RootElement.GetProperty("exceptions").EnumerateArray())
        {
            text = text.Replace($"\"approved\": \"{entry.GetProperty("approved").GetString()}\"", $"\"approved\": \"{Date(-daysAgo - 30)}\"", StringComparison.Ordinal)
                       .Replace($"\"expires\": \"{entry.GetProperty("expires").GetString()}\"", $"\"expires\": \"{Date(-daysAgo)}\"", StringComparison.Ordinal);
        }

        File.WriteAllText(file, text);
    }

    [Fact]
    public async Task AddAll_ThenScan_AcceptsEveryFinding_AndExitsZero()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        var add = await AddAllAsync(tree, tree["repo"]);
        Assert.True(add.ExitCode == 0, add.ToString());
        var file = tree["repo/SourceExposure.exceptions.json"];
        var text = File.ReadAllText(file);
        Assert.DoesNotContain(Samples.SecretFragment, text);
        Assert.DoesNotContain("BEGIN RSA", text);
        Assert.Contains("\"approver\": \"Jane Compliance\"", text);
        Assert.Contains("\"path\": \"Signer.cs\"", text);

        var scan = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild");
        Assert.True(scan.ExitCode == 0, scan.ToString());
        Assert.Contains($"[accepted until {Date(90)}]", scan.Output);
        Assert.DoesNotContain(Samples.SecretFragment, scan.All);
    }

    [Fact]
    public async Task ExpiredEntry_BringsTheFindingBackWithSE0002_AndFails()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        await AddAllAsync(tree, tree["repo"]);
        Expire(tree["repo/SourceExposure.exceptions.json"], daysAgo: 3);

        var scan = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild");

        Assert.True(scan.ExitCode == 1, scan.ToString());
        Assert.Contains($"Signer.cs:5: warning SE0002: The approved exception for this SE1002 finding expired on {Date(-3)} (approved by Jane Compliance)", scan.Output);
        Assert.Contains("Signer.cs:5: warning SE1002", scan.Output);
        Assert.DoesNotContain("[accepted", scan.Output);
    }

    [Fact]
    public async Task ExpiredEntry_FailsEvenBelowTheThreshold()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        await AddAllAsync(tree, tree["repo"]);
        Expire(tree["repo/SourceExposure.exceptions.json"], daysAgo: 1);

        var scan = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild", "--fail-on", "error");

        Assert.True(scan.ExitCode == 1, scan.ToString());
    }

    [Fact]
    public async Task DueEntry_IsAcceptedWithAnSE0003Note()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        await AddAllAsync(tree, tree["repo"], expiresInDays: 7);

        var scan = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild");

        Assert.True(scan.ExitCode == 0, scan.ToString());
        Assert.Contains("note SE0003", scan.Output);
        Assert.Contains("in 7 day(s)", scan.Output);
    }

    [Fact]
    public async Task Fingerprint_SurvivesLinesMoving_ButNotTheSecretChanging()
    {
        using var tree = new TempTree();
        var source = tree.Write("repo/Signer.cs", Samples.Signer());
        await AddAllAsync(tree, tree["repo"]);

        File.WriteAllText(source, "// a header\n// moved down\n\n" + Samples.Signer().Replace("    static", "        static", StringComparison.Ordinal));
        var moved = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild");
        Assert.True(moved.ExitCode == 0, moved.ToString());
        Assert.Contains("Signer.cs:8: warning SE1002", moved.Output);

        File.WriteAllText(source, Samples.Signer().Replace("u1SU1LfV", "u1SU1LfW", StringComparison.Ordinal));
        var changed = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild");
        Assert.True(changed.ExitCode == 1, changed.ToString());
    }

    [Fact]
    public async Task AddTwice_KeepsEveryEntry_AndAddsNoDuplicate()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        await AddAllAsync(tree, tree["repo"]);
        tree.Write("repo/Second.cs", Samples.Signer("SecondSigner", "backupKey"));

        var second = await AddAllAsync(tree, tree["repo"], 120);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("1 exception(s) added, 1 finding(s) already accepted, 1 existing entry kept", second.Output);
        using var document = JsonDocument.Parse(File.ReadAllText(tree["repo/SourceExposure.exceptions.json"]));
        var entries = document.RootElement.GetProperty("exceptions").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(Date(90), entries[0].GetProperty("expires").GetString());
        Assert.Equal(Date(120), entries[1].GetProperty("expires").GetString());
        Assert.Empty(Directory.GetFiles(tree["repo"], "*.tmp"));
    }

    [Fact]
    public async Task ListAndPrune_ShowStatus_AndRemoveUnusedAndExpired()
    {
        using var tree = new TempTree();
        var second = tree.Write("repo/Second.cs", Samples.Signer("SecondSigner", "backupKey"));
        tree.Write("repo/Signer.cs", Samples.Signer());
        await AddAllAsync(tree, tree["repo"]);
        File.Delete(second);

        var list = await Cli.RunAsync("exceptions", "list", tree["repo"], "--no-msbuild");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("unused  SE1002 Second.cs", list.Output);
        Assert.Contains("live    SE1002 Signer.cs", list.Output);
        Assert.Contains("Status: 1 live, 1 unused", list.Output);

        var prune = await Cli.RunAsync("exceptions", "prune", tree["repo"], "--no-msbuild");
        Assert.True(prune.ExitCode == 0, prune.ToString());
        Assert.Contains("1 entry removed, 1 kept", prune.Output);

        Expire(tree["repo/SourceExposure.exceptions.json"], daysAgo: 2);
        var kept = await Cli.RunAsync("exceptions", "prune", tree["repo"], "--no-msbuild");
        Assert.Contains("0 entries removed, 1 kept", kept.Output);
        var expired = await Cli.RunAsync("exceptions", "prune", tree["repo"], "--expired", "--no-msbuild");
        Assert.Contains("1 entry removed, 0 kept", expired.Output);
    }

    [Fact]
    public async Task Reports_CarryTheJustification_AndTheAcceptedRisksSection()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        await AddAllAsync(tree, tree["repo"], expiresInDays: 10);

        var scan = await Cli.RunAsync("scan", tree["repo"], "--no-msbuild", "--sarif", tree["r.sarif"], "--html", tree["r.html"]);

        Assert.True(scan.ExitCode == 0, scan.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(tree["r.sarif"]));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "SE1002");
        var suppression = result.GetProperty("suppressions")[0];
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Equal("accepted", suppression.GetProperty("status").GetString());
        Assert.Equal($"approved exception: rotating the key (Jane Compliance, until {Date(10)}) [SEC-15]", suppression.GetProperty("justification").GetString());

        var html = File.ReadAllText(tree["r.html"]);
        Assert.Contains("<h2>Accepted risks</h2>", html);
        Assert.Contains("class=\"risk-due\"", html);
        Assert.Contains("Jane Compliance", html);
        Assert.DoesNotContain(Samples.SecretFragment, html);
    }

    [Theory]
    [InlineData("--expires", "next-year", "is not a date in the form YYYY-MM-DD")]
    [InlineData("--expires", "2001-01-01", "is in the past")]
    [InlineData("--rule", "SE9999", "is not a SourceExposure rule")]
    [InlineData("--reason", " ", "needs --reason, --approver and --expires")]
    public async Task AddWithBadInput_ExitsTwo_AndWritesNothing(string option, string value, string message)
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        string[] args = ["exceptions", "add", tree["repo"], "--reason", "r", "--approver", "a", "--expires", Date(30), "--no-msbuild"];
        args = option == "--rule" ? [.. args, option, value] : [.. args.Select((a, i) => i > 0 && args[i - 1] == option ? value : a), "--all"];

        var run = await Cli.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Error);
        Assert.False(File.Exists(tree["repo/SourceExposure.exceptions.json"]));
    }

    [Theory]
    [InlineData("{ \"exceptions\": [", "is not valid JSON")]
    [InlineData("{ \"exceptions\": [ { \"rule\": \"SE1002\", \"fingerprint\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"reason\": \"r\", \"approver\": \"a\", \"approved\": \"2026-01-01\", \"expires\": \"2026-02-31\" } ] }", "entry 1 (SE1002) (line 1): \"expires\" date '2026-02-31' does not parse")]
    [InlineData("{ \"exceptions\": [ { \"rule\": \"SE1002\", \"fingerprint\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"reason\": \"r\", \"approver\": \"a\", \"approved\": \"2026-01-01\", \"expires\": \"2026-02-01\" }, { \"rule\": \"SE1002\", \"fingerprint\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"reason\": \"r\", \"approver\": \"a\", \"approved\": \"2026-01-01\", \"expires\": \"2026-02-01\" } ] }", "duplicate fingerprint")]
    public async Task MalformedExceptionsFile_ScanAndAddExitTwo_AndTheFileIsUntouched(string content, string message)
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        var file = tree.Write("repo/SourceExposure.exceptions.json", content);

        var scan = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild");
        var add = await AddAllAsync(tree, tree["repo"]);

        Assert.True(scan.ExitCode == 2, scan.ToString());
        Assert.Contains(message, scan.Error);
        Assert.Single(scan.Error.Trim().Split('\n'));
        Assert.True(add.ExitCode == 2, add.ToString());
        Assert.Equal(content, File.ReadAllText(file));
    }

    [Fact]
    public async Task NamedFileMissing_ScanExitsTwo()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());

        var scan = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild", "--exceptions", tree["nope.json"]);

        Assert.True(scan.ExitCode == 2, scan.ToString());
        Assert.Contains("exceptions file not found", scan.Error);
    }

    [Fact]
    public async Task WrittenBaseline_IsAnExceptionsFileWithReasonBaseline()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild", "--write-baseline", tree["baseline.json"]);

        using var document = JsonDocument.Parse(File.ReadAllText(tree["baseline.json"]));
        var entry = Assert.Single(document.RootElement.GetProperty("exceptions").EnumerateArray());
        Assert.Equal("baseline", entry.GetProperty("reason").GetString());
        Assert.Equal(Date(365), entry.GetProperty("expires").GetString());

        File.Copy(tree["baseline.json"], tree["repo/SourceExposure.exceptions.json"]);
        var scan = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild");
        Assert.True(scan.ExitCode == 0, scan.ToString());
    }

    [Fact]
    public async Task OldBaselineFormat_IsStillRead()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());
        await Cli.RunAsync("scan", tree["repo"], "--no-msbuild", "--sarif", tree["r.sarif"]);
        using var sarif = JsonDocument.Parse(File.ReadAllText(tree["r.sarif"]));
        var fingerprint = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty("sourceExposure/v1").GetString();
        tree.Write("old.json", $$"""{ "version": 1, "tool": "source-exposure", "findings": [ { "fingerprint": "{{fingerprint}}", "ruleId": "SE1002", "path": "Signer.cs", "message": "x" } ] }""");

        var scan = await Cli.RunAsync("scan", tree["repo"], "--no-reports", "--no-msbuild", "--baseline", tree["old.json"]);

        Assert.True(scan.ExitCode == 0, scan.ToString());
        Assert.Contains("[baseline]", scan.Output);
    }
}
