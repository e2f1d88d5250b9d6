// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Exceptions;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Exceptions;

/// <summary>An approved exception as a report shows it: its status today and the findings it matched.</summary>
internal sealed record AcceptedRisk(ExceptionEntry Entry, ExceptionStatus Status, int DaysLeft, int Matched, string File)
{
    public string StatusName => Matched == 0 ? "unused" : Status switch
    {
        ExceptionStatus.Expired => "expired",
        ExceptionStatus.Due => "due",
        _ => "live",
    };
}

/// <summary>
/// SourceExposure.exceptions.json on the CLI side: found like .editorconfig (the scan root or a parent) or named,
/// read with the analyzers' own parser (so the CLI and the build agree on what is valid), applied to findings, and
/// written atomically. Baselines are the same format with reason "baseline"; an old baseline file ("findings") is still
/// read.
/// </summary>
internal sealed class ExceptionSet
{
    public const int DefaultDueDays = 30;
    public const string BaselineReason = "baseline";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ExceptionSet(string path, string? root, List<ExceptionEntry> entries)
    {
        Path = path;
        Root = root;
        Entries = entries;
    }

    public string Path { get; }

    /// <summary>The folder fingerprint paths are relative to; null for a baseline, whose paths are the scan's own.</summary>
    public string? Root { get; }

    public List<ExceptionEntry> Entries { get; }

    public static string SchemaUrl => BuildInfoUrl + "/raw/main/docs/schemas/SourceExposure.exceptions.schema.json";

    private static string BuildInfoUrl => Rules.HelpBase[..Rules.HelpBase.IndexOf("/blob/", StringComparison.Ordinal)];

    /// <summary>The nearest SourceExposure.exceptions.json in <paramref name="folder"/> or a parent, or null.</summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, ExceptionsFile.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads a file; every problem is an input error (exit 2) naming the file, the entry and the problem, because a scan
    /// that ignored part of the file would pass or fail for the wrong reason.
    /// </summary>
    /// <param name="root">The fingerprint root; by default the file's folder (as the package does for a found file).</param>
    public static ExceptionSet Load(string path, string? root = null) => Load(path, root, relativeToScan: false, "exceptions file");

    /// <summary>A baseline (<c>--baseline</c>): the same format, with fingerprints relative to the scan root.</summary>
    public static ExceptionSet LoadBaseline(string path) => Load(path, null, relativeToScan: true, "baseline");

    private static ExceptionSet Load(string path, string? root, bool relativeToScan, string kind)
    {
        var full = System.IO.Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(File.Exists(full) || Directory.Exists(full) ? $"{kind} '{path}' cannot be read: {e.Message}" : $"{kind} not found: '{path}'");
        }

        var effectiveRoot = relativeToScan ? null : root ?? System.IO.Path.GetDirectoryName(full)!;
        if (LooksLikeLegacyBaseline(text, out var legacy))
        {
            return new ExceptionSet(full, effectiveRoot, legacy);
        }

        var parsed = ExceptionsFile.Parse(text, id => ApprovedExceptions.SuppressibleIds.Contains(id));
        if (parsed.Problems is [{ Entry: ExceptionsFile.WholeFile } whole] && whole.Problem.StartsWith("not valid JSON", StringComparison.Ordinal))
        {
            throw new InputException($"{kind} '{path}' is {whole.Problem}");
        }

        if (!parsed.Problems.IsEmpty)
        {
            throw new InputException($"{kind} '{path}': " + string.Join("; ", parsed.Problems.Select(p => p.ToString())) + " (see docs/governance.md)");
        }

