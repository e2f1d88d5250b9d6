// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using SourceExposure.Analyzers.Exceptions;

namespace SourceExposure.Cli.Scanning;

/// <summary>
/// Fingerprints that survive edits elsewhere in a file: rule id, relative path (forward slashes), the finding's line
/// with whitespace collapsed, and a hash of the (redacted) message, which carries the rule's message arguments. Line
/// numbers are deliberately left out. Identical keys in one file are told apart by their order of appearance. The
/// computation is <see cref="FindingFingerprint"/> in the analyzer assembly, shared with the build's suppressor, so a
/// fingerprint written by the CLI is the one the compiler matches.
/// </summary>
internal static class Fingerprints
{
    public const string SarifKey = "sourceExposure/v1";

    public static string CollapseWhitespace(string text) => FindingFingerprint.CollapseWhitespace(text);

    /// <summary>Assigns <see cref="Finding.Fingerprint"/> to every finding; expects them sorted by file and position.</summary>
    public static void Assign(IReadOnlyList<Finding> findings)
    {
        foreach (var (finding, fingerprint) in Compute(findings, root: null))
        {
            finding.Fingerprint = fingerprint;
        }
    }

    /// <summary>
    /// The fingerprint of each finding with its path relative to <paramref name="root"/> (an exceptions file's root, which
    /// may differ from the scan root), or to the scan root when null. Expects findings sorted by file and position.
    /// </summary>
    public static Dictionary<Finding, string> Compute(IReadOnlyList<Finding> findings, string? root)
    {
        var result = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var key = FindingFingerprint.Key(finding.RuleId, PathFor(finding, root), finding.NormalizedLine, finding.Message);
            seen.TryGetValue(key, out var ordinal);
            seen[key] = ordinal + 1;
            result[finding] = FindingFingerprint.Complete(key, ordinal);
        }

        return result;
    }

    /// <summary>The path a fingerprint uses: relative to <paramref name="root"/> (or the scan root), else the full path.</summary>
    public static string PathFor(Finding finding, string? root)
        => root is null || finding.FullPath is null
            ? finding.RelativePath ?? finding.FullPath ?? string.Empty
            : FindingFingerprint.Relative(System.IO.Path.GetFullPath(root), finding.FullPath) ?? finding.FullPath;
}
