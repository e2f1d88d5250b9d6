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
    UniqueLocalIPv6,
    InternalHost,
    SingleLabelHost,
    UncPath,
}

/// <summary>One internal name found in a string: its kind and the text naming it.</summary>
internal readonly struct InfrastructureMatch
{
    public InfrastructureMatch(InfrastructureKind kind, string value, bool needsHostContext = false)
    {
        Kind = kind;
        Value = value;
        NeedsHostContext = needsHostContext;
    }

    public InfrastructureKind Kind { get; }

    public string Value { get; }

    /// <summary>
    /// A bare dotted name under <c>.local</c>, which configuration paths ("akka.persistence.snapshot-store.local") share
    /// with mDNS hosts: it counts only where the code uses it as a host (an endpoint-named receiver).
    /// </summary>
    public bool NeedsHostContext { get; }

    /// <summary>IP addresses are the ones a version-number context can explain away.</summary>
    public bool IsIPv4 => Kind is InfrastructureKind.PrivateIPv4;

    /// <summary>Host names and URLs are the ones an XML-namespace context can explain away.</summary>
    public bool IsHostName => Kind is InfrastructureKind.InternalHost or InfrastructureKind.SingleLabelHost;

    public string Describe() => Kind switch
    {
        InfrastructureKind.PrivateIPv4 => "Private IPv4 address",
        InfrastructureKind.UniqueLocalIPv6 => "Unique local IPv6 address",
        InfrastructureKind.InternalHost => "Internal host name",
        InfrastructureKind.SingleLabelHost => "Single-label host",
        _ => "UNC path",
    };
}

/// <summary>
/// Recognises a machine of an organisation's private network named in a string value: an RFC 1918 IPv4 host address
/// (10/8, 172.16/12, 192.168/16), an IPv6 unique local host address (fc00::/7), a host name under an internal suffix
/// (.corp, .internal, .local, .lan, .intranet, .home.arpa), a UNC path (\\fileserver01\share) and, on request, a
/// single-label host in a network URL (http://buildserver/).
/// What real code holds that only looks like this is not reported: ranges and the addresses that bound them (network
/// .0, gateway .1, broadcast .255, CIDR blocks used to classify addresses), link-local addresses (auto-configured,
/// including the cloud metadata service), documented defaults (Docker's host.docker.internal, the Android emulator's
/// 10.0.2.2, Kubernetes' cluster.local), examples in prose ("e.g. \\server\share"), loopback, documentation ranges and
/// public names. Free of Roslyn types.
/// </summary>
internal static class InternalInfrastructure
{
    private static readonly string[] InternalSuffixes = ["corp", "internal", "local", "lan", "intranet", "home.arpa"];

