// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Inspection;

/// <summary>
/// Files that ship beside or inside an assembly: configuration files of a build output or package, embedded files
/// and .resources entries. Text goes through the same engines as SE1007 in a build (<see cref="TextSecrets.InFile"/>);
/// key containers (.pfx, .jks, …) are reported by type, as SE1007 does.
/// </summary>
internal sealed class ContentInspector(InspectContext context)
{
    /// <summary>Extensions of shipped files read as text.</summary>
    public static readonly string[] TextExtensions = [".json", ".config", ".xml", ".yml", ".yaml", ".ini", ".env", ".properties", ".pem", ".key", ".ppk", ".settings"];

    // As SE1007: containers whose only purpose is to hold keys, reported by type unless their text showed the key.
    private static readonly (string Extension, string Kind)[] Containers =
    [
        (".pfx", "PKCS#12 key container"), (".p12", "PKCS#12 key container"), (".jks", "Java keystore"),
        (".keystore", "Java keystore"), (".ppk", "PuTTY private key file"), (".key", "Private key file"),
    ];

    public static bool IsContent(string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return Array.IndexOf(TextExtensions, extension) >= 0 || Array.Exists(Containers, c => c.Extension == extension);
    }

    /// <summary>A shipped file (on disk or in a package): its text, or its type for a key container.</summary>
    public void InspectFile(ArtifactFile file, byte[] data, string project, string where)
        => Inspect(file, null, file.Name, data, project, where);

    /// <summary>One manifest resource of an assembly: a .resources table, an embedded file, or opaque bytes.</summary>
    public void InspectResource(ArtifactFile assembly, string project, string resourceName, byte[] data)
    {
        var place = new ArtifactPlace(assembly.Entry, "resource " + resourceName, "resource");
        if (resourceName.EndsWith(".resources", StringComparison.OrdinalIgnoreCase) && data.Length >= 4 && BitConverter.ToUInt32(data, 0) == ResourceTable.Magic)
        {
            InspectResourceTable(assembly, project, resourceName, data);
            return;
        }

        Inspect(assembly, place, resourceName, data, project, $"an embedded resource of {assembly.Name}");
    }

    private void Inspect(ArtifactFile file, ArtifactPlace? place, string name, byte[] data, string project, string where)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var found = false;
        if (data.Length > context.Limits.MaxTextBytes)
        {
            context.Warn($"{file.Display}{(place is null ? string.Empty : " " + place.LogicalName)}: not read as text ({InspectContext.Size(data.Length)}, more than the {InspectContext.Size(context.Limits.MaxTextBytes)} inspect reads)");
        }
        else if (Decode(data) is { } text)
        {
            context.TextFiles++;
            found = ReportText(file, place, name, text, project, where);
        }

        if (!found)
        {
            foreach (var (ext, kind) in Containers)
            {
                if (ext == extension)
                {
                    context.Report(Rules.SE1007, file, place ?? new ArtifactPlace(file.Entry, null, null), project, [kind, name, where]);
                    return;
                }
            }
        }
    }

    private bool ReportText(ArtifactFile file, ArtifactPlace? place, string name, string text, string project, string where)
    {
        var secrets = TextSecrets.InFile(text);
        if (secrets.Count == 0)
        {
            return false;
        }

        var lines = LineStarts(text);
        foreach (var secret in secrets)
        {
            var (line, column) = Position(lines, secret.Start);
            var (endLine, endColumn) = Position(lines, secret.Start + secret.Length);
            var lineText = LineText(text, lines, line);
            context.Report(
                Rules.SE1007, file, place ?? new ArtifactPlace(file.Entry, null, null), project, [secret.What, name, where],
                SnippetRedactor.ForPlainLine(lineText), line, column, endLine, endColumn,
                normalized: (place?.LogicalName ?? file.Entry) + "\u001f" + Fingerprints.CollapseWhitespace(lineText));
        }

        return true;
    }

    /// <summary>
    /// A .resources table (what .resx files compile to): string entries and byte-array or stream entries, read in one
    /// pass by <see cref="ResourceTable"/>, which never deserializes objects.
    /// </summary>
    private void InspectResourceTable(ArtifactFile assembly, string project, string resourceName, byte[] data)
    {
        List<ResourceTable.Entry> entries;
        bool truncated;
        try
        {
            entries = ResourceTable.Read(data, out truncated);
        }
        catch (InvalidDataException e)
        {
            context.Warn($"{assembly.Display}: resource '{resourceName}' not read ({e.Message}); the rest of the assembly was inspected");
            return;
        }

        foreach (var entry in entries)
        {
            var place = new ArtifactPlace(assembly.Entry, $"resource {resourceName} entry {entry.Name}", "resource");
            var where = $"the resource entry '{entry.Name}' of {assembly.Name}";
            Inspect(assembly, place, resourceName, entry.Payload.ToArray(), project, where);
        }

        if (truncated)
        {
            context.Warn($"{assembly.Display}: resource '{resourceName}' read in part (its entries point at more bytes than the table holds: corrupt or hostile)");
        }
    }

    /// <summary>UTF-8 (or UTF-16 with a byte-order mark) text, or null for binary content.</summary>
    internal static string? Decode(byte[] data)
    {
        if (data.Length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
            return (data[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(data, 2, data.Length - 2);
        }

        var probe = Math.Min(data.Length, 1024);
        for (var i = 0; i < probe; i++)
        {
            if (data[i] == 0)
            {
                return null;
            }
        }

        var text = new UTF8Encoding(false, false).GetString(data);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var bad = 0;
        for (var i = 0; i < Math.Min(text.Length, 1024); i++)
        {
            bad += text[i] == '\uFFFD' ? 1 : 0;
        }

        return bad > 8 ? null : text;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }

    private static (int Line, int Column) Position(List<int> lines, int offset)
    {
        var index = lines.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lines[index] + 1);
    }

    private static string LineText(string text, List<int> lines, int line)
    {
        var start = lines[line - 1];
        var end = line < lines.Count ? lines[line] : text.Length;
        return text[start..end].TrimEnd('\r', '\n');
    }
}
