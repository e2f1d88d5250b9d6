// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>A credential found in text: its format, where it is in the text, and the secret itself.</summary>
internal readonly struct TokenMatch
{
    public TokenMatch(TokenFormat format, int start, int length, string value)
    {
        Format = format;
        Start = start;
        Length = length;
        Value = value;
    }

    public TokenFormat Format { get; }

    /// <summary>Start of the secret (the <c>v</c> group when the format has one) in the scanned text.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>The secret; never shown except through <see cref="Redaction"/>.</summary>
    public string Value { get; }
}

/// <summary>
/// Finds the credentials of <see cref="TokenFormats"/> in text. One pass over the text looks each character up in a
/// first-character table of anchors (ASCII, case-folded); only where an anchor matches does the format's anchored
/// pattern run, so the cost is linear in the text and regular expressions see almost nothing. A match must then
/// pass the format's checksum or structural check, the placeholder filter and the entropy floor.
/// Free of Roslyn types: the CLI and the tests use it directly.
/// </summary>
internal static class TokenScanner
{
    // Anchors by their case-folded first two characters (every anchor has two or more): in prose and code almost every
    // character starts some anchor, but few pairs do, so most positions cost one table read.
    private static readonly (string Anchor, TokenFormat Format)[][] ByFirstPair = BuildTable(TokenFormats.All);

    private static readonly ImmutableArray<TokenFormat> Contextual = BuildContextual(TokenFormats.All);

    /// <summary>Every format match in <paramref name="text"/>, in order of position.</summary>
    public static List<TokenMatch>? Scan(string text)
    {
        List<TokenMatch>? results = null;
        var resumeAt = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var bucket = BucketAt(text, i);
            if (bucket is null)
            {
                continue;
            }

            foreach (var (anchor, format) in bucket)
            {
                if (!StartsWithFolded(text, i, anchor))
                {
                    continue;
                }

                foreach (var offset in format.AnchorOffsets)
                {
                    var start = i - offset;
                    if (start < resumeAt || (!format.AnyLeft && start > 0 && ContinuesWord(text[start - 1])))
                    {
                        continue;
                    }

                    if (TryMatch(format, text, start, out var match))
                    {
                        results ??= [];
                        results.Add(match);
                        resumeAt = match.Start + match.Length;
                        break;
                    }
                }
            }
        }

