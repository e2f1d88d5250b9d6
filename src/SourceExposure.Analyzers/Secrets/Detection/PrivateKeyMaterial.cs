// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>A private key found in text: its kind, where in the text it is, and the start of its body (for redaction).</summary>
internal readonly struct PrivateKeyMatch
{
    public PrivateKeyMatch(string kind, int start, int length, string body)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Body = body;
    }

    public string Kind { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The key material itself; never shown except through <see cref="Redaction"/>.</summary>
    public string Body { get; }
}

/// <summary>
/// Recognises private key material by its documented envelopes: PEM private key blocks (RFC 7468 labels, OpenSSH,
/// PGP armour), PuTTY .ppk files, base64 PKCS#12 (PFX) blobs, and base64 DER private keys without PEM armour (PKCS#8,
/// PKCS#1 RSA, SEC1 EC), as payment SDKs take them ("MIIEvQIBADANBgkq…"). A block counts only with a real body: a
/// header alone (parsing code), an ellipsis or a placeholder is not a key. Free of Roslyn types so the CLI reuses it.
/// </summary>
internal static class PrivateKeyMaterial
{
    private const int MinimumBodyLength = 64;

    // RFC 7468 and the OpenSSH/PGP armour labels that carry private keys; certificates and public keys are not secret.
    private static readonly (string Label, string Kind)[] PemLabels =
    [
        ("RSA PRIVATE KEY", "RSA private key"),
        ("EC PRIVATE KEY", "EC private key"),
        ("DSA PRIVATE KEY", "DSA private key"),
        ("OPENSSH PRIVATE KEY", "OpenSSH private key"),
        ("ENCRYPTED PRIVATE KEY", "encrypted PKCS#8 private key"),
        ("PRIVATE KEY", "PKCS#8 private key"),
        ("PGP PRIVATE KEY BLOCK", "PGP private key block"),
        ("SSH2 ENCRYPTED PRIVATE KEY", "SSH2 private key"),
    ];

    // Every format below contains one of these: a PEM or PuTTY header, or the base64 start of a DER sequence (bare keys).
    private static readonly string[] Markers = ["PRIVATE KEY", "PuTTY-User-Key-File", "MII", "MIG", "MHc"];

    /// <summary>Cheap test run before any parsing: every format below contains one of the markers.</summary>
    public static bool MayContain(string text)
        => text.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0
            || text.IndexOf("PuTTY-User-Key-File", StringComparison.Ordinal) >= 0
            || (text.Length >= 100 && (text.IndexOf("MII", StringComparison.Ordinal) >= 0 || text.IndexOf("MIG", StringComparison.Ordinal) >= 0
                || text.IndexOf("MHc", StringComparison.Ordinal) >= 0));

    /// <summary>Where in <paramref name="text"/> a marker occurs, ascending: the only places a key can be found.</summary>
    public static List<int> MarkerPositions(string text)
    {
        var positions = new List<int>();
        foreach (var marker in Markers)
        {
            for (var i = text.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = text.IndexOf(marker, i + marker.Length, StringComparison.Ordinal))
            {
                positions.Add(i);
            }
        }

        positions.Sort();
        return positions;
    }

    public static bool TryFind(string text, out PrivateKeyMatch match)
    {
        match = default;
        if (!MayContain(text))
        {
            return false;
        }

        return TryFindPem(text, out match) || TryFindPutty(text, out match) || TryFindPkcs12(text, out match) || TryFindBareDer(text, out match);
    }

    private static bool TryFindPem(string text, out PrivateKeyMatch match)
    {
        var searchFrom = 0;
        while (true)
        {
            var begin = text.IndexOf("-----BEGIN ", searchFrom, StringComparison.Ordinal);
            if (begin < 0)
            {
                match = default;
                return false;
            }

            var labelStart = begin + "-----BEGIN ".Length;
            var labelEnd = text.IndexOf("-----", labelStart, StringComparison.Ordinal);
            if (labelEnd < 0)
            {
                match = default;
                return false;
            }

            searchFrom = labelEnd + 5;
            var label = text.Substring(labelStart, labelEnd - labelStart);
            var kind = KindOf(label);
            if (kind is null)
            {
                continue;
            }

            var endMarker = text.IndexOf("-----END ", searchFrom, StringComparison.Ordinal);
            var bodyEnd = endMarker < 0 ? text.Length : endMarker;
            var body = Base64Body(text, searchFrom, bodyEnd);
            if (IsRealBody(body))
            {
                var blockEnd = text.Length;
                if (endMarker >= 0)
                {
                    var close = text.IndexOf("-----", endMarker + 9, StringComparison.Ordinal);
                    blockEnd = close >= 0 ? close + 5 : text.Length;
                }

                match = new PrivateKeyMatch(kind, begin, blockEnd - begin, body);
                return true;
            }
        }
    }

