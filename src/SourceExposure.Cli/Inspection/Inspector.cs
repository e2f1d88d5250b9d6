// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using SourceExposure.Analyzers;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Inspection;

/// <summary>
/// <c>source-exposure inspect</c>: reads what a build ships (an assembly, a package, or a build or publish folder with
/// its PDBs and configuration files) the way its recipient can, and reports what it gives away with the same rules,
/// engines and reports as <c>scan</c>. Every file is read on its own: a corrupt or hostile one is skipped with a
/// warning and never hides the findings of the others.
/// </summary>
internal sealed class Inspector(IScanProgress? progress = null)
{
    private static readonly string[] AssemblyExtensions = [".dll", ".exe", ".winmd"];
    private static readonly string[] PackageExtensions = [".nupkg", ".snupkg"];

    private readonly IScanProgress progress = progress ?? NullProgress.Instance;

    public ScanResult Inspect(InspectRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var path = Path.GetFullPath(request.Path);
        string root;
        List<string> files;
        if (File.Exists(path))
        {
            root = Path.GetDirectoryName(path)!;
            if (Kind(path) == FileKind.Other)
            {
                throw new InputException($"cannot inspect '{request.Path}': expected a .dll, .exe, .nupkg, .snupkg, .pdb or configuration file, or a folder of build output");
            }

            files = [path];
        }
        else if (Directory.Exists(path))
        {
            root = path;
            progress.Status($"Listing files under {path}");
            files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        else
        {
            throw new InputException($"path not found: '{request.Path}'");
        }

        var byKind = files.GroupBy(Kind).ToDictionary(g => g.Key, g => g.ToList());
        if (byKind.Keys.All(k => k == FileKind.Other))
        {
            throw new InputException($"nothing to inspect in '{request.Path}': no .dll, .exe, .nupkg, .pdb or configuration file");
        }

        var context = new InspectContext(request, root, this.progress);
        var consumedPdbs = new HashSet<string>(StringComparer.Ordinal);
        var assemblies = byKind.GetValueOrDefault(FileKind.Assembly) ?? [];
        for (var i = 0; i < assemblies.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = OnDisk(root, assemblies[i]);
            this.progress.Unit(file.Display, i, assemblies.Count);
            Guard(context, file, () =>
            {
                if (ReadFile(context, file) is { } image)
                {
                    new AssemblyInspector(context).Inspect(file, image, sibling =>
                    {
                        if (!File.Exists(sibling.FullPath))
                        {
                            return null;
                        }

                        consumedPdbs.Add(sibling.FullPath);
                        return ReadFile(context, sibling);
                    });
                }
            });
        }

        foreach (var pdb in byKind.GetValueOrDefault(FileKind.Pdb) ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (consumedPdbs.Contains(pdb))
            {
                continue;
            }

            var file = OnDisk(root, pdb);
            Guard(context, file, () =>
            {
                if (ReadFile(context, file) is { } bytes)
                {
                    new SymbolInspector(context).InspectPdb(file, Path.GetFileNameWithoutExtension(file.Name), bytes, "the PDB " + file.Name);
                }
            });
        }

        foreach (var package in byKind.GetValueOrDefault(FileKind.Package) ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = OnDisk(root, package);
            this.progress.Status($"Inspecting package {file.Display}");
            Guard(context, file, () => new PackageInspector(context).Inspect(file));
        }

        foreach (var content in byKind.GetValueOrDefault(FileKind.Content) ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = OnDisk(root, content);
            Guard(context, file, () =>
            {
                if (ReadFile(context, file, context.Limits.MaxTextBytes) is { } bytes)
                {
                    new ContentInspector(context).InspectFile(file, bytes, "(build output)", "a file of the build output");
                }
            });
        }

        var findings = context.Findings;
        findings.Sort(static (a, b) =>
        {
            var byPath = string.CompareOrdinal(a.DisplayPath, b.DisplayPath);
            if (byPath != 0)
            {
                return byPath;
            }

            var byLine = a.StartLine.CompareTo(b.StartLine);
            if (byLine != 0)
            {
                return byLine;
            }

            var byPlace = string.CompareOrdinal(a.Artifact?.LogicalName, b.Artifact?.LogicalName);
            return byPlace != 0 ? byPlace : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        Fingerprints.Assign(findings);

        var inventory = string.Create(CultureInfo.InvariantCulture,
            $"{context.Assemblies.Count} assembl{(context.Assemblies.Count == 1 ? "y" : "ies")}, {context.Pdbs} PDB(s), {context.Packages} package(s), {context.TextFiles} text file(s) and resource(s), {InspectContext.Size(context.BytesRead)} read");
        return new ScanResult
        {
            Root = root,
            Mode = "inspect",
            Inspection = true,
            Inventory = inventory,
            Findings = findings,
            Warnings = context.Warnings,
            Projects = context.Assemblies,
            Files = files.Count,
            Lines = 0,
            Elapsed = stopwatch.Elapsed,
        };
    }

    /// <summary>Runs one artifact's inspection; whatever goes wrong in it becomes a warning naming the file.</summary>
    internal static void Guard(InspectContext context, ArtifactFile file, Action inspect)
    {
        try
        {
            inspect();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Warn(file, $"{Describe(e)}; the other files were inspected");
        }
    }

    internal static string Describe(Exception e) => e switch
    {
        BadImageFormatException => "corrupt or truncated (" + e.Message + ")",
        InvalidDataException => "corrupt data (" + e.Message + ")",
        IOException or UnauthorizedAccessException => "cannot be read (" + e.Message + ")",
        _ => $"could not be inspected ({e.GetType().Name}: {e.Message})",
    };

    private static ArtifactFile OnDisk(string root, string path) => new(path, SourceFiles.Relative(root, path), null, Path.GetFileName(path));

    private static byte[]? ReadFile(InspectContext context, ArtifactFile file, long? limit = null)
    {
        var max = limit ?? context.Limits.MaxFileBytes;
        var length = new FileInfo(file.FullPath).Length;
        if (length > max)
        {
            context.Warn(file, $"{InspectContext.Size(length)}, more than the {InspectContext.Size(max)} inspect reads");
            return null;
        }

        var bytes = File.ReadAllBytes(file.FullPath);
        context.BytesRead += bytes.Length;
        return bytes;
    }

    internal static FileKind Kind(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return Array.IndexOf(AssemblyExtensions, extension) >= 0 ? FileKind.Assembly
            : extension == ".pdb" ? FileKind.Pdb
            : Array.IndexOf(PackageExtensions, extension) >= 0 ? FileKind.Package
            : ContentInspector.IsContent(path) ? FileKind.Content
            : FileKind.Other;
    }

    internal enum FileKind
    {
        Other,
        Assembly,
        Pdb,
        Package,
        Content,
    }
}

/// <summary>
/// A .nupkg or .snupkg: its assemblies (with the PDBs beside them in the package), its configuration files, and the
/// C# sources it carries (SE2005). Extraction is bounded: entries are read into memory, each up to a limit counted
/// while inflating, and the whole package up to another, so a zip bomb costs at most those bytes and a warning.
/// </summary>
internal sealed class PackageInspector(InspectContext context)
{
    private static readonly string[] SourceFolders = ["src/", "content/", "contentfiles/"];

    public void Inspect(ArtifactFile package)
    {
        var length = new FileInfo(package.FullPath).Length;
        if (length > context.Limits.MaxFileBytes)
        {
            context.Warn(package, $"{InspectContext.Size(length)}, more than the {InspectContext.Size(context.Limits.MaxFileBytes)} inspect reads");
            return;
        }

        using var stream = File.OpenRead(package.FullPath);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var entries = zip.Entries.Where(e => e.FullName.Length > 0 && !e.FullName.EndsWith('/')).ToList();
        if (entries.Count > context.Limits.MaxEntries)
        {
            context.Warn($"{package.Display}: {entries.Count} entries, more than the {context.Limits.MaxEntries} inspect reads; the first {context.Limits.MaxEntries} were inspected");
            entries = entries.Take(context.Limits.MaxEntries).ToList();
        }

        context.Packages++;
        context.BytesRead += length;
        var project = Path.GetFileNameWithoutExtension(package.Name);
        var byName = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            byName.TryAdd(entry.FullName.Replace('\\', '/'), entry);
        }

        var budget = context.Limits.MaxPackageBytes;
        var consumed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sources = 0;
        long sourceBytes = 0;
        string? sourceExample = null;
        foreach (var entry in entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var name = entry.FullName.Replace('\\', '/');
            var file = package with { Entry = name, Name = Path.GetFileName(name) };
            if (name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && Array.Exists(SourceFolders, f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
            {
                sources++;
                sourceBytes += entry.Length;
                sourceExample ??= name;
                continue;
            }

            if (Inspector.Kind(name) != Inspector.FileKind.Assembly)
            {
                continue;
            }

            Inspector.Guard(context, file, () =>
            {
                if (Read(file, entry, ref budget) is { } image)
                {
                    new AssemblyInspector(context).Inspect(file, image, sibling =>
                    {
                        if (sibling.Entry is null || !byName.TryGetValue(sibling.Entry, out var pdb))
                        {
                            return null;
                        }

                        consumed.Add(sibling.Entry);
                        return Read(sibling, pdb, ref budget);
                    });
                }
            });
        }

        foreach (var entry in entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var name = entry.FullName.Replace('\\', '/');
            var file = package with { Entry = name, Name = Path.GetFileName(name) };
            var kind = Inspector.Kind(name);
            if ((kind == Inspector.FileKind.Pdb && !consumed.Contains(name)) || kind == Inspector.FileKind.Content)
            {
                Inspector.Guard(context, file, () =>
                {
                    if (Read(file, entry, ref budget, kind == Inspector.FileKind.Content ? context.Limits.MaxTextBytes : null) is not { } bytes)
                    {
                        return;
                    }

                    if (kind == Inspector.FileKind.Pdb)
                    {
                        new SymbolInspector(context).InspectPdb(file, project, bytes, $"the PDB {name} of {package.Name}");
                    }
                    else
                    {
                        new ContentInspector(context).InspectFile(file, bytes, project, $"a file of package {package.Name}");
                    }
                });
            }
        }

        if (sources > 0)
        {
            context.Report(Rules.SE2005, package, new ArtifactPlace(null, null, null), project,
                [$"package {package.Name} carries {sources} C# source file{(sources == 1 ? string.Empty : "s")} ({InspectContext.Size(sourceBytes)}), such as '{sourceExample}'"]);
        }
    }

    /// <summary>The entry's bytes, read while counting: at most the entry limit and what is left of the package's budget.</summary>
    private byte[]? Read(ArtifactFile file, ZipArchiveEntry entry, ref long budget, long? limit = null)
    {
        var max = Math.Min(limit ?? context.Limits.MaxEntryBytes, budget);
        if (entry.Length > max)
        {
            context.Warn(file, $"expands to {InspectContext.Size(entry.Length)}, more than the {InspectContext.Size(max)} inspect extracts");
            return null;
        }

        using var input = entry.Open();
        using var output = new MemoryStream((int)Math.Min(Math.Max(entry.Length, 0), max));
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > max)
            {
                // The header understated the size: a zip bomb, or corruption. Stop inflating here.
                context.Warn(file, $"expands beyond {InspectContext.Size(max)} although its header says {InspectContext.Size(entry.Length)} (a zip bomb, or corrupt); extraction stopped");
                budget -= output.Length;
                return null;
            }

            output.Write(buffer, 0, read);
        }

        budget -= output.Length;
        return output.ToArray();
    }
}
