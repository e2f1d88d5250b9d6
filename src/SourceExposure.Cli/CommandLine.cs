// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SourceExposure.Cli.Reporting;
using SourceExposure.Cli.Scanning;
using Spectre.Console;

namespace SourceExposure.Cli;

/// <summary>The commands, their options and the exit-code contract. Every failure ends as one line, never a stack trace.</summary>
internal static class CommandLine
{
    public const int Clean = 0;
    public const int FindingsAtThreshold = 1;
    public const int InputError = 2;
    public const int InternalError = 3;

    public const string ExitCodes = """
        Exit codes:
          0  nothing new at or above the --fail-on threshold
          1  findings at or above the threshold (not in the baseline or accepted by a live exception), or an expired exception
          2  usage or input error (missing path, nothing to scan, unreadable solution or baseline)
          3  internal error (details with --verbose)
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool plain, CancellationToken cancellationToken = default)
    {
        var verbose = args.Contains("--verbose");
        try
        {
            var root = Build(output, error, plain);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var parseError in parse.Errors)
                {
                    error.WriteLine("error: " + parseError.Message);
                }

                error.WriteLine("Run 'source-exposure --help' for usage.");
                return InputError;
            }

            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException e)
        {
            error.WriteLine("error: " + e.Message);
            return InputError;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("error: cancelled");
            return InternalError;
        }
        catch (Exception e)
        {
            error.WriteLine($"internal error: {e.GetType().Name}: {FirstLine(e.Message)}" + (verbose ? string.Empty : " (run with --verbose for details)"));
            if (verbose)
            {
                error.WriteLine(e.ToString());
            }

            return InternalError;
        }
    }

    private static RootCommand Build(TextWriter output, TextWriter error, bool plain)
    {
        var path = new Argument<string>("path") { Description = "A .sln/.slnx, .csproj, .cs file or a folder of sources." };
        var sarif = new Option<string?>("--sarif") { Description = "Write SARIF 2.1.0 to FILE.", HelpName = "FILE" };
        var html = new Option<string?>("--html") { Description = "Write the HTML compliance report to FILE.", HelpName = "FILE" };
        var noReports = new Option<bool>("--no-reports") { Description = "Write no report files (by default, with neither --sarif nor --html, report.sarif and report.html are written to the current directory)." };
        var baseline = new Option<string?>("--baseline") { Description = "An exceptions file (or older baseline) whose findings are reported but do not fail the run.", HelpName = "FILE" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write all current findings to FILE as an exceptions file with reason \"baseline\" (expiring after a year).", HelpName = "FILE" };
        var exceptions = new Option<string?>("--exceptions") { Description = "The approved-exceptions file (default: the nearest SourceExposure.exceptions.json in the scanned folder or a parent). Live entries are accepted; expired ones fail the run.", HelpName = "FILE" };
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that fails the run (exit 1).", DefaultValueFactory = _ => "warning", HelpName = "error|warning|note|none" };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "none");
        var noMsBuild = new Option<bool>("--no-msbuild") { Description = "Do not load projects with MSBuild; compile the .cs files ad hoc against .NET 8 reference assemblies." };
        var property = new Option<string[]>("--property", "-p") { Description = "MSBuild property visible to the analyzers, e.g. -p SourceExposureDelivery=hosted (repeatable).", HelpName = "NAME=VALUE", AllowMultipleArgumentsPerToken = false };
        var timing = new Option<bool>("--timing") { Description = "Print analyzer time against the compiler's own time, and throughput." };
        var verbose = new Option<bool>("--verbose") { Description = "More detail on progress and, on an internal error, the exception." };

        var scan = new Command("scan", "Scan a solution, project or folder and report what a source disclosure would expose.\n\n" + ExitCodes)
        {
            path, sarif, html, noReports, baseline, writeBaseline, exceptions, failOn, noMsBuild, property, timing, verbose,
        };
        scan.SetAction((parse, token) => ScanAsync(
            new ScanOptions(
                parse.GetValue(path)!,
                parse.GetValue(sarif),
                parse.GetValue(html),
                parse.GetValue(noReports),
                parse.GetValue(baseline),
                parse.GetValue(writeBaseline),
                parse.GetValue(failOn) ?? "warning",
                parse.GetValue(noMsBuild),
                ParseProperties(parse.GetValue(property) ?? []),
                parse.GetValue(timing),
                parse.GetValue(verbose))
            {
                Exceptions = parse.GetValue(exceptions),
            },
            output,
            error,
            plain,
            token));

        var artifactPath = new Argument<string>("path") { Description = "A .dll/.exe, a .nupkg/.snupkg, or a folder of build or publish output (read recursively, with its .pdb, .json, .config and .xml files)." };
        var config = new Option<string?>("--config") { Description = "A .globalconfig or .editorconfig whose source_exposure.* and dotnet_diagnostic.*.severity keys apply to every artifact (trade-secret namespaces, residency policy, SE2006.min_method_bytes).", HelpName = "FILE" };
        var inspect = new Command("inspect", "Inspect what ships (assemblies, symbols, resources, packages) as its recipient would, and report what it gives away.\n\n" + ExitCodes)
        {
            artifactPath, sarif, html, noReports, baseline, writeBaseline, failOn, config, verbose,
        };
        inspect.SetAction((parse, token) => InspectAsync(
            parse.GetValue(artifactPath)!,
            parse.GetValue(config),
            new ReportOptions(parse.GetValue(sarif), parse.GetValue(html), parse.GetValue(noReports), parse.GetValue(baseline), parse.GetValue(writeBaseline), parse.GetValue(failOn) ?? "warning", Timing: false),
            parse.GetValue(verbose),
            output,
            error,
            plain,
            token));

        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("text", "json");
        var listRules = new Command("list-rules", "Print the rule catalog: id, severity, title and help link.") { format };
        listRules.SetAction(parse => ListRules(output, parse.GetValue(format) ?? "text"));

        return new RootCommand("SourceExposure: find what a source disclosure of a C# code base would expose (secrets, trade-secret code, data-residency violations, hidden access paths).\n\n" + ExitCodes)
        {
            scan, inspect, listRules, Exceptions.ExceptionsCommand.Build(output, error, Today),
        };
    }

    internal sealed record ScanOptions(
        string Path,
        string? Sarif,
        string? Html,
        bool NoReports,
        string? Baseline,
        string? WriteBaseline,
        string FailOn,
        bool NoMsBuild,
        IReadOnlyDictionary<string, string> Properties,
        bool Timing,
        bool Verbose)
    {
        public string? Exceptions { get; init; }
    }

    /// <summary>The day expiries are judged against (UTC, as the analyzers do).</summary>
    internal static DateTime Today() => DateTime.UtcNow.Date;

    private static IReadOnlyDictionary<string, string> ParseProperties(string[] values)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            var separator = value.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new InputException($"--property expects NAME=VALUE, got '{value}'");
            }

            properties[value[..separator].Trim()] = value[(separator + 1)..].Trim();
        }

        return properties;
    }

    private static async Task<int> ScanAsync(ScanOptions options, TextWriter output, TextWriter error, bool plain, CancellationToken cancellationToken)
    {
        var baseline = options.Baseline is null ? null : Baseline.Load(options.Baseline);
        var scanRoot = Path.GetFullPath(options.Path);
        scanRoot = File.Exists(scanRoot) ? Path.GetDirectoryName(scanRoot)! : scanRoot;
        var exceptionsPath = options.Exceptions ?? (Directory.Exists(scanRoot) ? Exceptions.ExceptionSet.Find(scanRoot) : null);
        var exceptions = exceptionsPath is null ? null : options.Exceptions is null ? Exceptions.ExceptionSet.Load(exceptionsPath) : Exceptions.ExceptionSet.Load(exceptionsPath, scanRoot);
        var request = new ScanRequest(options.Path) { NoMsBuild = options.NoMsBuild, Properties = options.Properties, Timing = options.Timing };

        ScanResult result;
        if (plain)
        {
            result = await new Scanner(new PlainProgress(error, options.Verbose)).ScanAsync(request, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            result = await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Starting", context =>
                new Scanner(new SpectreProgress(context, console, options.Verbose)).ScanAsync(request, cancellationToken)).ConfigureAwait(false);
        }

        if (exceptions is not null)
        {
            exceptions.Apply(result, Today(), Exceptions.ExceptionSet.DefaultDueDays);
            result.ExceptionsFile = exceptions.Path;
        }

        return Report(result, baseline, new ReportOptions(options.Sarif, options.Html, options.NoReports, options.Baseline, options.WriteBaseline, options.FailOn, options.Timing), output, plain);
    }

    /// <summary>What both commands report and how: the console summary, SARIF, HTML, baselines and the exit code.</summary>
    internal sealed record ReportOptions(string? Sarif, string? Html, bool NoReports, string? Baseline, string? WriteBaseline, string FailOn, bool Timing);

    private static async Task<int> InspectAsync(string path, string? configPath, ReportOptions options, bool verbose, TextWriter output, TextWriter error, bool plain, CancellationToken cancellationToken)
    {
        var baseline = options.Baseline is null ? null : Baseline.Load(options.Baseline);
        var config = configPath is null ? Inspection.InspectConfig.Default : Inspection.InspectConfig.Load(configPath);
        var request = new Inspection.InspectRequest(path) { Config = config };

        ScanResult result;
        if (plain)
        {
            result = await Task.Run(() => new Inspection.Inspector(new PlainProgress(error, verbose)).Inspect(request, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            result = await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Starting", context =>
                Task.Run(() => new Inspection.Inspector(new SpectreProgress(context, console, verbose)).Inspect(request, cancellationToken), cancellationToken)).ConfigureAwait(false);
        }

        return Report(result, baseline, options, output, plain);
    }

    /// <summary>The one reporting path of <c>scan</c> and <c>inspect</c>.</summary>
    private static int Report(ScanResult result, Exceptions.ExceptionSet? baseline, ReportOptions options, TextWriter output, bool plain)
    {
        var catalog = RuleCatalog.Instance;
        baseline?.Apply(result, Today(), Exceptions.ExceptionSet.DefaultDueDays, asBaseline: true);

        // An accepted finding does not fail the run; an expired exception always does (unless --fail-on none): the
        // finding comes back whatever its severity, and SE0002 says whose approval lapsed.
        var threshold = Severities.Threshold(options.FailOn);
        var failing = result.Findings.Count(f => f.AcceptedBy is null && !f.InBaseline
            && (Severities.Rank(f.Severity) >= threshold || (options.FailOn != "none" && (f.ExpiredException is not null || f.RuleId == "SE0002"))));
        new ConsoleReport(output, plain).Write(result, catalog, options.FailOn, failing, options.Timing);

        var sarif = options.Sarif;
        var html = options.Html;
        if (sarif is null && html is null && !options.NoReports)
        {
            sarif = "report.sarif";
            html = "report.html";
        }

        if (sarif is not null && !options.NoReports)
        {
            WriteReport(sarif, () => SarifWriter.Write(sarif, result, catalog, baseline is not null));
            output.WriteLine("SARIF: " + Path.GetFullPath(sarif));
        }

        if (html is not null && !options.NoReports)
        {
            WriteReport(html, () => HtmlReport.Write(html, result, catalog));
            output.WriteLine("HTML report: " + Path.GetFullPath(html));
        }

        if (options.WriteBaseline is { } baselinePath)
        {
            WriteReport(baselinePath, () => Baseline.Write(baselinePath, result.Findings, Today()));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Baseline of {result.Findings.Count} finding(s): {Path.GetFullPath(baselinePath)}"));
        }

        return failing > 0 ? FindingsAtThreshold : Clean;
    }

    private static void WriteReport(string path, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write '{path}': {e.Message}");
        }
    }

    private static int ListRules(TextWriter output, string format)
    {
        var rules = RuleCatalog.Instance.Rules;
        if (format == "json")
        {
            var json = JsonSerializer.Serialize(
                rules.Select(r => new { id = r.Id, severity = Severities.Level(r.DefaultSeverity), title = r.Title, category = r.Category, enabled = r.Descriptor.IsEnabledByDefault, codeFix = r.HasCodeFix, helpUri = r.HelpUri }),
                new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            output.WriteLine(json);
            return Clean;
        }

        foreach (var rule in rules)
        {
            output.WriteLine($"{rule.Id}\t{Severities.Level(rule.DefaultSeverity)}\t{rule.Title}\t{rule.HelpUri}");
        }

        return Clean;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
