// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using SourceExposure.Analyzers;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Inspection;

/// <summary>
/// Portable PDBs as a recipient of the symbols reads them: the source files embedded in them (SE2005, the concern of
/// EmbedAllSources in a build), the Source Link map and the document paths (SE5003).
/// </summary>
internal sealed class SymbolInspector(InspectContext context)
{
    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
    private static readonly Guid SourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    // Public forges: a Source Link URL there is the open-source case the feature was made for.
    private static readonly string[] PublicForges =
    [
        "github.com", "raw.githubusercontent.com", "gitlab.com", "bitbucket.org", "api.bitbucket.org", "codeberg.org",
        "gitee.com", "sourceforge.net", "git.sr.ht",
    ];

    // Accounts of hosted build agents and containers: their names say nothing about a person.
    private static readonly string[] BuildAccounts =
    [
        "runner", "runneradmin", "vsts", "vssadministrator", "cloudtest", "builder", "build", "buildagent", "agent",
        "azdevops", "appveyor", "jenkins", "gitlab-runner", "buildkite-agent", "circleci", "travis", "root", "app",
        "default", "public", "all users", "administrator", "user", "vagrant", "ubuntu", "debian", "ec2-user", "docker",
    ];

    /// <summary>The PDB embedded in the assembly, or else the one beside it (same name, or the name the debug directory gives).</summary>
    public void InspectFor(ArtifactFile assembly, string project, PEReader pe, Func<ArtifactFile, byte[]?> readSibling)
    {
        ImmutableArray<DebugDirectoryEntry> entries;
        try
        {
            entries = pe.ReadDebugDirectory();
        }
        catch (BadImageFormatException e)
        {
            context.Warn($"{assembly.Display}: debug directory not read ({e.Message}); the rest of the assembly was inspected");
            return;
        }

        string? besideName = null;
        foreach (var entry in entries)
        {
            if (entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb)
            {
                using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
                context.Pdbs++;
                Inspect(assembly, project, provider.GetMetadataReader(), $"the PDB embedded in {assembly.Name}", new ArtifactPlace(assembly.Entry, "embedded PDB", "module"));
                return;
            }

            if (entry.Type == DebugDirectoryEntryType.CodeView && besideName is null)
            {
                var path = pe.ReadCodeViewDebugDirectoryData(entry).Path;
                besideName = path.Length == 0 ? null : Path.GetFileName(path.Replace('\\', '/'));
            }
        }

        var candidates = new List<string> { Path.ChangeExtension(assembly.Name, ".pdb") };
        if (besideName is not null && !candidates.Contains(besideName))
        {
            candidates.Add(besideName);
        }

        foreach (var name in candidates)
        {
            var pdbFile = assembly.Sibling(name);
            if (readSibling(pdbFile) is { } bytes)
            {
                InspectPdb(pdbFile, project, bytes, $"the PDB beside {assembly.Name}");
                return;
            }
        }
    }

    /// <summary>A .pdb on its own (beside its assembly, or without one).</summary>
    public void InspectPdb(ArtifactFile pdbFile, string project, byte[] bytes, string origin)
    {
        if (bytes.Length < 4 || bytes[0] != (byte)'B' || bytes[1] != (byte)'S' || bytes[2] != (byte)'J' || bytes[3] != (byte)'B')
        {
            context.Warn(pdbFile, "not a portable PDB (a Windows PDB, or corrupt)");
            return;
        }

        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableCollectionsMarshal.AsImmutableArray(bytes));
        MetadataReader pdb;
        try
        {
            pdb = provider.GetMetadataReader();
        }
        catch (BadImageFormatException e)
        {
            context.Warn(pdbFile, "a portable PDB whose metadata cannot be read (" + e.Message + ")");
            return;
        }

