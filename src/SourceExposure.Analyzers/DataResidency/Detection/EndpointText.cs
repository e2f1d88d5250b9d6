// SPDX-License-Identifier: MIT
using System;
using SourceExposure.Analyzers.DataResidency.Catalog;

namespace SourceExposure.Analyzers.DataResidency.Detection;

/// <summary>How an endpoint appears in a string.</summary>
internal enum EndpointForm
{
    /// <summary><c>https://oss-cn-hangzhou.aliyuncs.com/bucket</c>, <c>sb://ns.servicebus.chinacloudapi.cn/</c>.</summary>
    Url,

    /// <summary><c>oss-cn-hangzhou.aliyuncs.com</c>, optionally with a port.</summary>
    Host,

    /// <summary>The server of a connection string: <c>Server=…;</c>, <c>Host=…;</c>, <c>Data Source=…;</c>, <c>Endpoint=…;</c>.</summary>
    ConnectionString,
}

/// <summary>Finds the host in a string literal and places it with the catalog. Roslyn-free; allocation only for candidates.</summary>
internal static class EndpointText
{
    private static readonly string[] ServerKeys =
    [
        "server", "host", "hostname", "data source", "datasource", "address", "addr", "network address", "endpoint",
        "accountendpoint", "blobendpoint", "queueendpoint", "tableendpoint", "fileendpoint", "endpointsuffix",
    ];

    /// <summary>The cheap test every literal goes through first: long enough and with a dot.</summary>
    public static bool IsCandidate(string text) => text.Length >= 5 && text.Length <= 4096 && text.IndexOf('.') >= 0;

    /// <summary>The first endpoint in <paramref name="text"/> that the catalog places in a jurisdiction.</summary>
    public static bool TryFind(string text, out HostMatch match, out EndpointForm form)
    {
        match = default;
        form = EndpointForm.Url;
        if (!IsCandidate(text))
        {
            return false;
        }

        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            form = EndpointForm.Url;
            return IsScheme(text, scheme) && TryUrlHost(text, scheme + 3, out var host) && JurisdictionCatalog.TryMatchHost(host, out match);
        }

        // Kafka bootstrap servers and StackExchange.Redis configurations: "host:9092,host2:9092", "host:6379,ssl=true".
        if (text.IndexOf(',') > 0 && text.IndexOf(';') < 0 && TryHostList(text, out match))
        {
            form = EndpointForm.Host;
            return true;
        }

        if (text.IndexOf('=') > 0)
        {
            form = EndpointForm.ConnectionString;
            return TryConnectionString(text, out match);
        }

