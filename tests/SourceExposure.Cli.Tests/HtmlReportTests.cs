// SPDX-License-Identifier: MIT
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SourceExposure.Shared.Testing;

namespace SourceExposure.Cli.Tests;

public sealed class HtmlReportTests
{
    /// <summary>Two findings of different severities (the .editorconfig raises one folder to error), in two families' worth of rows.</summary>
    private static async Task<string> ReportAsync(TempTree tree)
    {
        tree.Write("repo/.editorconfig", "root = true\n[critical/**.cs]\ndotnet_diagnostic.SE1002.severity = error\n");
        tree.Write("repo/critical/Signer.cs", Samples.Signer());
        tree.Write("repo/legacy/Backup.cs", Samples.Signer("BackupSigner", "backupKey"));
        var html = tree["out/report.html"];
        var run = await Cli.RunAsync("scan", tree["repo"], "--html", html);
        Assert.True(File.Exists(html), run.ToString());
        return html;
    }

    [Fact]
    public async Task Report_IsSelfContainedWithoutRemoteResources()
    {
        using var tree = new TempTree();
        var text = File.ReadAllText(await ReportAsync(tree));

        Assert.DoesNotMatch(new Regex(@"<(script|img|iframe)[^>]*\ssrc=", RegexOptions.IgnoreCase), text);
        Assert.DoesNotMatch(new Regex(@"<link\b", RegexOptions.IgnoreCase), text);
        Assert.DoesNotContain("@import", text);
        Assert.DoesNotMatch(new Regex(@"url\(\s*['""]?https?:", RegexOptions.IgnoreCase), text);
        Assert.Contains("<svg id=\"family-chart\"", text);
        Assert.Contains("<script>", text);
    }

    [Fact]
    public async Task Report_ReportsRuleRationaleCitationsAndRedactedSnippets()
    {
        using var tree = new TempTree();
        var text = File.ReadAllText(await ReportAsync(tree));

        Assert.Contains("id=\"rule-SE1002\"", text);
        Assert.Contains("Why it matters", text);
        Assert.Contains("In the news", text);
        Assert.Contains("https://www.wsj.com/articles/microsoft-intel-ibm-push-back-on-china-cybersecurity-rules-1480587542", text);
        Assert.Contains("static readonly string signingKey = &quot;---…", text);
        Assert.DoesNotContain(Samples.SecretFragment, text);
        Assert.DoesNotContain("MIIEowIBAAKC", text);
        Assert.Equal(2, Regex.Matches(text, "<tr class=\"finding").Count);
    }

    /// <summary>
    /// Every quotation in the report's rule sections (one per rule, each with its summary, regimes, rationale and news)
    /// and in its regimes section is found word for word in ../shared/seeds, and every article is cited as
    /// docs/articles.md records it.
    /// </summary>
    [Fact]
    public void RuleAndRegimeSections_QuoteOnlyTheSeedsAndCiteAsArticlesMd()
    {
        var catalog = SourceExposure.Cli.RuleCatalog.Instance;
        var findings = catalog.Rules
            .Select(r => new SourceExposure.Cli.Scanning.Finding(r.Id, r.DefaultSeverity, "message", null, null, 0, 0, 0, 0, string.Empty, "p"))
            .ToList();
        var scan = new SourceExposure.Cli.Scanning.ScanResult { Root = "/x", Mode = "test", Findings = findings, Warnings = [], Projects = ["p"] };
        var html = SourceExposure.Cli.Reporting.HtmlReport.Render(scan, catalog, "2026-01-01 00:00 UTC");
        var start = html.IndexOf("<section id=\"rules\">", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start);
        var sections = html[start..end];
        Assert.Contains("<section id=\"regimes\">", sections);
        Assert.Equal(catalog.Rules.Length, Regex.Matches(sections, "<div class=\"rule\" id=\"rule-").Count);

        var seeds = Quotations.Seeds();
        var articles = ArticleList.Load(Path.Combine(Quotations.RepositoryRoot, "docs", "articles.md"));
        var blocks = Quotations.HtmlBlocks(sections);
        var problems = blocks.SelectMany(b => Quotations.Check("report", b, seeds, articles)).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(blocks.Sum(b => Quotations.InBlock(b, out _).Count) >= 30, "too few quotations in the report's rule sections to prove the check ran");
    }