    private static string? KindOf(string label)
    {
        foreach (var (known, kind) in PemLabels)
        {
            if (string.Equals(label, known, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    private static bool TryFindPutty(string text, out PrivateKeyMatch match)
    {
        match = default;
        var start = text.IndexOf("PuTTY-User-Key-File-", StringComparison.Ordinal);
        if (start < 0)
        {
            return false;
        }

        var lines = text.IndexOf("Private-Lines:", start, StringComparison.Ordinal);
        if (lines < 0)
        {
            return false;
        }

        var bodyStart = text.IndexOf('\n', lines);
        if (bodyStart < 0)
        {
            return false;
        }

        var macIndex = text.IndexOf("Private-MAC:", bodyStart, StringComparison.Ordinal);
        var body = Base64Body(text, bodyStart, macIndex < 0 ? text.Length : macIndex);
        if (!IsRealBody(body))
        {
            return false;
        }

        match = new PrivateKeyMatch("PuTTY private key", start, (macIndex < 0 ? text.Length : macIndex) - start, body);
        return true;
    }

    /// <summary>
    /// A PFX is a DER SEQUENCE whose first field is INTEGER 3 (RFC 7292 §4): base64 "MII" + length, then the bytes
    /// 02 01 03 30. Decoding the first 12 characters tells it apart from certificates and other DER blobs.
    /// </summary>
    private static bool TryFindPkcs12(string text, out PrivateKeyMatch match)
    {
        match = default;
        var start = text.IndexOf("MII", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = start;
            while (end < text.Length && IsBase64Char(text[end]))
            {
                end++;
            }

            if (end - start >= 256 && IsPfxHeader(text.Substring(start, 12)))
            {
                match = new PrivateKeyMatch("PKCS#12 (PFX) key container", start, end - start, text.Substring(start, end - start));
                return true;
            }

            start = text.IndexOf("MII", end, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// A base64 run that decodes, whole, to one DER structure of a private key: SEQUENCE { INTEGER 0 or 1, then an
    /// AlgorithmIdentifier SEQUENCE (PKCS#8), an INTEGER modulus (PKCS#1 RSA) or an OCTET STRING key (SEC1 EC) }.
    /// Public keys (SubjectPublicKeyInfo) and certificates start with a SEQUENCE, not a version, and are not matched.
    /// </summary>
    private static bool TryFindBareDer(string text, out PrivateKeyMatch match)
    {
        match = default;
        foreach (var anchor in BareDerAnchors)
        {
            var start = text.IndexOf(anchor, StringComparison.Ordinal);
            while (start >= 0)
            {
                var end = start;
                while (end < text.Length && end - start <= MaxBareDerLength && IsBase64Char(text[end]))
                {
                    end++;
                }

                if ((start == 0 || !IsBase64Char(text[start - 1])) && end - start >= 100 && end - start <= MaxBareDerLength
                    && BareDerKind(text.Substring(start, end - start)) is { } kind)
                {
                    match = new PrivateKeyMatch(kind, start, end - start, text.Substring(start, end - start));
                    return true;
                }

                start = text.IndexOf(anchor, end, StringComparison.Ordinal);
            }
        }

        return false;
    }

    // SEQUENCE with a two-byte length ("MII"), a one-byte length ("MIG", "MIH": 0x81 0x87…), or SEC1 P-256 ("MHc": 0x30 0x77).
    private static readonly string[] BareDerAnchors = ["MII", "MIG", "MIH", "MHc"];

    // An RSA-4096 PKCS#8 key is about 3,200 base64 characters; longer runs are other data.
    private const int MaxBareDerLength = 4096;

    private static string? BareDerKind(string base64)
    {
        byte[] der;
        try
        {
            der = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }

        if (der.Length < 40 || der[0] != 0x30)
        {
            return null;
        }

        int header;
        int length;
        switch (der[1])
        {
            case < 0x80:
                header = 2;
                length = der[1];
                break;
            case 0x81:
                header = 3;
                length = der[2];
                break;
            case 0x82:
                header = 4;
                length = (der[2] << 8) | der[3];
                break;
            default:
                return null;
        }

        // The run is exactly one structure: the declared length covers the rest of the decoded bytes.
        if (header + length != der.Length || der[header] != 0x02 || der[header + 1] != 0x01 || der[header + 2] > 1)
        {
            return null;
        }

        return der[header + 3] switch
        {
            0x30 => "PKCS#8 private key without PEM armour",
            0x02 => "RSA private key without PEM armour",
            0x04 => "EC private key without PEM armour",
            _ => null,
        };
    }

    private static bool IsPfxHeader(string first12)
    {
        try
        {
            var bytes = Convert.FromBase64String(first12);
            return bytes.Length == 9 && bytes[0] == 0x30 && bytes[1] == 0x82 && bytes[4] == 0x02 && bytes[5] == 0x01 && bytes[6] == 0x03 && bytes[7] == 0x30;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // The base64 characters of a PEM body, skipping line breaks, escapes left in comments and armour headers.
    private static string Base64Body(string text, int from, int to)
    {
        var builder = new System.Text.StringBuilder(Math.Max(0, Math.Min(to - from, 8192)));
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (IsBase64Char(c))
            {
                builder.Append(c);
            }
            else if (c == ':')
            {
                // "Proc-Type: 4,ENCRYPTED" style headers are not key material; drop what was read on this line.
                var lineStart = text.LastIndexOf('\n', i);
                builder.Length = Math.Max(0, builder.Length - (i - lineStart - 1));
            }
        }

        return builder.ToString();
    }

    /// <summary>Long enough, and not a placeholder: no run of one character making up most of it, several distinct characters.</summary>
    private static bool IsRealBody(string body)
    {
        if (body.Length < MinimumBodyLength)
        {
            return false;
        }

        var distinct = new bool[128];
        var count = 0;
        foreach (var c in body)
        {
            if (c < 128 && !distinct[c])
            {
                distinct[c] = true;
                count++;
            }
        }

        // Real base64 key bodies use most of the 64-character alphabet; "AAAA…" or "xxxx…" placeholders do not.
        return count >= 20;
    }

    private static bool IsBase64Char(char c)
        => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
}
