// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>A secret found in a string or a file's text: which rule's concern it is, what it is, and where.</summary>
internal readonly struct TextSecret
{
    public TextSecret(string ruleId, string kind, int start, int length, string value)
    {
        RuleId = ruleId;
        Kind = kind;
        Start = start;
        Length = length;
        Value = value;
    }

    /// <summary>SE1001 (provider format), SE1002 (private key), SE1003 (connection string) or SE1007 (file content).</summary>
    public string RuleId { get; }

    /// <summary>What the secret is: "RSA private key", "Stripe secret key", "Password of 'Password'".</summary>
    public string Kind { get; }

    /// <summary>The only form of the value that may be shown: <see cref="Redaction.Redact"/>.</summary>
    public string Redacted => Redaction.Redact(Value);

    /// <summary>For messages: "RSA private key ('MIIE…')".</summary>
    public string What => Kind + " ('" + Redacted + "')";

    public int Start { get; }

    public int Length { get; }

    /// <summary>The secret itself: only for allowlists and hashing, never shown.</summary>
    public string Value { get; }
}

/// <summary>
/// What the secret engines (<see cref="TokenScanner"/>, <see cref="PrivateKeyMaterial"/>, <see cref="ConnectionStrings"/>,
/// <see cref="CredentialEntries"/>) find in one piece of text, for callers that hold text rather than syntax: SE1007
/// for additional files, and <c>source-exposure inspect</c> for strings read from assembly metadata, resources and
/// shipped files. Free of Roslyn types; the formats themselves live only in the engines.
/// </summary>
internal static class TextSecrets
{
    /// <summary>A file with hundreds of secrets needs one decision, not hundreds of findings; also bounds the overlap check.</summary>
    public const int MaximumPerText = 100;

    /// <summary>
    /// Secrets in the content of a file (configuration, key file, resource): private keys, provider tokens and
    /// credential entries, one finding per place (a token inside a PEM block or a JSON value already found is not
    /// found again). <paramref name="allowed"/> drops values the team has accepted.
    /// </summary>
    public static List<TextSecret> InFile(string content, Func<string, bool>? allowed = null)
    {
        var found = new List<TextSecret>();
        if (PrivateKeyMaterial.TryFind(content, out var key) && allowed?.Invoke(key.Body) != true)
        {
            Add(found, new TextSecret("SE1007", key.Kind, key.Start, key.Length, key.Body));
        }

        if (TokenScanner.Scan(content) is { } tokens)
        {
            foreach (var token in tokens)
            {
                if (allowed?.Invoke(token.Value) != true)
                {
                    Add(found, new TextSecret("SE1007", token.Format.Kind, token.Start, token.Length, token.Value));
                }
            }
        }

        if (CredentialEntries.Find(content) is { } entries)
        {
            foreach (var entry in entries)
            {
                if (allowed?.Invoke(entry.Value) != true)
                {
                    var kind = char.ToUpperInvariant(entry.Kind[0]) + entry.Kind.Substring(1);
                    Add(found, new TextSecret("SE1007", $"{kind} of '{entry.Key}'", entry.Start, entry.Length, entry.Value));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Secrets in one string value as a program holds it (a string constant, a literal loaded by the code): provider
    /// tokens (SE1001, with the contextual formats only when <paramref name="name"/> vouches for them), private keys
    /// (SE1002) and credentials in connection strings or URIs (SE1003).
    /// </summary>
    public static List<TextSecret> InString(string value, string? name = null)
    {
        var found = new List<TextSecret>();
        if (value.Length < 8)
        {
            return found;
        }

        if (PrivateKeyMaterial.TryFind(value, out var key))
        {
            Add(found, new TextSecret("SE1002", key.Kind, key.Start, key.Length, key.Body));
        }

        var tokens = TokenScanner.Scan(value);
        if (tokens is not null)
        {
            foreach (var token in tokens)
            {
                Add(found, new TextSecret("SE1001", token.Format.Kind, token.Start, token.Length, token.Value));
            }
        }
        else if (name is not null && TokenScanner.MatchContextual(value, name) is { } format)
        {
            Add(found, new TextSecret("SE1001", format.Kind, 0, value.Length, value));
        }

        foreach (var secret in ConnectionStrings.Find(value))
        {
            Add(found, new TextSecret("SE1003", secret.Kind, secret.Start, secret.Length, secret.Value));
        }

        return found;
    }

    private static void Add(List<TextSecret> found, TextSecret secret)
    {
        if (found.Count >= MaximumPerText)
        {
            return;
        }

        foreach (var other in found)
        {
            if (secret.Start < other.Start + other.Length && other.Start < secret.Start + secret.Length)
            {
                return;
            }
        }

        found.Add(secret);
    }
}
