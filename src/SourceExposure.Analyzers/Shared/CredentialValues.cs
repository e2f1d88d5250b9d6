// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers.Shared;

/// <summary>
/// Whether a literal found with a credential name is the credential itself or something about it (a name, a message,
/// a pattern, a status, a placeholder): the value half of the credential vocabulary, beside
/// <see cref="CredentialNames"/>. Free of Roslyn types.
/// </summary>
internal static class CredentialValues
{
    /// <summary>
    /// Whether a literal assigned to a symbol of <paramref name="credentialClass"/> looks like the secret itself, not a
    /// name, message, pattern, URL, template or placeholder. Passwords need 6+ characters, two character classes and
    /// <paramref name="minPasswordEntropy"/>; generated secrets need 12+ characters and <paramref name="minEntropy"/>.
    /// </summary>
    public static bool LooksLikeSecret(string value, CredentialClass credentialClass, double minEntropy, double minPasswordEntropy)
    {
        if (credentialClass == CredentialClass.None || value.Length < 6 || value.Length > 4096)
        {
            return false;
        }

        // Scheme words: "Bearer abc" keeps only the credential part for judging.
        var candidate = value;
        var space = value.IndexOf(' ');
        if (space > 0 && (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)))
        {
            candidate = value.Substring(space + 1);
        }

        int letters = 0, upper = 0, lower = 0, digits = 0, symbols = 0;
        foreach (var c in candidate)
        {
            if (char.IsWhiteSpace(c))
            {
                // Sentences ("Password is required"), SQL and messages; passphrases with spaces are missed on purpose.
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else
                {
                    lower++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else
            {
                symbols++;
            }
        }

        if (candidate.IndexOf("://", StringComparison.Ordinal) >= 0 || candidate[0] is '/' or '~' || candidate.IndexOf('\\') >= 0
            || LooksLikeRegex(candidate) || LooksLikeFormat(candidate) || Placeholders.IsPlaceholder(candidate))
        {
            return false;
        }

        // Identifier-like values name things ("Bearer", "access_token", "Db:Password", "client_credentials", "X-Api-Key").
        if (digits == 0 && OnlyIdentifierSymbols(candidate))
        {
            return false;
        }

        // Slugs of words name things too, digits or not: option names ("s3-password"), feature flags
        // ("pm-27086-update-authentication-apis-for-input-password"), claim names and error codes ("password_hash_b64").
        if (IsWordSlug(candidate))
        {
            return false;
        }

        // Dotted names and versions ("System.Security", "1.2.3.4", "app.settings.json").
        if (symbols > 0 && letters + digits > 0 && OnlyDotsAsSymbols(candidate) && (digits == 0 || letters == 0))
        {
            return false;
        }

        var classes = (upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digits > 0 ? 1 : 0) + (symbols > 0 ? 1 : 0);
        if (credentialClass == CredentialClass.Password)
        {
            return classes >= 2 && Entropy.BitsPerChar(candidate) >= minPasswordEntropy;
        }

        // Generated secrets: long and random; all-digit values are numbers (ports, ids), not keys.
        return candidate.Length >= 12 && letters > 0 && (digits > 0 || (upper > 0 && lower > 0) || symbols > 0)
            && Entropy.BitsPerChar(candidate) >= minEntropy;
    }

    /// <summary>
    /// Lower-case (or upper-case) parts joined by '-', '_', '.' or ':', at least two of them words (two or more
    /// letters, mostly letters, and a letter outside a-f so hex runs of UUIDs and keys do not count), or one of them a
    /// credential word ("s3-password"). Lower-case diceware passphrases ("correct-horse-battery-staple") have this
    /// shape too and are not reported.
    /// </summary>
    internal static bool IsWordSlug(string value)
    {
        var hasLower = false;
        var hasUpper = false;
        var parts = 0;
        var words = 0;
        var namesCredential = false;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && !(value[i] is '-' or '_' or '.' or ':'))
            {
                var c = value[i];
                if (c is >= 'a' and <= 'z')
                {
                    hasLower = true;
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    hasUpper = true;
                }
                else if (c is not (>= '0' and <= '9'))
                {
                    return false;
                }

                continue;
            }

            if (i == start)
            {
                return false;
            }

            parts++;
            if (IsWord(value, start, i))
            {
                words++;
                namesCredential |= IsCredentialWord(value, start, i);
            }

            start = i + 1;
        }

        return parts >= 2 && (words >= 2 || namesCredential) && !(hasLower && hasUpper);
    }

    // A slug that spells out what it holds ("s3-password", "smtp_secret") names a setting rather than being one.
    private static readonly string[] CredentialWords = ["password", "passwd", "pwd", "secret", "token", "apikey", "key", "pass", "passphrase"];

    private static bool IsCredentialWord(string value, int start, int end)
    {
        foreach (var word in CredentialWords)
        {
            if (word.Length == end - start && string.Compare(value, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(string value, int start, int end)
    {
        var letters = 0;
        var beyondHex = false;
        for (var i = start; i < end; i++)
        {
            var c = char.ToLowerInvariant(value[i]);
            if (c is >= 'a' and <= 'z')
            {
                letters++;
                beyondHex |= c > 'f';
            }
        }

        return letters >= 2 && letters * 10 >= (end - start) * 6 && beyondHex;
    }

    private static bool LooksLikeRegex(string value)
        => value.IndexOf("\\d", StringComparison.Ordinal) >= 0 || value.IndexOf("(?", StringComparison.Ordinal) >= 0
            || value.IndexOf("[a-", StringComparison.Ordinal) >= 0 || value.IndexOf("[A-", StringComparison.Ordinal) >= 0
            || value.IndexOf("[0-", StringComparison.Ordinal) >= 0 || (value[0] == '^' && value[value.Length - 1] == '$')
            || value.IndexOf(".*", StringComparison.Ordinal) >= 0 || value.IndexOf("{8,", StringComparison.Ordinal) >= 0;

    private static bool LooksLikeFormat(string value)
    {
        var open = value.IndexOf('{');
        return open >= 0 && value.IndexOf('}', open) > open;
    }

    private static bool OnlyIdentifierSymbols(string value)
    {
        foreach (var c in value)
        {
            if (!(char.IsLetter(c) || c is '_' or '-' or '.' or ':' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyDotsAsSymbols(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsLetterOrDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    // Values a credential-named variable is legitimately compared with: empty-ish markers, statuses, token kinds.
    private static readonly string[] BenignValues =
    [
        "null", "undefined", "none", "n/a", "na", "true", "false", "yes", "no", "on", "off", "ok", "active", "inactive",
        "pending", "enabled", "disabled", "expired", "revoked", "valid", "invalid", "locked", "unlocked", "unknown",
        "bearer", "basic", "digest", "negotiate", "ntlm", "jwt", "refresh", "access", "id_token", "access_token",
        "refresh_token", "password", "client_credentials", "authorization_code", "code", "token", "anonymous", "guest",
        "*", "-", "?", "default", "required", "optional", "set", "unset", "empty", "missing", "hidden", "masked",
    ];

    /// <summary>
    /// SE4001: true when a literal compared with a credential-named value is not itself a credential: empty or blank, a status
    /// or token-kind word, a header name, a single character.
    /// </summary>
    public static bool IsBenignValue(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length <= 1)
        {
            return true;
        }

        foreach (var benign in BenignValues)
        {
            if (string.Equals(trimmed, benign, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsHeaderName(trimmed);
    }

    private static bool IsHeaderName(string value)
        => value.StartsWith("X-", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "Authorization", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "Cookie", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "Api-Key", StringComparison.OrdinalIgnoreCase);
}
