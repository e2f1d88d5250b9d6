// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>
/// A credential found in text (a connection string, a URI, a configuration entry): what it is, the key that names it and
/// where its value sits in the text searched.
/// </summary>
internal readonly struct TextCredential
{
    public TextCredential(string kind, string key, int start, int length, string value)
    {
        Kind = kind;
        Key = key;
        Start = start;
        Length = length;
        Value = value;
    }

    /// <summary>What the value is, for the message: "PostgreSQL password", "Azure Storage account key", "password".</summary>
    public string Kind { get; }

    /// <summary>The key: for connection strings normalised (password, accountkey; "userinfo" for URIs, the parameter for queries), for entries as written.</summary>
    public string Key { get; }

    /// <summary>Offset of the value in the text searched.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>The value as written (never shown: callers redact it).</summary>
    public string Value { get; }
}
