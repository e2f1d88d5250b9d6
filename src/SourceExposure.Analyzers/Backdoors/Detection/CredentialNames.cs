// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>What a name says about the value it holds, for SE4001.</summary>
internal enum CredentialKind
{
    /// <summary>Nothing credential-like.</summary>
    None,

    /// <summary>A secret: password, passphrase, PIN, token, API key, one-time code.</summary>
    Secret,

    /// <summary>An identity: user name, login, account. A match alone is not a credential; a match that grants access is.</summary>
    Identity,

    /// <summary>Describes something about a credential or access (its role, type, header, length), not the credential.</summary>
    Excluded,
}

/// <summary>
/// Judges identifiers, member names and dictionary keys (<c>Request.Headers["X-Api-Key"]</c>) by their words
/// (camelCase, snake_case and kebab-case are split), and literals by whether they look like a status, a role or a
/// header name rather than a credential. Free of Roslyn types so the CLI and tests reuse it.
/// </summary>
internal static class CredentialNames
{
    // Words that make a name describe something other than the credential itself: the role, the kind of token, the
    // header carrying it, its length. "passwordLength == 0" and "tokenType == \"Bearer\"" are not checks of a secret.
    private static readonly string[] Disqualifying =
    [
        "role", "roles", "group", "groups", "scope", "scopes", "claim", "claims", "permission", "permissions", "policy",
        "type", "kind", "status", "state", "mode", "format", "header", "length", "count", "provider", "scheme", "url",
        "uri", "path", "file", "endpoint", "expiry", "expiration", "expires", "hint", "field", "label", "prompt",
        "message", "column", "option", "options", "strength", "policy", "hash", "salt", "algorithm", "version",
        "display", "first", "last", "email", "culture", "locale", "language", "agent", "id",
    ];

    /// <summary>Classifies a name such as <c>password</c>, <c>request.ApiKey</c>'s <c>ApiKey</c>, <c>X-Api-Key</c>.</summary>
    public static CredentialKind Classify(string? name)
    {
        if (name is null || name.Length < 2 || name.Length > 64)
        {
            return CredentialKind.None;
        }

        Span<Word> words = stackalloc Word[12];
        var count = Split(name, words);
        var kind = CredentialKind.None;
        for (var i = 0; i < count; i++)
        {
            var word = Slice(name, words[i]);
            if (IsAny(word, Disqualifying))
            {
                return CredentialKind.Excluded;
            }

            var previous = i > 0 ? Slice(name, words[i - 1]) : ReadOnlySpan<char>.Empty;
            var wordKind = ClassifyWord(word, previous);
            if (wordKind == CredentialKind.Secret)
            {
                kind = CredentialKind.Secret;
            }
            else if (wordKind == CredentialKind.Identity && kind == CredentialKind.None)
            {
                kind = CredentialKind.Identity;
            }
        }

        return kind;
    }