        context.Pdbs++;
        Inspect(pdbFile, project, pdb, origin, new ArtifactPlace(pdbFile.Entry, null, null));
    }

    private void Inspect(ArtifactFile file, string project, MetadataReader pdb, string origin, ArtifactPlace place)
    {
        var embedded = 0;
        long embeddedBytes = 0;
        string? example = null;
        string? sourceLink = null;
        foreach (var handle in pdb.CustomDebugInformation)
        {
            var information = pdb.GetCustomDebugInformation(handle);
            var kind = pdb.GetGuid(information.Kind);
            if (kind == EmbeddedSource && information.Parent.Kind == HandleKind.Document)
            {
                var blob = pdb.GetBlobReader(information.Value);
                if (blob.Length < 4)
                {
                    continue;
                }

                var document = pdb.GetString(pdb.GetDocument((DocumentHandle)information.Parent).Name);
                if (IsBuildGenerated(document))
                {
                    continue;
                }

                var format = blob.ReadInt32();
                embedded++;
                embeddedBytes += format == 0 ? blob.RemainingBytes : format;
                example ??= document;
            }
            else if (kind == SourceLink && sourceLink is null)
            {
                sourceLink = Encoding.UTF8.GetString(pdb.GetBlobBytes(information.Value));
            }
        }

        if (embedded > 0)
        {
            context.Report(Rules.SE2005, file, place, project,
                [$"{origin} embeds {embedded} source file{(embedded == 1 ? string.Empty : "s")} ({InspectContext.Size(embeddedBytes)}), such as '{ShortPath(example!)}'"]);
        }

        var name = file.Name;
        if (sourceLink is not null)
        {
            List<(string Host, string Url)> hosts;
            try
            {
                hosts = PrivateSourceLinkHosts(sourceLink);
            }
            catch (JsonException e)
            {
                context.Warn($"{file.Display}: the Source Link map is not valid JSON ({e.Message}); the rest of the PDB was inspected");
                hosts = [];
            }

            foreach (var (host, url) in hosts)
            {
                context.Report(Rules.SE5003, file, place, project, ["The Source Link map", name, $"the repository host '{host}'", url]);
            }
        }

        InspectDocumentPaths(file, project, pdb, place, name);
    }

    private void InspectDocumentPaths(ArtifactFile file, string project, MetadataReader pdb, ArtifactPlace place, string name)
    {
        string? who = null;
        string? example = null;
        var count = 0;
        foreach (var handle in pdb.Documents)
        {
            var path = pdb.GetString(pdb.GetDocument(handle).Name);
            if (Owner(path) is { } owner)
            {
                count++;
                if (who is null)
                {
                    who = owner;
                    example = path;
                }
            }
        }

        if (who is not null)
        {
            context.Report(Rules.SE5003, file, place, project,
                ["A document path", name, $"{who}{(count > 1 ? $" ({count} documents)" : string.Empty)}", example!]);
        }
    }

    /// <summary>The user or machine a build path names, in words, or null for mapped and build-agent paths.</summary>
    internal static string? Owner(string path)
    {
        if (path.StartsWith("/_", StringComparison.Ordinal))
        {
            return null; // deterministic builds map source roots to /_/, /_1/ …
        }

        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith("//", StringComparison.Ordinal))
        {
            var end = normalized.IndexOf('/', 2);
            var machine = end < 0 ? normalized[2..] : normalized[2..end];
            return machine.Length == 0 ? null : $"the machine '{machine}'";
        }

        foreach (var root in new[] { "/home/", "/Users/", ":/Users/", ":/Documents and Settings/" })
        {
            var at = normalized.IndexOf(root, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (root[0] == ':' ? at != 1 : at != 0))
            {
                continue;
            }

            var start = at + root.Length;
            var end = normalized.IndexOf('/', start);
            if (end <= start)
            {
                return null;
            }

            var user = normalized[start..end];
            return Array.IndexOf(BuildAccounts, user.ToLowerInvariant()) >= 0 ? null : $"the user '{user}'";
        }

        return null;
    }

    /// <summary>The hosts of the Source Link map that are not public forges, each with one of its URLs (user information removed).</summary>
    internal static List<(string Host, string Url)> PrivateSourceLinkHosts(string json)
    {
        var hosts = new List<(string, string)>();
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        if (!document.RootElement.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Object)
        {
            return hosts;
        }

        foreach (var entry in documents.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String || !Uri.TryCreate(entry.Value.GetString()!.Replace("*", "%2A", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                continue;
            }

            var host = uri.Host.ToLowerInvariant();
            if (Array.IndexOf(PublicForges, host) >= 0 || hosts.Exists(h => h.Item1 == host))
            {
                continue;
            }

            var url = entry.Value.GetString()!;
            if (uri.UserInfo.Length > 0)
            {
                url = url.Replace(uri.UserInfo + "@", Redaction.Ellipsis + "@", StringComparison.Ordinal);
            }

            hosts.Add((host, url));
        }

        return hosts;
    }

    /// <summary>
    /// A file the build wrote into the intermediate folder (assembly attributes and info, global usings, generator
    /// output): what <c>EmbedUntrackedSources</c>, on by default with Source Link, embeds in every SDK build. It is not
    /// the project's source, and the analyzer's SE2005 does not report it either.
    /// </summary>
    internal static bool IsBuildGenerated(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.StartsWith("obj/", StringComparison.OrdinalIgnoreCase)
            || normalized.Contains("/obj/", StringComparison.OrdinalIgnoreCase)
            || normalized.EndsWith(".AssemblyAttributes.cs", StringComparison.OrdinalIgnoreCase)
            || normalized.EndsWith(".AssemblyInfo.cs", StringComparison.OrdinalIgnoreCase)
            || normalized.EndsWith(".GlobalUsings.g.cs", StringComparison.OrdinalIgnoreCase);
    }

    private static string ShortPath(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        var parent = slash > 0 ? normalized.LastIndexOf('/', slash - 1) : -1;
        return parent >= 0 ? normalized[(parent + 1)..] : normalized;
    }
}
