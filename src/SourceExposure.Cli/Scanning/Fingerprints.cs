// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace SourceExposure.Cli.Scanning;

/// <summary>
/// Fingerprints that survive edits elsewhere in a file: rule id, relative path (forward slashes), the finding's line
/// with whitespace collapsed, and a hash of the (redacted) message, which carries the rule's message arguments. Line
/// numbers are deliberately left out. Identical keys in one file are told apart by their order of appearance.
/// </summary>
internal static class Fingerprints
{
    public const string SarifKey = "sourceExposure/v1";

    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Assigns <see cref="Finding.Fingerprint"/> to every finding; expects them sorted by file and position.</summary>
    public static void Assign(IReadOnlyList<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var key = string.Join('\u001f', finding.RuleId, finding.RelativePath ?? finding.FullPath ?? string.Empty, finding.NormalizedLine, Hash(finding.Message));
            seen.TryGetValue(key, out var ordinal);
            seen[key] = ordinal + 1;
            finding.Fingerprint = Hash(key + '\u001f' + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture))[..32];
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
