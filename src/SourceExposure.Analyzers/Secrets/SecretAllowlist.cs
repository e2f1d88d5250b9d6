// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Secrets.Detection;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>
/// The values every secrets rule (SE1001–SE1007) leaves alone: those matching a pattern of
/// <c>source_exposure.secrets.allowed_values</c> (per file, through .editorconfig), and those whose SHA-256
/// fingerprint is listed in an additional file named <c>SourceExposure.Allowlist.txt</c> (one lower- or upper-case
/// hex digest per line, <c>#</c> starts a comment). A fingerprint is the SHA-256 of the value's UTF-8 bytes, the
/// output of <c>printf %s "$value" | sha256sum</c>, so the allowlist never holds the secret itself.
/// Create one per compilation (in a compilation-start action) and share it between callbacks; it is thread-safe.
/// </summary>
internal sealed class SecretAllowlist
{
    /// <summary>The file name (any folder) of the fingerprint allowlist among the additional files.</summary>
    public const string FileName = "SourceExposure.Allowlist.txt";

    private static readonly SecretAllowlist Empty = new(null, ImmutableHashSet<string>.Empty);

    private readonly OptionReader? options;
    private readonly ImmutableHashSet<string> fingerprints;

    private SecretAllowlist(OptionReader? options, ImmutableHashSet<string> fingerprints)
    {
        this.options = options;
        this.fingerprints = fingerprints;
    }

    /// <summary>Number of fingerprints read from the allowlist files.</summary>
    public int FingerprintCount => fingerprints.Count;

    /// <summary>Reads the fingerprint files once; patterns are read per file through <paramref name="reader"/>.</summary>
    public static SecretAllowlist Create(Compilation compilation, AnalyzerOptions options, OptionReader reader, CancellationToken cancellationToken = default)
    {
        _ = compilation;
        var set = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in options.AdditionalFiles)
        {
            if (!IsAllowlistFile(file.Path))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                continue;
            }

            foreach (var line in text.Lines)
            {
                if (TryParseFingerprint(line.ToString(), out var fingerprint))
                {
                    set.Add(fingerprint);
                }
            }
        }

        return new SecretAllowlist(reader, set.ToImmutable());
    }

    /// <summary>An allowlist that allows nothing (for tools that run the engines without options).</summary>
    public static SecretAllowlist None => Empty;

    /// <summary>
    /// True when the value is a published credential (<see cref="PublicCredentials"/>), matches an allowed pattern for
    /// <paramref name="tree"/> (global options when null) or its fingerprint is listed.
    /// </summary>
    public bool IsAllowed(string value, SyntaxTree? tree)
    {
        if (PublicCredentials.IsPublished(value))
        {
            return true;
        }

        if (options is null)
        {
            return false;
        }

        var patterns = tree is null ? options.GetGlobal(RuleOptions.SecretsAllowedValues) : options.Get(RuleOptions.SecretsAllowedValues, tree);
        return Matches(patterns, value) || IsFingerprintListed(value);
    }

    /// <summary>The same for a value found in an additional file (SE1007).</summary>
    public bool IsAllowed(string value, AdditionalText file)
    {
        if (PublicCredentials.IsPublished(value))
        {
            return true;
        }

        if (options is null)
        {
            return false;
        }

        return Matches(options.Get(RuleOptions.SecretsAllowedValues, file), value) || IsFingerprintListed(value);
    }

    /// <summary>SHA-256 of the UTF-8 bytes, lower-case hex: what <c>printf %s "$value" | sha256sum</c> prints.</summary>
    public static string Fingerprint(string value)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(value));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xF]);
        }

        return builder.ToString();
    }

    // Both separators: the host may hand Windows paths to an analyzer running anywhere.
    internal static bool IsAllowlistFile(string? path)
        => path is not null
            && path.EndsWith(FileName, StringComparison.OrdinalIgnoreCase)
            && (path.Length == FileName.Length || path[path.Length - FileName.Length - 1] is '/' or '\\');

    /// <summary>A line holds a fingerprint when, after dropping a <c>#</c> comment and blanks, 64 hex digits remain (a trailing <c>  -</c> from sha256sum is tolerated).</summary>
    internal static bool TryParseFingerprint(string line, out string fingerprint)
    {
        fingerprint = string.Empty;
        var hash = line.IndexOf('#');
        var content = (hash >= 0 ? line.Substring(0, hash) : line).Trim();
        if (content.EndsWith("-", StringComparison.Ordinal))
        {
            content = content.Substring(0, content.Length - 1).Trim();
        }

        if (content.Length != 64)
        {
            return false;
        }

        foreach (var c in content)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        fingerprint = content.ToLowerInvariant();
        return true;
    }

    private bool IsFingerprintListed(string value) => fingerprints.Count > 0 && fingerprints.Contains(Fingerprint(value));

    private static bool Matches(ImmutableArray<Regex> patterns, string value)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                if (UserTextRegex.IsMatch(pattern, value))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern too slow for this value does not allow it; the finding stays.
            }
        }

        return false;
    }
}
