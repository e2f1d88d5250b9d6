// SPDX-License-Identifier: MIT
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SourceExposure.Cli.Scanning;
using Spectre.Console;

namespace SourceExposure.Cli.Reporting;

/// <summary>
/// The console summary: totals, findings by family and rule, top files, then every finding with file:line, rule,
/// severity, message and help link. Rich (Spectre.Console tables) on a terminal; plain lines when output is
/// redirected or CI=true, so logs stay greppable.
/// </summary>
internal sealed class ConsoleReport(TextWriter output, bool plain)
{
    private const int TopFiles = 10;

    public void Write(ScanResult scan, RuleCatalog catalog, string failOn, int failing, bool timing)
    {
        var findings = scan.Findings;
        var header = scan.Inspection
            ? string.Create(CultureInfo.InvariantCulture, $"Inspected {scan.Root} as its recipient would: {scan.Inventory} in {scan.Elapsed.TotalSeconds:0.0} s")
            : string.Create(CultureInfo.InvariantCulture, $"Scanned {scan.Root} ({scan.Mode}): {scan.Projects.Count} project(s), {scan.Files} file(s), {scan.Lines:N0} lines in {scan.Elapsed.TotalSeconds:0.0} s");
        var totals = string.Create(CultureInfo.InvariantCulture, $"{findings.Count} finding(s): {Count(scan, DiagnosticSeverity.Error)} error(s), {Count(scan, DiagnosticSeverity.Warning)} warning(s), {Count(scan, DiagnosticSeverity.Info)} note(s){(findings.Any(f => f.InBaseline) ? $"; {findings.Count(f => f.InBaseline)} in baseline" : string.Empty)}{(findings.Any(f => f.AcceptedBy is not null && !f.InBaseline) ? $"; {findings.Count(f => f.AcceptedBy is not null && !f.InBaseline)} accepted by approved exceptions" : string.Empty)}");
        if (plain)
        {
            WritePlain(scan, catalog, header, totals);
        }
        else
        {
            WriteRich(scan, catalog, header, totals);
        }

        if (timing && scan.AnalyzerTime is { } analyzers && scan.CompilerTime is { } compiler)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Timing: analyzers {analyzers.TotalSeconds:0.000} s (sum over analyzers), compiler {compiler.TotalSeconds:0.000} s (GetDiagnostics), ratio {(compiler.TotalSeconds > 0 ? analyzers.TotalSeconds / compiler.TotalSeconds : 0):0.00}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Throughput: {scan.Files / Math.Max(scan.Elapsed.TotalSeconds, 0.001):0} files/s, {scan.Lines / Math.Max(scan.Elapsed.TotalSeconds, 0.001):0} lines/s (wall clock, loading included)"));
            foreach (var (analyzer, time) in scan.AnalyzerTimes.Take(10))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {analyzer,-48} {time.TotalSeconds:0.000} s"));
            }
        }

        output.WriteLine();
        output.WriteLine(failOn == "none"
            ? "Result: --fail-on none, exit 0."
            : failing == 0
                ? $"Result: nothing new at or above '{failOn}', exit 0."
                : $"Result: {failing} new finding(s) at or above '{failOn}', exit 1.");
    }

    private static int Count(ScanResult scan, DiagnosticSeverity severity) => scan.Findings.Count(f => f.Severity == severity);

    private void WritePlain(ScanResult scan, RuleCatalog catalog, string header, string totals)
    {
        output.WriteLine(header);
        foreach (var warning in scan.Warnings)
        {
            output.WriteLine("warning: " + warning);
        }

        output.WriteLine(totals);
        if (scan.Findings.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("By family and rule:");
        foreach (var family in scan.Findings.GroupBy(f => RuleCatalog.FamilyName(f.RuleId)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {family.Key}: {family.Count()}");
            foreach (var rule in family.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"    {rule.Key} {Title(catalog, rule.Key)}: {rule.Count()}");
            }
        }

        output.WriteLine();
        output.WriteLine("Top files:");
        foreach (var file in scan.Findings.GroupBy(f => f.DisplayPath).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(TopFiles))
        {
            output.WriteLine($"  {file.Key}: {file.Count()}");
        }

        output.WriteLine();
        output.WriteLine("Findings:");
        foreach (var finding in scan.Findings)
        {
            output.WriteLine($"{finding.Location}: {Severities.Level(finding.Severity)} {finding.RuleId}: {finding.Message}{(finding.AcceptedTag is { } tag ? $" [{tag}]" : string.Empty)} ({Help(catalog, finding.RuleId)})");
            if (finding.Snippet.Length > 0)
            {
                output.WriteLine("    " + finding.Snippet);
            }
        }
    }

    private void WriteRich(ScanResult scan, RuleCatalog catalog, string header, string totals)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.MarkupLine("[bold]" + Markup.Escape(header) + "[/]");
        foreach (var warning in scan.Warnings)
        {
            console.MarkupLine("[yellow]warning:[/] " + Markup.Escape(warning));
        }

        console.MarkupLine((scan.Findings.Count == 0 ? "[green]" : "[bold]") + Markup.Escape(totals) + "[/]");
        if (scan.Findings.Count == 0)
        {
            return;
        }

        var byRule = new Table().Title("Findings by family and rule").AddColumns("Family", "Rule", "Title", "Findings");
        foreach (var rule in scan.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            byRule.AddRow(Markup.Escape(RuleCatalog.FamilyName(rule.Key)), Markup.Escape(rule.Key), Markup.Escape(Title(catalog, rule.Key)), rule.Count().ToString(CultureInfo.InvariantCulture));
        }

        console.Write(byRule);
        var files = new Table().Title("Top files").AddColumns("File", "Findings");
        foreach (var file in scan.Findings.GroupBy(f => f.DisplayPath).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(TopFiles))
        {
            files.AddRow(Markup.Escape(file.Key), file.Count().ToString(CultureInfo.InvariantCulture));
        }

        console.Write(files);
        console.WriteLine();
        foreach (var finding in scan.Findings)
        {
            var color = finding.Severity switch { DiagnosticSeverity.Error => "red", DiagnosticSeverity.Warning => "yellow", _ => "blue" };
            console.MarkupLine($"[bold]{Markup.Escape(finding.Location)}[/] [{color}]{Severities.Level(finding.Severity)}[/] [bold]{Markup.Escape(finding.RuleId)}[/]{(finding.AcceptedTag is { } tag ? $" [grey]({Markup.Escape(tag)})[/]" : string.Empty)}: {Markup.Escape(finding.Message)}");
            if (finding.Snippet.Length > 0)
            {
                console.MarkupLine("    [grey]" + Markup.Escape(finding.Snippet) + "[/]");
            }

            console.MarkupLine("    [link]" + Markup.Escape(Help(catalog, finding.RuleId)) + "[/]");
        }
    }

    private static string Title(RuleCatalog catalog, string id) => catalog.ById.TryGetValue(id, out var rule) ? rule.Title : id;

    private static string Help(RuleCatalog catalog, string id) => catalog.ById.TryGetValue(id, out var rule) ? rule.HelpUri : string.Empty;
}
