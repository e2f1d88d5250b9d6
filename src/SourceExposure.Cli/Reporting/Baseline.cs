// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Reporting;

/// <summary>
/// A baseline: the fingerprints of accepted findings (see <see cref="Fingerprints"/>), with rule, path and redacted
/// message alongside so a reviewer can read what was accepted. Findings whose fingerprint is in the baseline are
/// still reported but do not fail the run.
/// </summary>
internal static class Baseline
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string path, IEnumerable<Finding> findings)
    {
        var file = new BaselineFile(
            1,
            "source-exposure",
            findings.Select(f => new BaselineEntry(f.Fingerprint, f.RuleId, f.RelativePath ?? f.FullPath, f.Message)).OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal).ToList());
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(file, Json) + "\n");
    }

    public static HashSet<string> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"baseline not found: '{path}'");
        }

        try
        {
            var file = JsonSerializer.Deserialize<BaselineFile>(File.ReadAllText(path), Json);
            if (file?.Findings is null)
            {
                throw new InputException($"baseline '{path}' has no \"findings\" array");
            }

            return file.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new InputException($"baseline '{path}' is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Marks findings present in the baseline; returns how many matched.</summary>
    public static int Apply(IEnumerable<Finding> findings, HashSet<string> baseline)
    {
        var matched = 0;
        foreach (var finding in findings)
        {
            finding.InBaseline = baseline.Contains(finding.Fingerprint);
            matched += finding.InBaseline ? 1 : 0;
        }

        return matched;
    }

    private sealed record BaselineFile(int Version, string Tool, List<BaselineEntry> Findings);

    private sealed record BaselineEntry(string Fingerprint, string RuleId, string? Path, string Message);
}
