// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SourceExposure.Cli.Inspection;

// The inspect benchmark (bench/Inspect/README.md): `source-exposure inspect` over a publish folder of real .NET
// assemblies, against the floor of reading the same files' bytes and nothing else.
//
// The publish folder is what a self-contained publish of an ASP.NET Core app holds: the shared frameworks this SDK
// runs on (Microsoft.NETCore.App, Microsoft.AspNetCore.App) and an application's own output (this program's: Roslyn,
// SourceExposure with its PDBs, System.CommandLine …); it is measured whole. For growth with size, a unit of 25 MB
// of its files (taken in one fixed order that mixes the three sources) is repeated 1, 2, 4 and 8 times (by default:
// --sizes 25,50,100,200): real assemblies, never padding. After two untimed passes over the publish folder (JIT),
// each repeat reads and inspects every folder once, in turn, with a warm page cache; every figure is the median of
// --repeat runs, single-threaded as inspect is.
//
//   dotnet run -c Release --project bench/Inspect [-- --sizes 25,50,100,200 --repeat 5 --top 0 --work /tmp/se-inspect-bench]
var repeat = 5;
var work = Path.Combine(Path.GetTempPath(), "se-inspect-bench");
var sizes = new List<double> { 25, 50, 100, 200 };
var top = 0;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--repeat":
            repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--work":
            work = Path.GetFullPath(args[i + 1]);
            break;
        case "--top":
            top = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--sizes":
            sizes = args[i + 1].Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
            break;
    }
}

var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
var shared = Directory.GetParent(runtime)!.Parent!.FullName;
var sources = new List<string> { runtime };
var aspnet = Path.Combine(shared, "Microsoft.AspNetCore.App", Path.GetFileName(runtime));
if (Directory.Exists(aspnet))
{
    sources.Add(aspnet);
}

sources.Add(AppContext.BaseDirectory.TrimEnd('/', '\\'));

if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

// The publish folder: every source under its own name, so that nothing collides.
var publish = Path.Combine(work, "publish");
foreach (var source in sources)
{
    Copy(source, Path.Combine(publish, Path.GetFileName(source)));
}

var pool = Inspected(publish)
    .OrderBy(f => Fnv(Path.GetRelativePath(publish, f)))
    .Select(f => (Path: f, Relative: Path.GetRelativePath(publish, f), Length: new FileInfo(f).Length))
    .ToList();
var poolBytes = pool.Sum(p => p.Length);

