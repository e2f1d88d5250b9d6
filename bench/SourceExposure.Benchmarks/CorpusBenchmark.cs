// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Benchmarks;

/// <summary>
/// The whole-corpus driver. For each corpus (the generated code base and samples/BankGateway when present) it measures:
/// <list type="bullet">
/// <item>the compiler: <c>compilation.GetDiagnostics()</c> on a fresh compilation (declaration, binding, flow and
/// nullable analysis), single-threaded;</item>
/// <item>the floor: a walk over every token and trivia of the same trees, single-threaded;</item>
/// <item>each analyzer: its execution time from <c>GetAnalyzerTelemetryInfoAsync</c> with
/// <c>logAnalyzerExecutionTime: true</c> and concurrent analysis off (so times are per-thread CPU-like, as the
/// compiler's are);</item>
/// <item>wall clock: a concurrent run of the compiler plus all analyzers (<c>GetAllDiagnosticsAsync</c>) against a
/// concurrent <c>GetDiagnostics()</c> alone; the difference is what the analyzers add to a build.</item>
/// </list>
/// Every measurement is warmed up once and repeated; the median is reported.
/// </summary>
public static class CorpusBenchmark
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static int Run(string[] args)
    {
        var lines = IntOption(args, "--lines", 200_000);
        var repeat = IntOption(args, "--repeat", 5);
        var root = RepositoryRoot();
        var output = StringOption(args, "--output") ?? (root is null ? "RESULTS.md" : Path.Combine(root, "bench", "RESULTS.md"));
        var analyzers = AnalyzerCatalog.CreateAll();
        Console.WriteLine($"{analyzers.Length} analyzers: {string.Join(", ", analyzers.Select(a => a.GetType().Name))}");

        var report = new StringBuilder();
        report.AppendLine("# Benchmark results");
        report.AppendLine();
        report.AppendLine("Analyzer time as a ratio of the compiler's own `compilation.GetDiagnostics()` time on the same compilation, and of the");
        report.AppendLine("floor (a walk over every token and trivia of the same trees). Produced by");
        report.AppendLine($"`dotnet run -c Release --project bench/SourceExposure.Benchmarks -- corpus --lines {lines} --repeat {repeat}`; see bench/README.md.");
        report.AppendLine();
        AppendMachine(report);

        var generated = CorpusGenerator.Generate(lines);
        var generatedLines = generated.Sum(f => CorpusGenerator.CountLines(f.Text));
        var sections = new List<(string Title, List<(string Path, string Text)> Files, int Repeat)>
        {
            ($"Generated code base ({generated.Count} files, {generatedLines:N0} lines, seed 20260101)", generated.Select(f => ("/corpus/" + f.Name, f.Text)).ToList(), repeat),
        };

        var sample = root is null ? null : Path.Combine(root, "samples", "BankGateway");
        if (sample is not null && Directory.Exists(sample))
        {
            var files = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
                .Where(p => !IsBuildOutput(p))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (p, File.ReadAllText(p)))
                .ToList();
            var sampleLines = files.Sum(f => CorpusGenerator.CountLines(f.Item2));

            // A small corpus: more repetitions so the median is stable.
            sections.Add(($"samples/BankGateway ({files.Count} files, {sampleLines:N0} lines)", files, Math.Max(repeat, 15)));
        }
        else
        {
            report.AppendLine("_samples/BankGateway was not found; only the generated code base was measured._");
            report.AppendLine();
        }

        foreach (var (title, files, count) in sections)
        {
            Console.WriteLine($"== {title}");
            var trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), ParseOptions, f.Path)).ToImmutableArray();
            var section = Measure(trees, analyzers, count);
            report.AppendLine("## " + title);
            report.AppendLine();
            report.Append(section);
            report.AppendLine();
        }

        File.WriteAllText(output, report.ToString());
        Console.WriteLine($"Wrote {output}");
        return 0;
    }

    private static string Measure(ImmutableArray<SyntaxTree> trees, ImmutableArray<DiagnosticAnalyzer> analyzers, int repeat)
    {
        var references = Basic.Reference.Assemblies.Net80.References.All.ToImmutableArray<MetadataReference>();
        CSharpCompilation Fresh(bool concurrent) => CSharpCompilation.Create(
            "Corpus",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, concurrentBuild: concurrent)
                .WithSpecificDiagnosticOptions(analyzers.SelectMany(AnalyzerCatalog.Ids).Distinct().ToDictionary(id => id, _ => ReportDiagnostic.Warn)));

        var compilerDiagnostics = Fresh(concurrent: false).GetDiagnostics();
        var errors = compilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"compiler: {errors} error(s), {compilerDiagnostics.Length} diagnostic(s)");
        foreach (var error in compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5))
        {
            Console.WriteLine("  " + error);
        }

        var compiler = Median(repeat, () => Time(() => Fresh(concurrent: false).GetDiagnostics()));
        Console.WriteLine($"compiler GetDiagnostics (1 thread): {compiler:F1} ms");
        var walk = Median(repeat, () => Time(() => WalkTokens(trees)));
        Console.WriteLine($"token walk floor: {walk:F1} ms");

        // Per-analyzer execution times, one thread, telemetry on.
        var perAnalyzer = analyzers.ToDictionary(a => a, _ => new List<double>());
        var findings = new Dictionary<DiagnosticAnalyzer, int>();
        var crashes = 0;
        for (var i = 0; i <= repeat; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var withAnalyzers = Fresh(concurrent: false).WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            if (i == 0)
            {
                // The warm-up run: count findings and crashes, do not time.
                crashes = diagnostics.Count(d => d.Id == "AD0001");
                foreach (var analyzer in analyzers)
                {
                    var ids = AnalyzerCatalog.Ids(analyzer).ToHashSet(StringComparer.Ordinal);
                    findings[analyzer] = diagnostics.Count(d => ids.Contains(d.Id));
                }

                continue;
            }

            foreach (var analyzer in analyzers)
            {
                var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                perAnalyzer[analyzer].Add(telemetry.ExecutionTime.TotalMilliseconds);
            }
        }

        // Wall clock with concurrency on, as a build runs: compiler alone against compiler plus every analyzer.
        var compilerWall = Median(repeat, () => Time(() => Fresh(concurrent: true).GetDiagnostics()));
        var allWall = Median(repeat, () => Time(() => Fresh(concurrent: true).WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false))
            .GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()));
        Console.WriteLine($"wall clock: compiler {compilerWall:F1} ms, compiler + analyzers {allWall:F1} ms");

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Compiler: {errors} error(s) in the compilation (net8.0 reference assemblies); analyzer exceptions (AD0001): {crashes}.");
        table.AppendLine();
        table.AppendLine("| Measured | Time (ms) | / compiler | / token walk | Target (/ compiler) | Findings |");
        table.AppendLine("| --- | ---: | ---: | ---: | --- | ---: |");
        Row(table, "Compiler `GetDiagnostics()` (1 thread)", compiler, compiler, walk, "", "");
        Row(table, "Token and trivia walk (floor, 1 thread)", walk, compiler, walk, "", "");
        var medians = perAnalyzer.ToDictionary(p => p.Key, p => MedianOf(p.Value));
        foreach (var analyzer in analyzers)
        {
            Row(table, analyzer.GetType().Name, medians[analyzer], compiler, walk, "", findings[analyzer].ToString(CultureInfo.InvariantCulture));
        }

        foreach (var family in analyzers.GroupBy(AnalyzerCatalog.FamilyOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sum = family.Sum(a => medians[a]);
            var target = AnalyzerCatalog.FamilyTargets.TryGetValue(family.Key, out var t) ? Verdict(sum / compiler, t) : "";
            Row(table, $"**{family.Key} family ({family.Count()} analyzer(s))**", sum, compiler, walk, target, family.Sum(a => findings[a]).ToString(CultureInfo.InvariantCulture));
        }

        var total = medians.Values.Sum();
        Row(table, $"**All analyzers ({analyzers.Length})**", total, compiler, walk, Verdict(total / compiler, 0.10) + "; floor " + Verdict(total / walk, 3.0, "×"), findings.Values.Sum().ToString(CultureInfo.InvariantCulture));
        table.AppendLine();
        var overhead = allWall - compilerWall;
        table.AppendLine(CultureInfo.InvariantCulture, $"Wall clock, concurrency on: compiler alone {compilerWall:F0} ms; compiler and all analyzers (`GetAllDiagnosticsAsync`) {allWall:F0} ms; analyzers add {overhead:F0} ms = {overhead / compilerWall:F3} of the compiler's wall time ({(overhead / compilerWall <= 0.10 ? "meets" : "misses")} ≤ 0.10). The driver's own cost of raising compilation events is part of this difference.");
        Console.WriteLine(table);
        return table.ToString();
    }

    private static void Row(StringBuilder table, string name, double ms, double compiler, double walk, string target, string findings)
        => table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {ms:F1} | {ms / compiler:F4} | {ms / walk:F2} | {target} | {findings} |");

    private static string Verdict(double ratio, double target, string unit = "")
        => string.Create(CultureInfo.InvariantCulture, $"≤ {target}{unit}: {(ratio <= target ? "meets" : "**misses**")}");

    /// <summary>The floor: touch every token and every trivia of every tree, as the cheapest possible syntax analyzer would.</summary>
    public static long WalkTokens(IEnumerable<SyntaxTree> trees)
    {
        long sum = 0;
        foreach (var tree in trees)
        {
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                sum += token.RawKind + token.Span.Length;
                foreach (var trivia in token.LeadingTrivia)
                {
                    sum += trivia.RawKind + trivia.Span.Length;
                }

                foreach (var trivia in token.TrailingTrivia)
                {
                    sum += trivia.RawKind + trivia.Span.Length;
                }
            }
        }

        return sum;
    }

    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Time<T>(Func<T> action) => Time(() => { _ = action(); });

    /// <summary>One warm-up run, then the median of <paramref name="repeat"/> runs.</summary>
    private static double Median(int repeat, Func<double> measure)
    {
        _ = measure();
        var times = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            times.Add(measure());
        }

        return MedianOf(times);
    }

    private static double MedianOf(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void AppendMachine(StringBuilder report)
    {
        var cpu = "unknown";
        try
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        var roslyn = typeof(CSharpCompilation).Assembly.GetName().Version;
        report.AppendLine("| Machine | |");
        report.AppendLine("| --- | --- |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| CPU | {cpu} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Cores | {Environment.ProcessorCount} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| OS | {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}) |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| .NET | {RuntimeInformation.FrameworkDescription} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Roslyn | {roslyn} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Load average at start (1/5/15 min) | {LoadAverage()} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Date (UTC) | {DateTime.UtcNow:yyyy-MM-dd HH:mm} |");
        report.AppendLine();
        report.AppendLine("Times are medians after one warm-up run. Compiler and per-analyzer times are single-threaded (`concurrentBuild: false`,");
        report.AppendLine("`concurrentAnalysis: false`) so the ratios compare like with like; the wall-clock line runs both with concurrency on.");
        report.AppendLine();
    }

    private static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return parts.Length >= 3 ? $"{parts[0]} / {parts[1]} / {parts[2]}" : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static bool IsBuildOutput(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.Contains("/obj/", StringComparison.Ordinal) || normalized.Contains("/bin/", StringComparison.Ordinal);
    }

    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SourceExposure.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    private static int IntOption(string[] args, string name, int fallback)
        => StringOption(args, name) is { } value && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    private static string? StringOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
