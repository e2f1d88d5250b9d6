// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>
/// Finds credentials written as entries of configuration files: JSON properties (<c>"Password": "…"</c>), XML
/// attributes and elements (<c>&lt;add key="ApiKey" value="…"/&gt;</c>, <c>password="…"</c>,
/// <c>&lt;Password&gt;…&lt;/Password&gt;</c>), ini/.env/.properties/YAML lines (<c>DB_PASSWORD=…</c>) and
/// <c>Password=…;</c> inside connection strings. A key counts when its last word names a credential; a value counts
/// when it is not empty, not a placeholder or reference (<c>${…}</c>, <c>%…%</c>, <c>{0}</c>, a configuration path
/// or variable name, a Key Vault reference) and has some entropy. Free of Roslyn types.
/// </summary>
internal static class CredentialEntries
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly Regex[] Patterns =
    [
        new(@"""(?<k>[A-Za-z0-9_.:$-]{1,80})""\s{0,10}:\s{0,10}""(?<v>[^""\\\r\n]{1,256})""", Options, RegexTimeouts.UserText),
        new(@"<add\s{1,64}key\s{0,64}=\s{0,64}""(?<k>[^""\r\n]{1,80})""\s{1,64}value\s{0,64}=\s{0,64}""(?<v>[^""\r\n]{1,256})""", Options, RegexTimeouts.UserText),
        new(@"(?<![A-Za-z0-9_.:-])(?<k>[A-Za-z_][A-Za-z0-9_.:-]{0,60})\s{0,5}=\s{0,5}""(?<v>[^""\r\n]{1,256})""", Options, RegexTimeouts.UserText),
        new(@"<(?<k>[A-Za-z_][A-Za-z0-9_.-]{0,60})>(?<v>[^<\r\n]{1,256})</\k<k>>", Options, RegexTimeouts.UserText),
        new(@"(?m)^[ \t]{0,40}(?:export[ \t]{1,8})?(?<k>[A-Za-z_][A-Za-z0-9_.-]{0,60})[ \t]{0,10}[:=][ \t]{0,10}(?<q>[""']?)(?<v>[^""'\r\n#;]{1,256}?)\k<q>[ \t]{0,64}\r?$", Options, RegexTimeouts.UserText),
        new(@"(?i)(?<![A-Za-z0-9])(?<k>password|pwd)[ \t]{0,5}=[ \t]{0,5}(?<v>[^;""'\r\n]{1,128})", Options, RegexTimeouts.UserText),
    ];

    // Normalised key endings (lower-case letters and digits) and the kind each one names.
    private static readonly (string Ending, string Kind)[] Endings =
    [
        ("password", "password"), ("passwd", "password"), ("pwd", "password"), ("passphrase", "passphrase"),
        ("clientsecret", "client secret"), ("secret", "secret"), ("apikey", "API key"), ("apisecret", "API secret"),
        ("secretkey", "secret key"), ("accesskey", "access key"), ("accountkey", "account key"), ("sharedaccesskey", "shared access key"),
        ("accesstoken", "access token"), ("authtoken", "auth token"), ("bearertoken", "bearer token"), ("token", "token"),
    ];

    public static List<TextCredential>? Find(string text)
    {
        List<TextCredential>? results = null;
        HashSet<int>? starts = null;

        // Every entry's key holds a keyword and every pattern matches within one line, so the patterns run only over
        // the lines that hold a keyword (with the line after, where a JSON value can sit below its key), not the file.
        foreach (var (start, length) in KeywordLines(text))
        {
            foreach (var pattern in Patterns)
            {
                Match match;
                try
                {
                    match = UserTextRegex.Match(pattern, text, start, length);
                }
                catch (RegexMatchTimeoutException)
                {
                    continue;
                }

                while (match.Success)
                {
                    var key = match.Groups["k"].Value;
                    var value = match.Groups["v"];
                    var trimmed = value.Value.Trim();
                    if (KindOf(key) is { } kind && IsSecretValue(trimmed) && !NamesItself(key, trimmed) && !InLocalConnectionString(text, value.Index))
                    {
                        // Two patterns can find the same value (an .ini line that is also "Password=…"): keep one.
                        var offset = value.Value.IndexOf(trimmed, StringComparison.Ordinal);
                        if ((starts ??= []).Add(value.Index + offset))
                        {
                            (results ??= []).Add(new TextCredential(kind, key, value.Index + offset, trimmed.Length, trimmed));
                        }
                    }

                    try
                    {
                        match = UserTextRegex.Next(pattern, match, start + length);
                    }
                    catch (RegexMatchTimeoutException)
                    {
                        break;
                    }
                }
            }
        }

        return results;
    }

    /// <summary>
    /// The stretches of <paramref name="text"/> made of the lines holding a credential keyword, each joined with the line
    /// after it; overlapping stretches are merged. Each starts at a line start and ends at a line end.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> KeywordLines(string text)
    {
        var windowStart = -1;
        var windowEnd = -1;
        var position = 0;
        while (NextKeyword(text, position) is var hit && hit >= 0)
        {
            var start = hit == 0 ? 0 : text.LastIndexOf('\n', hit - 1) + 1;
            var lineEnd = LineEnd(text, hit);
            var end = LineEnd(text, lineEnd + 1);
            if (windowEnd >= 0 && start <= windowEnd + 1)
            {
                windowEnd = Math.Max(windowEnd, end);
            }
            else
            {
                if (windowEnd >= 0)
                {
                    yield return (windowStart, windowEnd - windowStart);
                }

                windowStart = start;
                windowEnd = end;
            }

            position = lineEnd + 1;
        }

        if (windowEnd >= 0)
        {
            yield return (windowStart, windowEnd - windowStart);
        }
    }

    private static int LineEnd(string text, int index)
    {
        var end = index < text.Length ? text.IndexOf('\n', index) : -1;
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// The position of the next keyword every credential key holds (pass, pwd, secret, key, token), or -1. One look per
    /// character (the keywords start with different letters), so the search stays linear however many keywords a text has.
    /// </summary>
    public static int NextKeyword(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var found = (text[i] | 0x20) switch
            {
                'p' => TextSearch.IsAt(text, i, "pass") || TextSearch.IsAt(text, i, "pwd"),
                's' => TextSearch.IsAt(text, i, "secret"),
                'k' => TextSearch.IsAt(text, i, "key"),
                't' => TextSearch.IsAt(text, i, "token"),
                _ => false,
            };
            if (found)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the keyword at <paramref name="position"/> can end the key of an entry: the rest of the key, then quotes or
    /// escapes, then a separator (<c>\"apiKey\":</c>, <c>""password"":</c>, <c>token=</c>, <c>&lt;Password&gt;</c>, or the
    /// space before <c>value=</c> in <c>&lt;add key="ApiKey" value=…</c>), as every one of <see cref="Patterns"/> needs.
    /// </summary>
    public static bool MayEndKey(string text, int position)
    {
        var i = position;
        var limit = Math.Min(text.Length, position + 40);
        while (i < limit && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.'))
        {
            i++;
        }

        var quoted = false;
        while (i < limit && text[i] is '"' or '\\' or '\'')
        {
            quoted = true;
            i++;
        }

        while (i < limit && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < limit && (text[i] is ':' or '=' or '>' || (quoted && i > position && text[i - 1] is ' ' or '\t'));
    }

    /// <summary>
    /// The kind of credential a key names, or null ("PasswordPolicy" and "TokenUrl" name none; nor do public keys and
    /// the <c>publicKeyToken</c> of an assembly's strong name).
    /// </summary>
    public static string? KindOf(string key)
    {
        var normalized = TokenScanner.Normalize(key);
        if (normalized.IndexOf("public", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        foreach (var (ending, kind) in Endings)
        {
            if (normalized.EndsWith(ending, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>A <c>Password=…</c> inside a connection string (on its line) to a database on the developer's machine.</summary>
    private static bool InLocalConnectionString(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        var line = text.Substring(start, (end < 0 ? text.Length : end) - start);
        return line.IndexOf('=') != line.LastIndexOf('=') && ConnectionStrings.PointsAtLocalServer(Unquote(line));
    }

    // The connection string inside a JSON or XML line: from the first key=value to the closing quote.
    private static string Unquote(string line)
    {
        var equals = line.IndexOf('=');
        if (equals < 0)
        {
            return line;
        }

        var open = line.LastIndexOf('"', equals);
        var close = line.IndexOf('"', equals);
        return open >= 0 && close > open ? line.Substring(open + 1, close - open - 1) : line;
    }

    /// <summary>The value repeats its own key ("TenPayV3_Key": "TenPayV3_Key"): a template waiting to be filled in.</summary>
    private static bool NamesItself(string key, string value)
    {
        var normalizedKey = TokenScanner.Normalize(key);
        var normalizedValue = TokenScanner.Normalize(value);
        return normalizedValue.Length > 0 && (normalizedKey.EndsWith(normalizedValue, StringComparison.Ordinal) || normalizedValue.EndsWith(normalizedKey, StringComparison.Ordinal));
    }

    public static bool IsSecretValue(string value)
    {
        // A lone '%' is a symbol in a password; only a %NAME% pair is an environment reference.
        var probe = value.IndexOf('%') == value.LastIndexOf('%') ? value.Replace('%', '!') : value;
        if (value.Length < 6 || Placeholders.IsPlaceholder(probe) || Placeholders.HasCountingRun(value))
        {
            return false;
        }

        // References and lookups: {0}, Vault:Db:Password, DB_PASSWORD, @Microsoft.KeyVault(...), true, 1234.
        if (value.IndexOf('{') >= 0 || value.StartsWith("@", StringComparison.Ordinal) || IsLookup(value) || IsPlainWordOrNumber(value))
        {
            return false;
        }

        // Prose ("Enter the password") is not a password.
        if (value.Split(' ').Length > 2)
        {
            return false;
        }

        return Entropy.BitsPerChar(value) >= 2.5;
    }

    // UPPER_SNAKE variable names and colon- or dot-separated configuration paths.
    private static bool IsLookup(string value)
    {
        var upperSnake = true;
        var separators = 0;
        foreach (var c in value)
        {
            if (c == ':' || c == '/')
            {
                separators++;
            }
            else if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            {
                upperSnake = false;
            }

            if (!(char.IsLetterOrDigit(c) || c == '_' || c == ':' || c == '.' || c == '-' || c == '/'))
            {
                return false;
            }
        }

        return upperSnake || separators >= 1;
    }

    private static bool IsPlainWordOrNumber(string value)
    {
        var letters = 0;
        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        // "300000", "Required", "Production": digits alone, or one short word.
        return letters == 0 || (digits == 0 && value.Length < 10);
    }
}