Console.WriteLine(Machine());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Publish folder {publish}: {pool.Count} files inspect reads, {poolBytes / 1e6:0.0} MB ({Directory.EnumerateFiles(publish, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6:0.0} MB in all, with native libraries), from:"));
sources.ForEach(s => Console.WriteLine("  " + s));
if (poolBytes < 100e6)
{
    Console.Error.WriteLine("the publish folder holds less than 100 MB that inspect reads");
    return 1;
}

// The unit: the smallest size's worth of the publish folder, file by file in the mixed order. Every size is that
// unit repeated (copy1/, copy2/ … hold the same real files again), so the sizes differ in bytes only and not in the
// kinds of files: per MB, a ReadyToRun framework assembly (mostly native code) costs inspect less than an IL-only one
// (mostly metadata and strings), and prefixes of different lengths would mix them differently.
var unit = new List<(string Path, string Relative, long Length)>();
foreach (var entry in pool)
{
    if (unit.Sum(u => u.Length) >= sizes[0] * 1e6)
    {
        break;
    }

    unit.Add(entry);
}

var unitBytes = unit.Sum(u => u.Length);
var folders = new List<(string Label, string Folder)>();
foreach (var size in sizes)
{
    var folder = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture) + "MB");
    var copies = Math.Max(1, (int)Math.Round(size * 1e6 / unitBytes));
    for (var c = 0; c < copies; c++)
    {
        foreach (var (file, relative, _) in unit)
        {
            var target = Path.Combine(folder, c == 0 ? relative : Path.Combine("copy" + c.ToString(CultureInfo.InvariantCulture), relative));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    folders.Add((string.Create(CultureInfo.InvariantCulture, $"{size} MB ({copies} x unit)"), folder));
}

folders.Add(("publish folder", publish));

// Warm-up: two untimed passes over the whole publish folder, so that every size is measured with the same (tier-1)
// code; measured first and small, the small folders would otherwise pay for the JIT and look slower per MB.
for (var i = 0; i < 2; i++)
{
    _ = new Inspector().Inspect(new InspectRequest(publish));
}

// Round robin: each repeat measures every folder once, so drift on a shared machine spreads over all sizes.
var measured = folders.Select(f => (f.Label, f.Folder, Files: Inspected(f.Folder).ToList(), Read: new List<double>(), Inspect: new List<double>(), Findings: 0, Warnings: 0)).ToList();
for (var r = 0; r < repeat; r++)
{
    for (var m = 0; m < measured.Count; m++)
    {
        var entry = measured[m];
        _ = ReadAll(entry.Files); // the page cache holds the files
        entry.Read.Add(Time(() => ReadAll(entry.Files)));
        ScanResultCounts counts = default;
        entry.Inspect.Add(Time(() =>
        {
            var result = new Inspector().Inspect(new InspectRequest(entry.Folder));
            counts = new ScanResultCounts(result.Findings.Count, result.Warnings.Count);
        }));
        measured[m] = entry with { Findings = counts.Findings, Warnings = counts.Warnings };
    }
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Median of {repeat} runs:"));
Console.WriteLine();
Console.WriteLine("| folder | files | MB | read s | read MB/s | inspect s | inspect MB/s | inspect / read | s per 100 MB | findings | warnings |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
var rows = new List<(string Label, double Mb, double Seconds)>();
foreach (var entry in measured)
{
    var mb = entry.Files.Sum(f => new FileInfo(f).Length) / 1e6;
    var read = Median(entry.Read);
    var inspect = Median(entry.Inspect);
    rows.Add((entry.Label, mb, inspect));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {entry.Label} | {entry.Files.Count} | {mb:0.0} | {read:0.000} | {mb / read:0} | {inspect:0.000} | {mb / inspect:0.0} | {inspect / read:0} | {inspect / mb * 100:0.000} | {entry.Findings} | {entry.Warnings} |"));
}

var sized = rows.Where(r => r.Label != "publish folder").ToList();
if (sized.Count >= 2)
{
    var perMb = sized.Select(r => r.Seconds / r.Mb * 100).ToList();
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Growth: {sized[^1].Mb / sized[0].Mb:0.0}x the bytes took {sized[^1].Seconds / sized[0].Seconds:0.0}x the time; seconds per 100 MB from {perMb.Min():0.000} to {perMb.Max():0.000}."));
}

// --top N: the files of the publish folder that cost inspect most, each inspected on its own (where the time goes).
if (top > 0)
{
    var costs = pool.Select(p => (p.Relative, Mb: p.Length / 1e6, Seconds: Median(Enumerable.Range(0, repeat).Select(_ => Time(() => new Inspector().Inspect(new InspectRequest(p.Path)))).ToList()))).ToList();
    var all = costs.Sum(c => c.Seconds);
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Costliest files of the publish folder, each inspected alone (all {costs.Count}: {all:0.000} s):"));
    Console.WriteLine();
    Console.WriteLine("| file | MB | inspect s | MB/s | share of the time |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var (relative, mb, seconds) in costs.OrderByDescending(c => c.Seconds).Take(top))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {relative.Replace('\\', '/')} | {mb:0.0} | {seconds:0.000} | {mb / seconds:0.0} | {seconds / all:0%} |"));
    }
}

Directory.Delete(work, recursive: true);
return 0;


static double Time(Action action)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed.TotalSeconds;
}

static double Median(List<double> times)
{
    var sorted = times.Order().ToList();
    return sorted[sorted.Count / 2];
}

static long ReadAll(List<string> files)
{
    long total = 0;
    foreach (var file in files)
    {
        total += File.ReadAllBytes(file).Length;
    }

    return total;
}

// The files inspect reads, by inspect's own rule (assemblies, PDBs, packages, shipped configuration and key files).
static IEnumerable<string> Inspected(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
    .Where(f => Inspector.Kind(f) != Inspector.FileKind.Other)
    .Order(StringComparer.Ordinal);

// A fixed order that does not follow the folders (FNV-1a of the relative path): each size mixes all three sources.
static uint Fnv(string text)
{
    var hash = 2166136261u;
    foreach (var b in Encoding.UTF8.GetBytes(text.Replace('\\', '/')))
    {
        hash = (hash ^ b) * 16777619u;
    }

    return hash;
}

static string Machine()
{
    var cpu = "unknown CPU";
    var load = "n/a";
    try
    {
        cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        load = string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
    }
    catch (UnauthorizedAccessException)
    {
    }

    return $"{cpu}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, load {load}, {DateTime.UtcNow:yyyy-MM-dd}";
}

static void Copy(string from, string to)
{
    Directory.CreateDirectory(to);
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }
}

internal readonly record struct ScanResultCounts(int Findings, int Warnings);