    /// <summary>The report says what was scanned (commit, settings, policy), what to do about each finding and who owns it, and the regimes with their caveat.</summary>
    [Fact]
    public async Task Report_ShowsMetadataActionOwnerAndRegimes()
    {
        using var tree = new TempTree();
        tree.Write("repo/.editorconfig", "root = true\n[*.cs]\nsource_exposure.residency.home = cn\ndotnet_diagnostic.SE1002.severity = error\n");
        tree.Write("repo/Signer.cs", Samples.Signer());
        var commit = Git(tree["repo"], "init", "-q") is null ? null
            : Git(tree["repo"], "add", ".") is null ? null
            : Git(tree["repo"], "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "x") is null ? null
            : Git(tree["repo"], "rev-parse", "HEAD");
        var html = tree["out/report.html"];
        await Cli.RunAsync("scan", tree["repo"], "--html", html, "--fail-on", "none");
        var text = File.ReadAllText(html);

        Assert.Contains("<section id=\"metadata\">", text);
        Assert.Contains("source_exposure.residency.home = cn", text);
        Assert.Contains("dotnet_diagnostic.SE1002.severity = error", text);
        Assert.Matches("<th>Data-residency policy</th><td>[^<]*source_exposure.residency.home = cn", text);
        if (commit is not null)
        {
            Assert.Contains("<th>Commit</th><td>" + commit + "</td>", text);
        }

        var row = Regex.Match(text, "<tr class=\"finding[^>]*data-rule=\"SE1002\".*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("class=\"todo\">Replace the key pair", row);
        Assert.Contains("Owner: the developers who own the code", row);

        Assert.Contains("<section id=\"regimes\">", text);
        Assert.Contains("Not legal advice.", text);
        Assert.Matches("<section id=\"regimes\">.*<table>.*GDPR Chapter V", text.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Contains("https://github.com/source-exposure/SourceExposure/blob/main/docs/regimes.md#transfer-direction", text);
        Assert.DoesNotContain("report:begin", text);
        Assert.DoesNotContain("href=\"../regimes.md", text);
    }

    [Fact]
    public async Task Report_OutsideAGitWorkTree_SaysSo()
    {
        using var tree = new TempTree();
        var text = File.ReadAllText(await ReportAsync(tree));

        Assert.Contains("<th>Commit</th><td>not a git work tree (or git is not available)</td>", text);
        Assert.Contains("default: no home or allowed jurisdictions set", text);
    }

    private static string? Git(string folder, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [SkippableFact]
    public async Task Chromium_RendersRowsAndHashPresetFilterHidesOthers()
    {
        var chromium = FindChromium();
        Skip.If(chromium is null, "chromium is not installed (apt-get install -y chromium); the rendered-DOM check of the HTML report was skipped");

        using var tree = new TempTree();
        var html = await ReportAsync(tree);
        var url = new Uri(html).AbsoluteUri;

        var all = RunChromium(chromium!, tree, "--dump-dom", url);
        Assert.Equal(2, Regex.Matches(all, "<tr class=\"finding[^\"]*\"[^>]*>").Count);
        Assert.DoesNotMatch("<tr class=\"finding[^\"]*\"[^>]*hidden", all);
        Assert.Contains("2 of 2 findings shown", all);

        var errorsOnly = RunChromium(chromium!, tree, "--dump-dom", url + "#severity=error");
        var rows = Regex.Matches(errorsOnly, "<tr class=\"finding[^\"]*\"[^>]*>").Select(m => m.Value).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Single(rows, r => r.Contains("data-severity=\"warning\"") && r.Contains("hidden"));
        Assert.Single(rows, r => r.Contains("data-severity=\"error\"") && !r.Contains("hidden"));
        Assert.Contains("1 of 2 findings shown", errorsOnly);

        var combined = RunChromium(chromium!, tree, "--dump-dom", url + "#family=Secrets&rule=SE1002&severity=warning");
        Assert.Contains("1 of 2 findings shown", combined);
        Assert.Contains("data-filter-family=\"Secrets\"", combined);
        Assert.Contains("data-filter-severity=\"warning\"", combined);

        // A preset naming a rule with no findings is ignored rather than hiding everything.
        var unknown = RunChromium(chromium!, tree, "--dump-dom", url + "#rule=SE9999");
        Assert.Contains("2 of 2 findings shown", unknown);

        var screenshot = Path.Combine(TestResultsDirectory(), "html-report.png");
        File.Delete(screenshot);
        RunChromium(chromium!, tree, "--screenshot=" + screenshot, "--window-size=1280,1800", url);
        Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 10_000, "no screenshot at " + screenshot);
    }

    private static string? FindChromium()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string RunChromium(string chromium, TempTree tree, params string[] args)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--virtual-time-budget=5000",
            "--user-data-dir=" + Directory.CreateDirectory(tree["chromium-profile-" + Guid.NewGuid().ToString("N")[..8]]).FullName,
        })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 90 s: " + string.Join(' ', args));
        }

        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    /// <summary>tests/SourceExposure.Cli.Tests/TestResults, where dotnet test puts its results too.</summary>
    private static string TestResultsDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SourceExposure.Cli.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return Directory.CreateDirectory(Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults")).FullName;
    }
}