    // Host names under an internal suffix, with no further label after it (so "appsettings.local.json" is a file).
    // At most 127 labels, as in DNS, so one attempt reads a bounded run.
    private static readonly Regex InternalHostPattern = new(
        @"(?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,127}(?:corp|internal|local|lan|intranet|home\.arpa)(?![\w-])(?!\.[a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        RegexTimeouts.UserText);

    // After "://" (found with IndexOf): optional user info, then a host of one label: http://buildserver/, tcp://db01:5432.
    // Anchored with \G at the position after the separator, so it never re-scans the string.
    private static readonly Regex SingleLabelHostPattern = new(
        @"\G(?:[^/@\s]{1,128}@)?([a-z0-9](?:[a-z0-9_-]{0,61}[a-z0-9])?)(?=[:/?#]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        RegexTimeouts.UserText);

    // Schemes that name a machine on a network; custom schemes (myapp://callback, pack://application, box://folder,
    // akka.tcp://system@host) name an app, a resource or a format, not a host.
    private static readonly string[] NetworkSchemes =
    [
        "http", "https", "ftp", "ftps", "sftp", "ssh", "tcp", "udp", "ws", "wss", "ldap", "ldaps", "smb", "rdp", "telnet",
        "mongodb", "redis", "rediss", "amqp", "amqps", "mqtt", "postgres", "postgresql", "mysql", "sqlserver", "nats", "kafka",
    ];

    // Names that the tools of the trade define, the same in every organisation.
    private static readonly string[] WellKnownInternalHosts =
    [
        "host.docker.internal", "gateway.docker.internal", "kubernetes.docker.internal", "metadata.google.internal",
    ];

    // Kubernetes cluster DNS: service names inside a cluster, the same shape everywhere.
    private const string ClusterLocal = ".cluster.local";

    // Addresses the Android emulator defines (developer.android.com/studio/run/emulator-networking).
    private static readonly string[] WellKnownAddresses = ["10.0.2.2", "10.0.2.3", "10.0.2.15"];

    // \\server\share (also \\server.corp\share$); not \\?\ or \\.\ device paths. Names are at most 255 characters.
    private static readonly Regex UncPattern = new(
        @"(?<![\\\w])\\\\([a-z0-9][\w.-]{0,254})\\[\w$.-]{1,255}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        RegexTimeouts.UserText);

    // One-label names that stand for "some host" in examples and templates rather than a machine.
    private static readonly string[] GenericHosts =
    [
        "localhost", "host", "hostname", "server", "servername", "machine", "domain", "example", "yourserver",
        "your-server", "myserver", "my-server", "computer", "remote", "remotehost", "target", "proxy", "foo", "bar",
        "share", "nas", "pc", "workstation", "mycomputer", "computername", "fileserver", "localmachine",
    ];

    /// <summary>
    /// Cheap pass over a file: the next position at or after <paramref name="start"/> that could begin an internal
    /// name (a private IPv4 prefix, an fc/fd IPv6 group, an internal suffix, a double backslash, and "://" when
    /// single-label hosts are wanted), or -1.
    /// </summary>
    public static int NextCandidate(string text, int start, bool singleLabelHosts = false)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '1':
                    if ((i == 0 || !IsAddressChar(text[i - 1]))
                        && (At(text, i, "10.") || At(text, i, "172.") || At(text, i, "192.168.")))
                    {
                        return i;
                    }

                    break;
                case 'f' or 'F':
                    if (i + 4 < text.Length && (i == 0 || !Uri.IsHexDigit(text[i - 1]))
                        && text[i + 1] is 'c' or 'C' or 'd' or 'D'
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
                    if (singleLabelHosts && At(text, i, "://"))
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
        => TryFind(value, allowed, singleLabelHosts: false, out match);

    /// <summary>
    /// The first internal name in <paramref name="value"/> that the allow-list does not cover; single-label URL hosts
    /// only when <paramref name="singleLabelHosts"/> (service-discovery and container names share their shape).
    /// </summary>
    public static bool TryFind(string value, ImmutableArray<string> allowed, bool singleLabelHosts, out InfrastructureMatch match)
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
                || TryFindHost(value, allowed, singleLabelHosts, out match);
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
                var isPrivate = octets[0] == 10 || (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31) || (octets[0] == 192 && octets[1] == 168);
                var text = value.Substring(i, end - i);
                if (isPrivate && IsHostAddress(octets[3], value, end) && Array.IndexOf(WellKnownAddresses, text) < 0
                    && !IsExample(value, i) && !IsAllowed(text, allowed))
                {
                    match = new InfrastructureMatch(InfrastructureKind.PrivateIPv4, text);
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
            if (c is not ('f' or 'F') || (i > 0 && (Uri.IsHexDigit(value[i - 1]) || value[i - 1] == ':')))
            {
                continue;
            }

            var end = i;
            var colons = 0;
            while (end < value.Length && (Uri.IsHexDigit(value[end]) || value[end] == ':' || value[end] == '.'))
            {
                if (value[end] == ':')
                {
                    colons++;
                }

                end++;
            }

            if (colons >= 2 && IPAddress.TryParse(value.Substring(i, end - i), out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                // Unique local host addresses only: a prefix ("fd00::", "fc00::/7") is a range, ::1 and ::0 an interface
                // or network, and link-local fe80::/10 addresses configure themselves on every machine.
                var bytes = address.GetAddressBytes();
                var last = (bytes[14] << 8) | bytes[15];
                if ((bytes[0] & 0xFE) == 0xFC && last > 1 && (end >= value.Length || value[end] != '/') && !IsExample(value, i))
                {
                    match = new InfrastructureMatch(InfrastructureKind.UniqueLocalIPv6, value.Substring(i, end - i));
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

        for (var m = UserTextRegex.Match(UncPattern, value, 0); m.Success; m = UserTextRegex.Next(UncPattern, m, value.Length))
        {
            var host = m.Groups[1].Value;
            if (!IsGenericHost(host) && host != "127.0.0.1" && !IsExample(value, m.Index) && !IsAllowed(host, allowed))
            {
                match = new InfrastructureMatch(InfrastructureKind.UncPath, m.Value);
                return true;
            }
        }

        return false;
    }

    private static bool TryFindHost(string value, ImmutableArray<string> allowed, bool singleLabelHosts, out InfrastructureMatch match)
    {
        match = default;
        if (value.IndexOf('.') >= 0)
        {
            for (var m = UserTextRegex.Match(InternalHostPattern, value, 0); m.Success; m = UserTextRegex.Next(InternalHostPattern, m, value.Length))
            {
                var host = m.Value;
                if (IsWellKnownInternalHost(host) || IsExample(value, m.Index) || IsAllowed(host, allowed))
                {
                    continue;
                }

                // ".local" closes mDNS names and configuration paths alike: as the whole value it needs a host context.
                var bare = m.Index == 0 && m.Length == value.Length;
                var needsContext = bare && host.EndsWith(".local", StringComparison.OrdinalIgnoreCase);
                match = new InfrastructureMatch(InfrastructureKind.InternalHost, host, needsContext);
                return true;
            }
        }

        if (!singleLabelHosts)
        {
            return false;
        }

        for (var separator = value.IndexOf("://", StringComparison.Ordinal); separator > 0; separator = value.IndexOf("://", separator + 3, StringComparison.Ordinal))
        {
            if (!IsNetworkScheme(value, separator))
            {
                continue;
            }

            var m = UserTextRegex.Match(SingleLabelHostPattern, value, separator + 3);
            if (!m.Success)
            {
                continue;
            }

            var host = m.Groups[1].Value;
            if (!IsGenericHost(host) && !IsAllDigits(host) && !IsAllowed(host, allowed))
            {
                match = new InfrastructureMatch(InfrastructureKind.SingleLabelHost, host);
                return true;
            }
        }

        return false;
    }

    /// <summary>The scheme ending at <paramref name="separator"/> ("://") is one of <see cref="NetworkSchemes"/>.</summary>
    private static bool IsNetworkScheme(string value, int separator)
    {
        var start = separator;
        while (start > 0 && separator - start < 12 && char.IsLetter(value[start - 1]))
        {
            start--;
        }

        // "akka.tcp://", "git+ssh://": a compound scheme is the application's own.
        if (start > 0 && value[start - 1] is '.' or '+' or '-')
        {
            return false;
        }

        foreach (var scheme in NetworkSchemes)
        {
            if (scheme.Length == separator - start && string.Compare(value, start, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An address that names one machine: not the network (.0), the gateway (.1) or the broadcast address (.255), and
    /// not the start of a CIDR block ("10.20.0.0/16") that code uses to classify addresses.
    /// </summary>
    private static bool IsHostAddress(int lastOctet, string value, int end)
        => lastOctet is not (0 or 1 or 255) && (end >= value.Length || value[end] != '/');

    private static bool IsWellKnownInternalHost(string host)
    {
        foreach (var known in WellKnownInternalHosts)
        {
            if (string.Equals(host, known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return host.EndsWith(ClusterLocal, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The name at <paramref name="index"/> is an example in prose: "e.g. \\server\share", "for example 10.0.5.20",
    /// "such as nas.local". Looks back a few words only.
    /// </summary>
    private static bool IsExample(string value, int index)
    {
        var from = Math.Max(0, index - 24);
        var window = value.Substring(from, index - from);
        return window.IndexOf("e.g", StringComparison.OrdinalIgnoreCase) >= 0
            || window.IndexOf("example", StringComparison.OrdinalIgnoreCase) >= 0
            || window.IndexOf("such as", StringComparison.OrdinalIgnoreCase) >= 0
            || window.IndexOf("like ", StringComparison.OrdinalIgnoreCase) >= 0
            || window.IndexOf("eg.", StringComparison.OrdinalIgnoreCase) >= 0;
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
}
