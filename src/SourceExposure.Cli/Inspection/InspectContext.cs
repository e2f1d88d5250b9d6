// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Inspection;

/// <summary>One file as inspect reads it: on disk, or an entry of a package on disk.</summary>
internal sealed record ArtifactFile(string FullPath, string? RelativePath, string? Entry, string Name)
{
    /// <summary>How warnings and messages name it: "bin/App.dll", "App.1.0.nupkg!lib/net8.0/App.dll".</summary>
    public string Display => (RelativePath ?? FullPath) + (Entry is null ? string.Empty : "!" + Entry);

    /// <summary>A file beside this one, in the same folder or package directory.</summary>
    public ArtifactFile Sibling(string name) => Entry is null
        ? new ArtifactFile(Path.Combine(Path.GetDirectoryName(FullPath)!, name), RelativePath is null ? null : Combine(RelativePath, name), null, name)
        : this with { Entry = Combine(Entry, name), Name = name };

    private static string Combine(string path, string name)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? name : path[..(slash + 1)] + name;
    }
}

/// <summary>
/// Collects what inspect finds: findings in the tool's own terms (the same <see cref="Finding"/> as <c>scan</c>,
/// messages built from the same descriptors), warnings, and the inventory of what was read.
/// </summary>
internal sealed class InspectContext(InspectRequest request, string root, IScanProgress progress)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public InspectConfig Config => request.Config;

    public InspectLimits Limits => request.Limits;

    public string Root => root;

    public IScanProgress Progress => progress;

    public List<Finding> Findings { get; } = [];

    public List<string> Warnings { get; } = [];

    public List<string> Assemblies { get; } = [];

    public int Pdbs { get; set; }

    public int Packages { get; set; }

    public int TextFiles { get; set; }

    public long BytesRead { get; set; }

    public void Warn(ArtifactFile file, string message)
    {
        var text = $"skipped {file.Display}: {message}";
        Warnings.Add(text);
        progress.Warning(text);
    }

    public void Warn(string message)
    {
        Warnings.Add(message);
        progress.Warning(message);
    }

    /// <summary>
    /// Adds a finding of <paramref name="descriptor"/> at <paramref name="place"/> in <paramref name="file"/>, unless
    /// the configuration switches the rule off or the same finding (rule, place, message) is already there.
    /// </summary>
    public void Report(
        DiagnosticDescriptor descriptor, ArtifactFile file, ArtifactPlace place, string project, object[] arguments,
        string snippet = "", int line = 0, int column = 0, int endLine = 0, int endColumn = 0, string? normalized = null)
    {
        if (Config.Severity(descriptor) is not { } severity)
        {
            return;
        }

        var message = Diagnostic.Create(descriptor, Location.None, arguments).GetMessage(CultureInfo.InvariantCulture);
        if (!seen.Add(string.Join('\u001f', descriptor.Id, file.Display, place.LogicalName, line.ToString(CultureInfo.InvariantCulture), column.ToString(CultureInfo.InvariantCulture), message)))
        {
            return;
        }

        Findings.Add(new Finding(descriptor.Id, severity, message, file.FullPath, file.RelativePath, line, column, endLine, endColumn, snippet, project)
        {
            Artifact = place,
            NormalizedLine = normalized ?? (place.Entry + "\u001f" + place.LogicalName),
        });
    }

    /// <summary>"41 KB", "1.2 MB": sizes in messages and the inventory.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