        return results;
    }

    /// <summary>
    /// For a whole value with no recognisable prefix (a literal assigned to <c>awsSecretAccessKey</c>): the contextual
    /// format whose shape the value has and whose keyword appears in <paramref name="context"/> (names and sibling
    /// values around the literal), or null.
    /// </summary>
    public static TokenFormat? MatchContextual(string value, string context) => MatchContextual(value, () => context);

    /// <summary>
    /// As above, with the context computed only when the value has the shape of some contextual format: finding the
    /// names around a literal costs more than testing its shape, and most literals have no such shape.
    /// </summary>
    public static TokenFormat? MatchContextual(string value, Func<string> contextOf)
    {
        if (value.Length < ContextualMinLength || value.Length > ContextualMaxLength)
        {
            return null;
        }

        string? normalized = null;
        foreach (var format in Contextual)
        {
            try
            {
                if (!UserTextRegex.IsMatch(format.ValueShape!, value))
                {
                    continue;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            normalized ??= Normalize(contextOf());
            if (normalized.Length == 0)
            {
                return null;
            }

            foreach (var keyword in format.ContextKeywords)
            {
                if (normalized.IndexOf(keyword, StringComparison.Ordinal) >= 0)
                {
                    return Judge(format, value, 0) ? format : null;
                }
            }
        }

        return null;
    }

    /// <summary>True when any anchor occurs in the text: the cheap test a caller can run before anything else.</summary>
    public static bool MayContain(string text) => NextAnchor(text, 0) >= 0;

    /// <summary>The position of the next anchor at or after <paramref name="start"/>, or -1.</summary>
    public static int NextAnchor(string text, int start)
    {
        for (var i = start; i + 1 < text.Length; i++)
        {
            if (BucketAt(text, i) is { } bucket)
            {
                foreach (var (anchor, _) in bucket)
                {
                    if (StartsWithFolded(text, i, anchor))
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="c"/> can be part of the value of a contextual format (base64 and hex alphabets).</summary>
    public static bool IsContextualValueChar(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';

    /// <summary>The shortest and longest value a contextual format accepts.</summary>
    public const int ContextualMinLength = 30;

    /// <inheritdoc cref="ContextualMinLength"/>
    public const int ContextualMaxLength = 88;

    /// <summary>Lower-case letters and digits only: "AWS_SECRET_ACCESS_KEY" and "awsSecretAccessKey" both give "awssecretaccesskey".</summary>
    public static string Normalize(string name)
    {
        var chars = new char[name.Length];
        var n = 0;
        foreach (var c in name)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                chars[n++] = c;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                chars[n++] = (char)(c + 32);
            }
        }

        return new string(chars, 0, n);
    }

    private static bool TryMatch(TokenFormat format, string text, int start, out TokenMatch match)
    {
        match = default;
        Match m;
        try
        {
            m = UserTextRegex.Match(format.Pattern!, text, start);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (!m.Success)
        {
            return false;
        }

        var group = m.Groups["v"];
        var secret = group.Success ? group : (Group)m;
        var value = secret.Value;
        if (format.Validate is not null && !format.Validate(value))
        {
            return false;
        }

        // The random part starts after the literal prefix (the anchor) when the token begins with it.
        var prefix = 0;
        foreach (var anchor in format.Anchors)
        {
            if (value.StartsWith(anchor, StringComparison.Ordinal) && anchor.Length > prefix)
            {
                prefix = anchor.Length;
            }
        }

        if (!Judge(format, value, prefix))
        {
            return false;
        }

        match = new TokenMatch(format, secret.Index, secret.Length, value);
        return true;
    }

    /// <summary>Placeholder words, filler and low entropy disqualify a value that has the right shape.</summary>
    private static bool Judge(TokenFormat format, string value, int prefix)
    {
        var readable = value.IndexOf('%') >= 0 ? UnescapeUrl(value) : value;
        if (Placeholders.IsPlaceholder(readable) || (prefix < value.Length && Placeholders.IsPlaceholder(readable.Substring(Math.Min(prefix, readable.Length)))))
        {
            return false;
        }

        if (format.MinEntropy > 0 && Placeholders.HasCountingRun(value.Substring(Math.Min(prefix, value.Length))))
        {
            return false;
        }

        return format.MinEntropy <= 0 || Entropy.BitsPerChar(value.AsSpan(Math.Min(prefix, value.Length))) >= format.MinEntropy;
    }

    private static string UnescapeUrl(string value)
        => value.Replace("%2B", "+").Replace("%2b", "+").Replace("%2F", "/").Replace("%2f", "/").Replace("%3D", "=").Replace("%3d", "=");

    // A token must not continue a word or a base64 run: "xAKIA…" or "abc+AKIA…" are parts of something else.
    private static bool ContinuesWord(char c)
        => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '+' || c == '/' || c == '.';

    private static int Fold(char c) => c >= 'A' && c <= 'Z' ? c + 32 : c;

    private static (string, TokenFormat)[]? BucketAt(string text, int i)
    {
        var first = text[i];
        var second = text[i + 1];
        return first < 128 && second < 128 ? ByFirstPair[(Fold(first) << 7) | Fold(second)] : null;
    }

    private static bool StartsWithFolded(string text, int index, string anchor)
    {
        if (index + anchor.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < anchor.Length; k++)
        {
            var a = text[index + k];
            if (a >= 128 || Fold(a) != Fold(anchor[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static (string, TokenFormat)[][] BuildTable(ImmutableArray<TokenFormat> formats)
    {
        var lists = new List<(string, TokenFormat)>?[128 * 128];
        foreach (var format in formats)
        {
            if (format.Pattern is null)
            {
                continue;
            }

            foreach (var anchor in format.Anchors)
            {
                var key = (Fold(anchor[0]) << 7) | Fold(anchor[1]);
                (lists[key] ??= []).Add((anchor, format));
            }
        }

        var table = new (string, TokenFormat)[128 * 128][];
        for (var i = 0; i < table.Length; i++)
        {
            // Longer anchors first: "sk-proj-" before "sk-", so the more specific format claims the token.
            if (lists[i] is { } list)
            {
                list.Sort(static (x, y) => y.Item1.Length.CompareTo(x.Item1.Length));
                table[i] = list.ToArray();
            }
        }

        return table;
    }

    private static ImmutableArray<TokenFormat> BuildContextual(ImmutableArray<TokenFormat> formats)
    {
        var builder = ImmutableArray.CreateBuilder<TokenFormat>();
        foreach (var format in formats)
        {
            if (format.IsContextual)
            {
                builder.Add(format);
            }
        }

        return builder.ToImmutable();
    }
}
