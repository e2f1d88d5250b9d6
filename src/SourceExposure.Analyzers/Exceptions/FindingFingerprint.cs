// SPDX-License-Identifier: MIT
using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SourceExposure.Analyzers.Exceptions;

/// <summary>
/// The one fingerprint of a finding, shared by the CLI's baselines and SARIF and by the exceptions file that the
/// build's suppressor reads: rule id, path relative to a root (forward slashes), the finding's first line with
/// whitespace collapsed, and a hash of the (redacted) message, which carries the rule's message arguments. Line
/// numbers are left out, so code moving up or down keeps its fingerprint; identical keys in one file are told apart by
/// their order of appearance. Only hashes leave this class: no secret and no code text.
/// </summary>
internal static class FindingFingerprint
{
    private const char Separator = '\u001f';

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

    /// <summary>The key that identical findings share; <see cref="Complete"/> turns it into the fingerprint.</summary>
    public static string Key(string ruleId, string path, string normalizedLine, string message)
        => ruleId + Separator + path + Separator + normalizedLine + Separator + Hash(message);

    /// <summary>The fingerprint of the <paramref name="ordinal"/>-th finding (from 0) with this key in its file.</summary>
    public static string Complete(string key, int ordinal)
        => Hash(key + Separator + ordinal.ToString(CultureInfo.InvariantCulture)).Substring(0, 32);

    /// <summary>
    /// Where the finding is, without what it says: rule, path and normalised line, hashed. The analyzer that reports
    /// SE0002/SE0003 cannot see other analyzers' messages, so it finds the finding's line by this anchor.
    /// </summary>
    public static string Anchor(string ruleId, string path, string normalizedLine)
        => Hash("anchor" + Separator + ruleId + Separator + path + Separator + normalizedLine).Substring(0, 16);

    public static string Hash(string text)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary><paramref name="path"/> relative to <paramref name="root"/> with forward slashes, or null outside it.</summary>
    public static string? Relative(string root, string path)
    {
        if (string.IsNullOrEmpty(root) || string.IsNullOrEmpty(path))
        {
            return null;
        }

        var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var normalizedRoot = root.Replace('\\', '/').TrimEnd('/') + "/";
        var normalizedPath = path.Replace('\\', '/');
        return normalizedPath.StartsWith(normalizedRoot, comparison) && normalizedPath.Length > normalizedRoot.Length
            ? normalizedPath.Substring(normalizedRoot.Length)
            : null;
    }
}
