// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Cli;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.RealCode;

/// <summary>One finding on real code, keyed so the key survives lines moving: rule, path and the text of the line.</summary>
internal sealed record CorpusFinding(string Key, string LineHash, string Rule, string Path, int Line, string KindGuess, string Snippet, string Message)
{
    public static readonly string[] Columns = ["key", "line_hash", "rule", "path", "line", "kind_guess", "snippet", "message"];

    public string[] ToRow() => [Key, LineHash, Rule, Path, Line.ToString(System.Globalization.CultureInfo.InvariantCulture), KindGuess, Snippet, Message];

    public static CorpusFinding FromRow(string[] row) => new(row[0], row[1], row[2], row[3], int.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture), row[5], row[6], row[7]);
}

/// <summary>Time of one compilation unit: the compiler's own work and each analyzer's, both single-threaded.</summary>
internal sealed record UnitCost(string Project, int Files, long Lines, TimeSpan Compiler, IReadOnlyDictionary<string, TimeSpan> Analyzers)
{
    /// <summary>The median compiler time and, separately, the median time of each analyzer over runs of one unit.</summary>
    public static UnitCost Median(IReadOnlyList<UnitCost> runs) => new(
        runs[0].Project,
        runs[0].Files,
        runs[0].Lines,
        MedianOf(runs.Select(r => r.Compiler)),
        runs[0].Analyzers.Keys.ToDictionary(name => name, name => MedianOf(runs.Select(r => r.Analyzers[name])), StringComparer.Ordinal));