        form = EndpointForm.Host;
        return TryHostWithPath(text.Trim(), out var bare) && JurisdictionCatalog.TryMatchHost(bare, out match);
    }

    /// <summary>
    /// A host written without a scheme, optionally with a port and a path (<c>oss-cn-hangzhou.aliyuncs.com/bucket</c>), or
    /// the rest of a host after a hole or a joined name (<c>.oss-cn-hangzhou.aliyuncs.com/x</c> in
    /// <c>$"https://{bucket}.oss-cn-hangzhou.aliyuncs.com/x"</c>).
    /// </summary>
    private static bool TryHostWithPath(string value, out string host)
    {
        var start = value.Length > 1 && value[0] == '.' ? 1 : 0;
        var end = value.IndexOfAny(['/', '?', '#'], start);
        return TryBareHost(end < 0 ? (start == 0 ? value : value.Substring(start)) : value.Substring(start, end - start), out host);
    }

    private static bool TryHostList(string text, out HostMatch match)
    {
        match = default;
        var items = text.Split(',');
        if (items.Length > 64)
        {
            return false;
        }

        foreach (var item in items)
        {
            var candidate = item.Trim();
            if (candidate.IndexOf('=') < 0 && TryBareHost(candidate, out var host) && JurisdictionCatalog.TryMatchHost(host, out match))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first host of a URL or a bare host name in <paramref name="text"/>, whether or not the catalog places it
    /// (connection strings are not looked at).
    /// </summary>
    public static bool TryFindHost(string text, out string host)
    {
        host = string.Empty;
        if (!IsCandidate(text))
        {
            return false;
        }

        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return scheme > 0
            ? IsScheme(text, scheme) && TryUrlHost(text, scheme + 3, out host)
            : text.IndexOf('=') < 0 && TryBareHost(text.Trim(), out host);
    }

    /// <summary>The host of the URL whose authority starts at <paramref name="start"/>, lower case, without user info or port.</summary>
    internal static bool TryUrlHost(string text, int start, out string host)
    {
        var end = text.IndexOfAny(['/', '?', '#', ' ', '"', '\'', '\\', '\n', '\r', '\t'], start);
        if (end < 0)
        {
            end = text.Length;
        }

        var at = text.LastIndexOf('@', end - 1, end - start);
        if (at >= start)
        {
            start = at + 1;
        }

        return TryBareHost(text.Substring(start, end - start), out host);
    }

    /// <summary>A whole value shaped like a DNS name (letters, digits, dashes, dots; a letter in the last label), optionally with a port.</summary>
    internal static bool TryBareHost(string value, out string host)
    {
        host = string.Empty;
        var colon = value.IndexOf(':');
        if (colon >= 0)
        {
            for (var i = colon + 1; i < value.Length; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                {
                    return false;
                }
            }

            value = value.Substring(0, colon);
        }

        if (value.Length < 4 || value.Length > 253 || value[0] == '.' || value[0] == '-')
        {
            return false;
        }

        var lastDot = -1;
        foreach (var c in value)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.'))
            {
                return false;
            }
        }

        lastDot = value.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == value.Length - 1)
        {
            // A trailing dot is a fully-qualified name; drop it.
            if (lastDot == value.Length - 1 && lastDot > 0)
            {
                return TryBareHost(value.Substring(0, lastDot), out host);
            }

            return false;
        }

        // The last label decides cheaply whether the catalog can place the name at all (.cn, .com, .net …), before
        // the name is lowered and split: most dotted strings in code are namespaces, file names and formats.
        if (!JurisdictionCatalog.IsKnownLastLabel(value, lastDot + 1))
        {
            return false;
        }

        host = value.ToLowerInvariant();
        return true;
    }

    private static bool IsScheme(string text, int end)
    {
        // Scheme: letters, digits, + - . after the first letter (RFC 3986 §3.1), and the whole prefix.
        var start = end - 1;
        while (start >= 0 && (char.IsLetterOrDigit(text[start]) || text[start] is '+' or '-' or '.'))
        {
            start--;
        }

        start++;
        if (end - start < 2 || !char.IsLetter(text[start]))
        {
            return false;
        }

        // "Endpoint=sb://…" and "see https://…" keep their URL; anything else before the scheme must be a separator.
        return start == 0 || text[start - 1] is '=' or ' ' or '"' or '\'' or '(' or '<' or ',' or ';' or '\t' or '\n';
    }

    private static bool TryConnectionString(string text, out HostMatch match)
    {
        match = default;
        foreach (var part in text.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = part.Substring(0, equals).Trim();
            if (Array.IndexOf(ServerKeys, key.ToLowerInvariant()) < 0)
            {
                continue;
            }

            var value = part.Substring(equals + 1).Trim().Trim('"', '\'');
            if (string.Equals(key, "endpointsuffix", StringComparison.OrdinalIgnoreCase))
            {
                value = "account." + value;
            }

            var scheme = value.IndexOf("://", StringComparison.Ordinal);
            if (scheme > 0)
            {
                if (TryUrlHost(value, scheme + 3, out var urlHost) && JurisdictionCatalog.TryMatchHost(urlHost, out match))
                {
                    return true;
                }

                continue;
            }

            if (value.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
            {
                value = value.Substring(4);
            }

            foreach (var server in value.Split(','))
            {
                var name = server.Trim();
                var instance = name.IndexOf('\\');
                if (instance >= 0)
                {
                    name = name.Substring(0, instance);
                }

                if (TryBareHost(name, out var host) && JurisdictionCatalog.TryMatchHost(host, out match))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
