// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Cli.Scanning;

/// <summary>
/// Runs every SourceExposure analyzer and suppressor over the loaded compilations and turns what is reported, and not
/// suppressed, into <see cref="Finding"/>s, in display order with their fingerprints.
/// </summary>
internal sealed class AnalysisRunner
{
    private readonly IScanProgress progress;

    public AnalysisRunner(IScanProgress progress) => this.progress = progress;

    /// <summary>Analyzes every loaded compilation; a file shared by several compilations is counted once and its findings kept once.</summary>
    public async Task<ScanResult> RunAsync(LoadedInput input, ScanRequest request, List<string> warnings, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var (root, mode, units) = (input.Root, input.Mode, input.Units);
        var analyzers = RuleCatalog.Instance.Analyzers;
        var findings = new List<Finding>();
        var seen = new HashSet<(string, string?, int, int, string)>();
        var seenTrees = new HashSet<string>(StringComparer.Ordinal);
        long lines = 0;
        var analyzerTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var compilerTime = TimeSpan.Zero;
        var settings = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            progress.Unit(unit.Name, i, units.Count);
            foreach (var tree in unit.Compilation.SyntaxTrees)
            {
                if (!CompilationLoader.IsImplicitUsings(tree) && seenTrees.Add(tree.FilePath))
                {
                    lines += tree.GetText(cancellationToken).Lines.Count;
                }
            }

            if (request.Timing)
            {
                progress.Detail($"Compiling {unit.Name} (compiler diagnostics, for --timing)");
                var compileWatch = Stopwatch.StartNew();
                _ = unit.Compilation.Clone().GetDiagnostics(cancellationToken);
                compilerTime += compileWatch.Elapsed;
            }

            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                unit.Options,
                onAnalyzerException: (exception, analyzer, _) =>
                {
                    lock (exceptions)
                    {
                        exceptions.Add($"{analyzer.GetType().Name} failed in {unit.Name}: {exception.GetType().Name}: {exception.Message}");
                    }
                },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: request.Timing,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = unit.Compilation.WithAnalyzers(analyzers, options);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            warnings.AddRange(exceptions);
            foreach (var exception in exceptions)
            {
                progress.Warning(exception);
            }

            if (request.Timing)
            {
                foreach (var analyzer in analyzers)
                {
                    var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
                    var name = analyzer.GetType().Name;
                    analyzerTimes[name] = analyzerTimes.GetValueOrDefault(name) + telemetry.ExecutionTime;
                }
            }

            CollectSettings(unit, settings);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Hidden || diagnostic.IsSuppressed || diagnostic.Id == "AD0001")
                {
                    continue;
                }