    private static TimeSpan MedianOf(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>Runs every SourceExposure analyzer over one repository, through the scanner's source-drop loader.</summary>
internal static class CorpusRun
{
    /// <param name="repeats">With <paramref name="timing"/>: how many times each unit is timed; the median of each time is kept.</param>
    public static async Task<(List<CorpusFinding> Findings, List<UnitCost> Costs, List<string> Warnings)> AnalyzeAsync(string root, bool timing, int repeats = 1)
    {
        var loader = new CompilationLoader(NullProgress.Instance);
        var warnings = new List<string>();
        var request = new ScanRequest(root) { NoMsBuild = true };
        var analyzers = RuleCatalog.Instance.Analyzers;
        var findings = new List<Finding>();
        var costs = new List<UnitCost>();
        foreach (var unit in loader.CompileDrop(root, request, warnings))
        {
            var exceptions = new List<string>();
            var (diagnostics, _) = await AnalyzeOnceAsync(unit, analyzers, exceptions, timing: false).ConfigureAwait(false);
            warnings.AddRange(exceptions.Distinct());
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity != DiagnosticSeverity.Hidden && !diagnostic.IsSuppressed && diagnostic.Id.StartsWith("SE", StringComparison.Ordinal))
                {
                    findings.Add(AnalysisRunner.ToFinding(diagnostic, root, unit.Name, CancellationToken.None));
                }
            }

            if (timing)
            {
                // Each timed run starts from a fresh compilation and a collected heap; a pause of the garbage collector
                // lands on whichever analyzer runs at the time, so the median of several runs is kept, per analyzer.
                var runs = new List<UnitCost>();
                for (var i = 0; i < repeats; i++)
                {
                    var (_, cost) = await AnalyzeOnceAsync(unit, analyzers, [], timing: true).ConfigureAwait(false);
                    runs.Add(cost!);
                }

                costs.Add(UnitCost.Median(runs));
            }
        }

        return (Keyed(findings), costs, warnings);
    }

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, UnitCost? Cost)> AnalyzeOnceAsync(
        AnalysisUnit unit, ImmutableArray<DiagnosticAnalyzer> analyzers, List<string> exceptions, bool timing)
    {
        var compilation = timing ? unit.Compilation.Clone().WithOptions(unit.Compilation.Options.WithConcurrentBuild(false)) : unit.Compilation;
        var compilerTime = TimeSpan.Zero;
        if (timing)
        {
            // A fresh copy, so binding done here is not reused by the analyzer run below.
            var fresh = unit.Compilation.Clone().WithOptions(unit.Compilation.Options.WithConcurrentBuild(false));
            Collect();
            var watch = Stopwatch.StartNew();
            _ = fresh.GetDiagnostics();
            compilerTime = watch.Elapsed;
            Collect();
        }

        var options = new CompilationWithAnalyzersOptions(
            unit.Options,
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add($"AD0001 {analyzer.GetType().Name} in {unit.Name}: {exception.GetType().Name}: {exception.Message}");
                }
            },
            concurrentAnalysis: !timing,
            logAnalyzerExecutionTime: timing,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        if (!timing)
        {
            return (diagnostics, null);
        }

        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
            times[analyzer.GetType().Name] = telemetry.ExecutionTime;
        }

        var trees = unit.Compilation.SyntaxTrees.Where(t => !t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        return (diagnostics, new UnitCost(unit.Name, trees.Count, trees.Sum(t => (long)t.GetText().Lines.Count), compilerTime, times));
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>
    /// Findings in a stable order with their keys: a hash of rule, path, the whitespace-collapsed line and the
    /// finding's ordinal among identical ones. The line itself is never stored: it may hold a live secret.
    /// </summary>
    private static List<CorpusFinding> Keyed(List<Finding> findings)
    {
        var ordered = findings
            .Where(f => f.RelativePath is not null)
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new List<CorpusFinding>(ordered.Count);
        foreach (var finding in ordered)
        {
            var path = finding.RelativePath!;
            var lineHash = LineHash(finding.NormalizedLine);
            var identity = string.Join('\u001f', finding.RuleId, path, lineHash);
            seen.TryGetValue(identity, out var ordinal);
            seen[identity] = ordinal + 1;
            keyed.Add(new CorpusFinding(
                Hash(identity + '\u001f' + ordinal)[..16], lineHash, finding.RuleId, path, finding.StartLine, KindGuess(path),
                Clip(finding.Snippet, 160), Clip(finding.Message, 240)));
        }

        return keyed;
    }

    /// <summary>The hash a must-find row names its line by: SHA-256 of the line with whitespace collapsed, 12 hex digits.</summary>
    public static string LineHash(string normalizedLine) => Hash(normalizedLine)[..12];

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Clip(string text, int length)
    {
        var flat = text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
        return flat.Length <= length ? flat : flat[..length] + "…";
    }

    /// <summary>
    /// A first guess at the kind of code, from the path alone, for the triager to confirm: test, sample, docs or
    /// product. Deliberately independent of the analyzers' own test-code detection, which it is used to judge.
    /// </summary>
    public static string KindGuess(string path)
    {
        foreach (var segment in path.Split('/'))
        {
            var s = segment.ToLowerInvariant();
            if (s is "test" or "tests" or "unittest" or "unittests" or "integrationtest" or "integrationtests" or "livetests" or "specs" or "testing" or "benchmarks" or "benchmark"
                || s.EndsWith(".tests", StringComparison.Ordinal) || s.EndsWith(".test", StringComparison.Ordinal) || s.EndsWith(".unittests", StringComparison.Ordinal)
                || s.EndsWith(".specs", StringComparison.Ordinal) || s.EndsWith(".integrationtests", StringComparison.Ordinal) || s.EndsWith(".benchmarks", StringComparison.Ordinal)
                || s.EndsWith("tests", StringComparison.Ordinal) && !s.EndsWith(".cs", StringComparison.Ordinal))
            {
                return "test";
            }

            if (s is "sample" or "samples" or "example" or "examples" or "demo" or "demos" || s.Contains("sample", StringComparison.Ordinal) || s.Contains("demo", StringComparison.Ordinal))
            {
                return "sample";
            }

            if (s is "docs" or "doc" or "documentation")
            {
                return "docs";
            }
        }

        return path.EndsWith("Tests.cs", StringComparison.Ordinal) || path.EndsWith("Test.cs", StringComparison.Ordinal) ? "test" : "product";
    }
}