        return new ExceptionSet(full, effectiveRoot, parsed.Entries.ToList());
    }

    public static ExceptionSet Create(string path, string? root) => new(System.IO.Path.GetFullPath(path), root, []);

    /// <summary>Writes every entry, in order, to a temporary file beside the target and renames it over the target.</summary>
    public void Save()
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, "." + System.IO.Path.GetFileName(Path) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = File.Create(temporary))
            using (var json = new Utf8JsonWriter(stream, WriterOptions))
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUrl);
                json.WriteNumber("version", ExceptionsFile.CurrentVersion);
                json.WriteStartArray("exceptions");
                foreach (var entry in Entries)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", entry.RuleId);
                    json.WriteString("fingerprint", entry.Fingerprint);
                    if (entry.Anchor is not null)
                    {
                        json.WriteString("anchor", entry.Anchor);
                    }

                    if (entry.Path is not null)
                    {
                        json.WriteString("path", entry.Path);
                    }

                    json.WriteString("reason", entry.Reason);
                    json.WriteString("approver", entry.Approver);
                    json.WriteString("approved", ExceptionsFile.FormatDate(entry.Approved));
                    json.WriteString("expires", entry.ExpiresText);
                    if (entry.Ticket is not null)
                    {
                        json.WriteString("ticket", entry.Ticket);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            File.AppendAllText(temporary, "\n");
            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>A new entry for <paramref name="finding"/>, fingerprinted relative to this file's root.</summary>
    public ExceptionEntry EntryFor(Finding finding, string fingerprint, string reason, string approver, DateTime approved, DateTime expires, string? ticket)
    {
        // A finding without a file (a project-wide one such as SE2005) has no line to anchor SE0002 to: the analyzer then
        // reports the expiry on the entry's own line of the exceptions file.
        var path = Fingerprints.PathFor(finding, Root);
        return path.Length == 0
            ? new ExceptionEntry(Entries.Count + 1, 0, finding.RuleId, fingerprint, null, null, reason, approver, approved, expires, ticket)
            : new ExceptionEntry(Entries.Count + 1, 0, finding.RuleId, fingerprint, FindingFingerprint.Anchor(finding.RuleId, path, finding.NormalizedLine), path, reason, approver, approved, expires, ticket);
    }

    /// <summary>
    /// Marks findings accepted by live entries, marks and fails those whose entry expired (with an SE0002 finding beside
    /// each), adds SE0003 beside findings whose entry is due, and records every entry in <see cref="ScanResult.AcceptedRisks"/>.
    /// </summary>
    public void Apply(ScanResult result, DateTime today, int dueDays, bool asBaseline = false)
    {
        var fingerprints = Fingerprints.Compute(result.Findings, Root);
        var byFingerprint = Entries.GroupBy(e => e.Fingerprint, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var matched = new Dictionary<ExceptionEntry, int>(ReferenceEqualityComparer.Instance);
        var added = new List<Finding>();
        foreach (var finding in result.Findings)
        {
            if (!fingerprints.TryGetValue(finding, out var fingerprint)
                || !byFingerprint.TryGetValue(fingerprint, out var entry)
                || entry.RuleId != finding.RuleId)
            {
                continue;
            }

            matched[entry] = matched.GetValueOrDefault(entry) + 1;
            switch (entry.StatusOn(today, dueDays))
            {
                case ExceptionStatus.Expired:
                    finding.ExpiredException = entry;
                    added.Add(Beside(finding, Rules.SE0002, entry.RuleId, entry.ExpiresText, entry.Approver));
                    break;
                case ExceptionStatus.Due:
                    finding.AcceptedBy = entry;
                    finding.InBaseline |= asBaseline || entry.Reason == BaselineReason;
                    added.Add(Beside(finding, Rules.SE0003, entry.RuleId, entry.ExpiresText, entry.DaysLeft(today).ToString(CultureInfo.InvariantCulture), entry.Approver));
                    break;
                default:
                    finding.AcceptedBy = entry;
                    finding.InBaseline |= asBaseline || entry.Reason == BaselineReason;
                    break;
            }
        }

        foreach (var entry in Entries)
        {
            result.AcceptedRisks.Add(new AcceptedRisk(entry, entry.StatusOn(today, dueDays), entry.DaysLeft(today), matched.GetValueOrDefault(entry), Path));
        }

        if (added.Count > 0)
        {
            var all = result.Findings.Concat(added).ToList();
            all.Sort(static (a, b) =>
            {
                var byPath = string.CompareOrdinal(a.DisplayPath, b.DisplayPath);
                if (byPath != 0)
                {
                    return byPath;
                }

                var byLine = a.StartLine.CompareTo(b.StartLine);
                return byLine != 0 ? byLine : a.StartColumn != b.StartColumn ? a.StartColumn.CompareTo(b.StartColumn) : string.CompareOrdinal(a.RuleId, b.RuleId);
            });
            foreach (var finding in added)
            {
                finding.Fingerprint = string.Empty;
            }

            var assigned = Fingerprints.Compute(all, root: null);
            foreach (var finding in added)
            {
                finding.Fingerprint = assigned[finding];
            }

            result.Findings = all;
        }
    }

    private static Finding Beside(Finding finding, DiagnosticDescriptor descriptor, params object[] arguments)
        => new(
            descriptor.Id,
            descriptor.DefaultSeverity,
            string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), arguments),
            finding.FullPath,
            finding.RelativePath,
            finding.StartLine,
            finding.StartColumn,
            finding.EndLine,
            finding.EndColumn,
            finding.Snippet,
            finding.Project)
        {
            NormalizedLine = finding.NormalizedLine,
        };

    /// <summary>The baseline format before exceptions files: {"findings": [{"fingerprint": …}]}; read, never written.</summary>
    private static bool LooksLikeLegacyBaseline(string text, out List<ExceptionEntry> entries)
    {
        entries = [];
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || document.RootElement.TryGetProperty("exceptions", out _)
                || !document.RootElement.TryGetProperty("findings", out var findings)
                || findings.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            var index = 0;
            foreach (var item in findings.EnumerateArray())
            {
                index++;
                var fingerprint = item.TryGetProperty("fingerprint", out var f) ? f.GetString() : null;
                var rule = item.TryGetProperty("ruleId", out var r) ? r.GetString() : null;
                if (fingerprint is null || rule is null)
                {
                    throw new InputException($"baseline entry {index} has no fingerprint or ruleId");
                }

                entries.Add(new ExceptionEntry(index, 0, rule, fingerprint, null, item.TryGetProperty("path", out var p) ? p.GetString() : null, BaselineReason, "baseline (old format)", DateTime.MinValue.Date, DateTime.MaxValue.Date, null));
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