                var finding = ToFinding(diagnostic, root, unit.Name, cancellationToken);
                if (seen.Add((finding.RuleId, finding.FullPath, finding.StartLine, finding.StartColumn, finding.Message)))
                {
                    findings.Add(finding);
                }
            }
        }

        findings.Sort(static (a, b) =>
        {
            var byPath = string.CompareOrdinal(a.DisplayPath, b.DisplayPath);
            if (byPath != 0)
            {
                return byPath;
            }

            var byLine = a.StartLine.CompareTo(b.StartLine);
            return byLine != 0 ? byLine : a.StartColumn != b.StartColumn ? a.StartColumn.CompareTo(b.StartColumn) : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        Fingerprints.Assign(findings);

        return new ScanResult
        {
            Root = root,
            Mode = mode,
            Findings = findings,
            Warnings = warnings,
            Projects = units.Select(u => u.Name).ToList(),
            Settings = settings.ToList(),
            Commit = GitCommit.Describe(root),
            Files = seenTrees.Count,
            Lines = lines,
            Elapsed = stopwatch.Elapsed,
            AnalyzerTime = request.Timing ? analyzerTimes.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b) : null,
            CompilerTime = request.Timing ? compilerTime : null,
            AnalyzerTimes = analyzerTimes.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value)).ToList(),
        };
    }

    /// <summary>
    /// The SourceExposure settings in effect somewhere in <paramref name="unit"/>, as <c>key = value</c>: its
    /// SourceExposure build properties, and the <c>source_exposure.*</c> and <c>dotnet_diagnostic.SE*</c> keys its
    /// .editorconfig and .globalconfig files set for any of its files. The HTML report shows them with the policy.
    /// </summary>
    private static void CollectSettings(AnalysisUnit unit, ISet<string> settings)
    {
        var provider = unit.Options.AnalyzerConfigOptionsProvider;
        var severities = unit.Compilation.Options.SyntaxTreeOptionsProvider;
        var ids = RuleCatalog.Instance.Rules.Select(r => r.Id).ToList();
        Add(provider.GlobalOptions);
        foreach (var id in ids)
        {
            if (severities?.TryGetGlobalDiagnosticValue(id, CancellationToken.None, out var global) == true)
            {
                settings.Add($"dotnet_diagnostic.{id}.severity = {SeverityWord(global)}");
            }
        }

        foreach (var tree in unit.Compilation.SyntaxTrees)
        {
            Add(provider.GetOptions(tree));
            foreach (var id in ids)
            {
                if (severities?.TryGetDiagnosticValue(tree, id, CancellationToken.None, out var severity) == true)
                {
                    settings.Add($"dotnet_diagnostic.{id}.severity = {SeverityWord(severity)}");
                }
            }
        }

        static string SeverityWord(ReportDiagnostic value) => value switch
        {
            ReportDiagnostic.Error => "error",
            ReportDiagnostic.Warn => "warning",
            ReportDiagnostic.Info => "suggestion",
            ReportDiagnostic.Hidden => "silent",
            ReportDiagnostic.Suppress => "none",
            _ => "default",
        };

        void Add(AnalyzerConfigOptions options)
        {
            foreach (var key in options.Keys)
            {
                var relevant = key.StartsWith("source_exposure.", StringComparison.OrdinalIgnoreCase)
                    || key.StartsWith("dotnet_diagnostic.SE", StringComparison.OrdinalIgnoreCase)
                    || key.StartsWith("build_property.SourceExposure", StringComparison.OrdinalIgnoreCase);
                if (relevant && options.TryGetValue(key, out var value) && value.Length > 0)
                {
                    settings.Add($"{key} = {value}");
                }
            }
        }
    }

    internal static Finding ToFinding(Diagnostic diagnostic, string root, string project, CancellationToken cancellationToken)
    {
        var location = diagnostic.Location;
        string? fullPath = null;
        int startLine = 0, startColumn = 0, endLine = 0, endColumn = 0;
        var snippet = string.Empty;
        var normalized = string.Empty;
        if (location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile)
        {
            var span = location.GetLineSpan();
            fullPath = string.IsNullOrEmpty(span.Path) ? null : span.Path;
            startLine = span.StartLinePosition.Line + 1;
            startColumn = span.StartLinePosition.Character + 1;
            endLine = span.EndLinePosition.Line + 1;
            endColumn = span.EndLinePosition.Character + 1;
            if (location.SourceTree is { } tree)
            {
                snippet = SnippetRedactor.ForSourceLine(tree, span.StartLinePosition.Line);
                var text = tree.GetText(cancellationToken);
                if (span.StartLinePosition.Line < text.Lines.Count)
                {
                    normalized = Fingerprints.CollapseWhitespace(text.Lines[span.StartLinePosition.Line].ToString());
                }
            }
            else if (fullPath is not null && SourceFiles.TryRead(fullPath, out var text, out _) && span.StartLinePosition.Line < text!.Lines.Count)
            {
                var line = text.Lines[span.StartLinePosition.Line].ToString();
                snippet = SnippetRedactor.ForPlainLine(line);
                normalized = Fingerprints.CollapseWhitespace(line);
            }
        }

        return new Finding(
            diagnostic.Id,
            diagnostic.Severity,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            fullPath,
            fullPath is null ? null : SourceFiles.Relative(root, fullPath),
            startLine,
            startColumn,
            endLine,
            endColumn,
            snippet,
            project)
        {
            NormalizedLine = normalized,
        };
    }
}