    private static CredentialKind ClassifyWord(ReadOnlySpan<char> word, ReadOnlySpan<char> previous)
    {
        if (Is(word, "password") || Is(word, "passwd") || Is(word, "pwd") || Is(word, "pass") || Is(word, "passphrase")
            || Is(word, "passcode") || Is(word, "pin") || Is(word, "secret") || Is(word, "token") || Is(word, "apikey")
            || Is(word, "otp") || Is(word, "credential") || Is(word, "credentials") || Is(word, "passkey")
            || Is(word, "authorization") || Is(word, "totp") || Is(word, "mfa"))
        {
            return CredentialKind.Secret;
        }

        // "key" alone names dictionary keys everywhere; with a qualifier it names a credential.
        if (Is(word, "key") && (Is(previous, "api") || Is(previous, "access") || Is(previous, "secret") || Is(previous, "master")
            || Is(previous, "license") || Is(previous, "auth") || Is(previous, "admin") || Is(previous, "unlock")))
        {
            return CredentialKind.Secret;
        }

        // "code" alone is too common; a verification or unlock code is a secret.
        if (Is(word, "code") && (Is(previous, "verification") || Is(previous, "unlock") || Is(previous, "access")
            || Is(previous, "admin") || Is(previous, "auth") || Is(previous, "security")))
        {
            return CredentialKind.Secret;
        }

        if (Is(word, "user") || Is(word, "username") || Is(word, "usr") || Is(word, "login") || Is(word, "logon")
            || Is(word, "account") || Is(word, "uid") || Is(word, "userid"))
        {
            return CredentialKind.Identity;
        }

        return CredentialKind.None;
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
    /// True when a literal compared with a credential-named value is not itself a credential: empty or blank, a status
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

    /// <summary>Whether a name says its holder grants access: <c>isAdmin</c>, <c>authenticated</c>, <c>accessGranted</c>.</summary>
    public static bool GrantsAccess(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return false;
        }

        Span<Word> words = stackalloc Word[12];
        var count = Split(name, words);
        for (var i = 0; i < count; i++)
        {
            var word = Slice(name, words[i]);
            if (Is(word, "admin") || Is(word, "administrator") || Is(word, "authenticated") || Is(word, "authorized")
                || Is(word, "authorised") || Is(word, "granted") || Is(word, "allowed") || Is(word, "privileged")
                || Is(word, "superuser") || Is(word, "root") || Is(word, "bypass") || Is(word, "elevated")
                || Is(word, "trusted") || Is(word, "logged") || Is(word, "unlocked"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a method name says it authenticates: <c>Login</c>, <c>Authenticate</c>, <c>CheckPassword</c>, <c>IsAuthorized</c>, <c>VerifyOtp</c>, <c>ValidateCode</c>.</summary>
    public static bool IsAuthenticationMethod(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return false;
        }

        Span<Word> words = stackalloc Word[12];
        var count = Split(name, words);
        var verifies = false;
        var code = false;
        for (var i = 0; i < count; i++)
        {
            var word = Slice(name, words[i]);
            if (Is(word, "login") || Is(word, "logon") || Is(word, "signin") || Is(word, "authenticate") || Is(word, "authorize")
                || Is(word, "authorized") || Is(word, "authenticated") || Is(word, "credentials") || Is(word, "password")
                || Is(word, "otp") || Is(word, "totp") || Is(word, "mfa") || Is(word, "2fa")
                || (Is(word, "in") && i > 0 && (Is(Slice(name, words[i - 1]), "log") || Is(Slice(name, words[i - 1]), "sign")))
                || (Is(word, "factor") && i > 0 && Is(Slice(name, words[i - 1]), "two")))
            {
                return true;
            }

            // VerifyCode, ValidatePin, CheckToken: a one-time code or PIN being checked.
            verifies |= Is(word, "verify") || Is(word, "validate") || Is(word, "check");
            code |= Is(word, "code") || Is(word, "pin") || Is(word, "token") || Is(word, "passcode");
        }

        return verifies && code;
    }

    /// <summary>Splits an identifier into words at case changes, digits, '_', '-', '.' and spaces; returns the count.</summary>
    internal static int Split(string name, Span<Word> words)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= name.Length && count < words.Length; i++)
        {
            var c = i < name.Length ? name[i] : '_';
            var separator = !char.IsLetter(c);
            var boundary = !separator && start >= 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if ((separator || boundary) && start >= 0)
            {
                words[count++] = new Word(start, i - start);
                start = -1;
            }

            if (!separator && start < 0)
            {
                start = i;
            }
        }

        return count;
    }

    private static ReadOnlySpan<char> Slice(string name, Word word) => name.AsSpan(word.Start, word.Length);

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected.AsSpan(), StringComparison.OrdinalIgnoreCase);

    private static bool IsAny(ReadOnlySpan<char> word, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Is(word, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One word of a name: start and length.</summary>
    internal readonly struct Word
    {
        public Word(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }

        public int Length { get; }
    }
}
