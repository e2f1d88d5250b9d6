// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SourceExposure.Analyzers.Disclosure.Detection;

/// <summary>What kind of internal name a string holds.</summary>
internal enum InfrastructureKind
{
    PrivateIPv4,
    LinkLocalIPv4,
    UniqueLocalIPv6,
    LinkLocalIPv6,
    InternalHost,
    SingleLabelHost,
    UncPath,
}

/// <summary>One internal name found in a string: its kind and the text naming it.</summary>
internal readonly struct InfrastructureMatch
{
    public InfrastructureMatch(InfrastructureKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public InfrastructureKind Kind { get; }

    public string Value { get; }

    /// <summary>IP addresses are the ones a version-number context can explain away.</summary>
    public bool IsIPv4 => Kind is InfrastructureKind.PrivateIPv4 or InfrastructureKind.LinkLocalIPv4;

    /// <summary>Host names and URLs are the ones an XML-namespace context can explain away.</summary>
    public bool IsHostName => Kind is InfrastructureKind.InternalHost or InfrastructureKind.SingleLabelHost;

    public string Describe() => Kind switch
    {
        InfrastructureKind.PrivateIPv4 => "Private IPv4 address",
        InfrastructureKind.LinkLocalIPv4 => "Link-local IPv4 address",
        InfrastructureKind.UniqueLocalIPv6 => "Unique local IPv6 address",
        InfrastructureKind.LinkLocalIPv6 => "Link-local IPv6 address",
        InfrastructureKind.InternalHost => "Internal host name",
        InfrastructureKind.SingleLabelHost => "Single-label host",
        _ => "UNC path",
    };
}

/// <summary>
/// Recognises internal infrastructure in string values: RFC 1918 and link-local IPv4 (10/8, 172.16/12, 192.168/16,
/// 169.254/16), IPv6 unique local (fc00::/7) and link-local (fe80::/10) addresses, host names under internal suffixes
/// (.corp, .internal, .local, .lan, .intranet, .home.arpa), single-label hosts in URLs (http://buildserver/) and UNC
/// paths (\\server\share). Loopback, documentation ranges and public names are not internal. Free of Roslyn types.
/// </summary>
internal static class InternalInfrastructure
{
    private static readonly string[] InternalSuffixes = ["corp", "internal", "local", "lan", "intranet", "home.arpa"];

    // Host names under an internal suffix, with no further label after it (so "appsettings.local.json" is a file).
    private static readonly Regex InternalHostPattern = new(
        @"(?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:corp|internal|local|lan|intranet|home\.arpa)(?![\w-])(?!\.[a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        RegexTimeouts.UserText);

    // scheme://host with a host of one label: http://buildserver/, tcp://db01:5432.
    private static readonly Regex SingleLabelUrlPattern = new(
        @"\b[a-z][a-z0-9+.-]*://(?:[^/@\s]+@)?([a-z0-9](?:[a-z0-9_-]{0,61}[a-z0-9])?)(?=[:/?#]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        RegexTimeouts.UserText);

    // \\server\share (also \\server.corp\share$); not \\?\ or \\.\ device paths.
    private static readonly Regex UncPattern = new(
        @"(?<![\\\w])\\\\([a-z0-9][\w.-]*)\\[\w$.-]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        RegexTimeouts.UserText);

    // One-label names that stand for "some host" in examples and templates rather than a machine.
    private static readonly string[] GenericHosts =
    [
        "localhost", "host", "hostname", "server", "servername", "machine", "domain", "example", "yourserver",
        "your-server", "myserver", "my-server", "computer", "remote", "remotehost", "target", "proxy", "foo", "bar",
    ];

    /// <summary>
    /// Cheap pass over a file: the next position at or after <paramref name="start"/> that could begin an internal
    /// name (a private IPv4 prefix, an fc/fd/fe8 IPv6 group, an internal suffix, "://", or a double backslash), or -1.
    /// </summary>
    public static int NextCandidate(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '1':
                    if ((i == 0 || !IsAddressChar(text[i - 1]))
                        && (At(text, i, "10.") || At(text, i, "172.") || At(text, i, "192.168.") || At(text, i, "169.254.")))
                    {
                        return i;
                    }

                    break;
                case 'f' or 'F':
                    if (i + 4 < text.Length && (i == 0 || !IsHex(text[i - 1]))
                        && text[i + 1] is 'c' or 'C' or 'd' or 'D' or 'e' or 'E'
                        && (text[i + 2] == ':' || text[i + 3] == ':' || text[i + 4] == ':'))
                    {
                        return i;
                    }

                    break;
                case '.':
                    foreach (var suffix in InternalSuffixes)
                    {
                        if (string.Compare(text, i + 1, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0)
                        {
                            return i;
                        }
                    }

                    break;
                case ':':
                    if (At(text, i, "://"))
                    {
                        return i;
                    }

                    break;
                case '\\':
                    if (i + 1 < text.Length && text[i + 1] == '\\')
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>The first internal name in <paramref name="value"/> that the allow-list does not cover.</summary>
    public static bool TryFind(string value, ImmutableArray<string> allowed, out InfrastructureMatch match)
    {
        match = default;
        if (value.Length < 4 || value.Length > 4096)
        {
            return false;
        }

        try
        {
            return TryFindIPv4(value, allowed, out match)
                || TryFindIPv6(value, out match)
                || TryFindUnc(value, allowed, out match)
                || TryFindHost(value, allowed, out match);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool TryFindIPv4(string value, ImmutableArray<string> allowed, out InfrastructureMatch match)
    {
        match = default;
        for (var i = 0; i < value.Length; i++)
        {
            // "v10.0.1.2" is a version, whatever its numbers.
            if (!char.IsDigit(value[i]) || (i > 0 && (IsAddressChar(value[i - 1]) || value[i - 1] is 'v' or 'V')))
            {
                continue;
            }

            // A dotted quad standing alone: "10.0.1.2", "10.0.0.0/8", "10.1.2.3:5432"; not "1.10.0.1.2".
            var end = i;
            var octets = new int[4];
            var count = 0;
            var ok = true;
            while (count < 4)
            {
                var digits = 0;
                var number = 0;
                while (end < value.Length && char.IsDigit(value[end]) && digits < 4)
                {
                    number = (number * 10) + (value[end] - '0');
                    end++;
                    digits++;
                }

                if (digits == 0 || digits > 3 || number > 255)
                {
                    ok = false;
                    break;
                }

                octets[count++] = number;
                if (count < 4)
                {
                    if (end >= value.Length || value[end] != '.')
                    {
                        ok = false;
                        break;
                    }

                    end++;
                }
            }

            if (ok && (end >= value.Length || !IsAddressChar(value[end]) || (value[end] == '.' && (end + 1 >= value.Length || !char.IsDigit(value[end + 1])))))
            {
                var kind = octets[0] == 10 || (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31) || (octets[0] == 192 && octets[1] == 168)
                    ? InfrastructureKind.PrivateIPv4
                    : octets[0] == 169 && octets[1] == 254 ? InfrastructureKind.LinkLocalIPv4 : (InfrastructureKind?)null;
                var text = value.Substring(i, end - i);
                if (kind is { } found && !IsAllowed(text, allowed))
                {
                    match = new InfrastructureMatch(found, text);
                    return true;
                }
            }

            // Skip the rest of this run of digits and dots.
            while (i + 1 < value.Length && IsAddressChar(value[i + 1]))
            {
                i++;
            }
        }

        return false;
    }

    private static bool TryFindIPv6(string value, out InfrastructureMatch match)
    {
        match = default;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is not ('f' or 'F') || (i > 0 && (IsHex(value[i - 1]) || value[i - 1] == ':')))
            {
                continue;
            }

            var end = i;
            var colons = 0;
            while (end < value.Length && (IsHex(value[end]) || value[end] == ':' || value[end] == '.'))
            {
                if (value[end] == ':')
                {
                    colons++;
                }

                end++;
            }

            if (colons >= 2 && IPAddress.TryParse(value.Substring(i, end - i), out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                var bytes = address.GetAddressBytes();
                if ((bytes[0] & 0xFE) == 0xFC)
                {
                    match = new InfrastructureMatch(InfrastructureKind.UniqueLocalIPv6, value.Substring(i, end - i));
                    return true;
                }

                if (bytes[0] == 0xFE && (bytes[1] & 0xC0) == 0x80)
                {
                    match = new InfrastructureMatch(InfrastructureKind.LinkLocalIPv6, value.Substring(i, end - i));
                    return true;
                }
            }

            i = end;
        }

        return false;
    }

    private static bool TryFindUnc(string value, ImmutableArray<string> allowed, out InfrastructureMatch match)
    {
        match = default;
        if (value.IndexOf(@"\\", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        for (var m = UncPattern.Match(value); m.Success; m = m.NextMatch())
        {
            var host = m.Groups[1].Value;
            if (!string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) && host != "127.0.0.1" && !IsAllowed(host, allowed))
            {
                match = new InfrastructureMatch(InfrastructureKind.UncPath, m.Value);
                return true;
            }
        }

        return false;
    }

    private static bool TryFindHost(string value, ImmutableArray<string> allowed, out InfrastructureMatch match)
    {
        match = default;
        if (value.IndexOf('.') >= 0)
        {
            for (var m = InternalHostPattern.Match(value); m.Success; m = m.NextMatch())
            {
                if (!IsAllowed(m.Value, allowed))
                {
                    match = new InfrastructureMatch(InfrastructureKind.InternalHost, m.Value);
                    return true;
                }
            }
        }

        if (value.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            for (var m = SingleLabelUrlPattern.Match(value); m.Success; m = m.NextMatch())
            {
                var host = m.Groups[1].Value;
                if (!IsGenericHost(host) && !IsAllDigits(host) && !IsAllowed(host, allowed))
                {
                    match = new InfrastructureMatch(InfrastructureKind.SingleLabelHost, host);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>An allow-list entry matches a host exactly, a domain by its suffix (".corp.example"), or an address by its prefix ("10.20.").</summary>
    internal static bool IsAllowed(string found, ImmutableArray<string> allowed)
    {
        if (allowed.IsDefaultOrEmpty)
        {
            return false;
        }

        foreach (var entry in allowed)
        {
            if (string.Equals(found, entry, StringComparison.OrdinalIgnoreCase)
                || (entry.StartsWith(".", StringComparison.Ordinal) && found.EndsWith(entry, StringComparison.OrdinalIgnoreCase))
                || (entry.Length > 0 && char.IsDigit(entry[0]) && entry.EndsWith(".", StringComparison.Ordinal) && found.StartsWith(entry, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGenericHost(string host)
    {
        foreach (var generic in GenericHosts)
        {
            if (string.Equals(host, generic, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return Placeholders.IsPlaceholder(host);
    }

    private static bool IsAllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool At(string text, int index, string expected)
        => index + expected.Length <= text.Length && string.CompareOrdinal(text, index, expected, 0, expected.Length) == 0;

    private static bool IsAddressChar(char c) => char.IsDigit(c) || c == '.';

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
