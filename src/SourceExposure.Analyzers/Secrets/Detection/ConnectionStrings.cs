// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>
/// Parses connection strings (ADO.NET key=value lists as DbConnectionStringBuilder reads them, ODBC, StackExchange.Redis
/// comma lists, Azure storage, Service Bus, Event Hubs, IoT Hub and Cosmos DB strings), URIs with user information
/// (<c>scheme://user:password@host</c>) and URL query parameters named for a credential (<c>?apikey=…</c>), and
/// returns the credentials they carry. Values that are templates
/// (<c>{0}</c>, <c>${DB_PASSWORD}</c>, <c>%PW%</c>, <c>$(Password)</c>, <c>&lt;password&gt;</c>), empty or placeholders are
/// not credentials. Free of Roslyn types; linear in the text length.
/// </summary>
internal static class ConnectionStrings
{
    // Keys that hold a password; DbConnectionStringBuilder compares keys case-insensitively and providers accept synonyms.
    private const int MaxPairs = 128;

    private static readonly string[] PasswordKeys = ["password", "pwd", "user password", "passwd", "pass", "jet oledb:database password"];

    /// <summary>Cheap test before any parsing: true when the text could hold a credential in either form.</summary>
    public static bool MayContain(string text)
    {
        if (text.Length < 8)
        {
            return false;
        }

        if (text.IndexOf('=') >= 0
            && (Contains(text, "pass") || Contains(text, "pwd") || Contains(text, "accountkey")
                || Contains(text, "sharedaccess") || Contains(text, "authkey")))
        {
            return true;
        }

        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return (scheme > 0 && text.IndexOf('@', scheme) > 0) || NextQueryCredential(text, 0, out _, out _, out _) >= 0;
    }

    /// <summary>
    /// The next position at or after <paramref name="start"/> where a credential of a connection string or URI could
    /// be: a password, account-key, shared-access or auth-key keyword, the '@' ending the user information of a URL, or
    /// the '?' or '&amp;' before a credential-named query parameter. Every text <see cref="Find"/> reports from holds one,
    /// so a caller can look only at the strings found at these positions instead of parsing every string of a file. -1
    /// when there is none.
    /// </summary>
    public static int NextCandidate(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case 'p' or 'P':
                    if (TextSearch.IsAt(text, i, "pass") || TextSearch.IsAt(text, i, "pwd"))
                    {
                        return i;
                    }

                    break;
                case 'a' or 'A':
                    if (TextSearch.IsAt(text, i, "accountkey") || TextSearch.IsAt(text, i, "authkey"))
                    {
                        return i;
                    }

                    break;
                case 's' or 'S':
                    if (TextSearch.IsAt(text, i, "sharedaccess"))
                    {
                        return i;
                    }

                    break;
                case '?' or '&':
                    if (IsQueryCredentialAt(text, i, out _, out _, out _))
                    {
                        return i;
                    }

                    break;
                case '@':
                    // user:password@host: a scheme separator earlier on the same line.
                    for (var k = i - 1; k >= 2 && k > i - 512 && text[k] != '\n'; k--)
                    {
                        if (text[k] == '/' && text[k - 1] == '/' && text[k - 2] == ':')
                        {
                            return i;
                        }
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>Every credential in <paramref name="text"/>; empty when there is none (the common case, no allocation).</summary>
    public static IReadOnlyList<TextCredential> Find(string text)
    {
        if (!MayContain(text))
        {
            return Array.Empty<TextCredential>();
        }

        List<TextCredential>? found = null;
        FindInUris(text, ref found);
        FindInQueries(text, ref found);
        FindInKeyValueList(text, ref found);
        return (IReadOnlyList<TextCredential>?)found ?? Array.Empty<TextCredential>();
    }

    private static void FindInUris(string text, ref List<TextCredential>? found)
    {
        var from = 0;
        while (from < text.Length)
        {
            var separator = text.IndexOf("://", from, StringComparison.Ordinal);
            if (separator <= 0)
            {
                return;
            }

            from = separator + 3;
            var schemeStart = separator;
            while (schemeStart > 0 && IsSchemeChar(text[schemeStart - 1]))
            {
                schemeStart--;
            }

            if (schemeStart == separator || !char.IsLetter(text[schemeStart]))
            {
                continue;
            }

            // The authority ends at the first '/', '?', '#', whitespace or quote; user information ends at its last '@'.
            var end = from;
            while (end < text.Length && text[end] is not ('/' or '?' or '#' or '"' or '\'' or ' ' or '\t' or '\r' or '\n' or ';' or ','))
            {
                end++;
            }

            var at = text.LastIndexOf('@', end - 1, end - from);
            if (at < 0)
            {
                continue;
            }

            var colon = text.IndexOf(':', from, at - from);
            if (colon < 0)
            {
                continue;
            }

            var valueStart = colon + 1;
            var value = text.Substring(valueStart, at - valueStart);
            if (IsCredentialValue(value, uri: true))
            {
                var scheme = text.Substring(schemeStart, separator - schemeStart).ToLowerInvariant();
                (found ??= []).Add(new TextCredential(UriKind(scheme), "userinfo", valueStart, value.Length, value));
            }

            from = end;
        }
    }

    // URL query parameters that carry a credential, by their normalised name, and what the value is.
    private static readonly (string Name, string Kind)[] QueryCredentials =
    [
        ("apikey", "API key"), ("apisecret", "API secret"), ("appsecret", "app secret"), ("clientsecret", "client secret"),
        ("secret", "secret"), ("secretkey", "secret key"), ("accesskeysecret", "access key secret"), ("privatekey", "private key"),
        ("accesstoken", "access token"), ("authtoken", "auth token"), ("token", "token"),
        ("password", "password"), ("passwd", "password"), ("pwd", "password"),
    ];

    /// <summary>
    /// <c>?apikey=…</c>, <c>&amp;access_token=…</c>, <c>&amp;secret=…</c>: a credential in a URL's query string, sent with
    /// every request and written into the logs of every proxy on the way.
    /// </summary>
    private static void FindInQueries(string text, ref List<TextCredential>? found)
    {
        for (var at = NextQueryCredential(text, 0, out var name, out var valueStart, out var kind); at >= 0; at = NextQueryCredential(text, valueStart, out name, out valueStart, out kind))
        {
            var end = valueStart;
            while (end < text.Length && text[end] is not ('&' or '#' or '"' or '\'' or ' ' or '\t' or '\r' or '\n' or ';' or ',' or '<' or ')'))
            {
                end++;
            }

            var value = text.Substring(valueStart, end - valueStart);
            if (IsQueryCredentialValue(value, kind))
            {
                (found ??= []).Add(new TextCredential(kind + " in a URL query", name, valueStart, value.Length, value));
            }
        }
    }

    /// <summary>
    /// The position of the next '?' or '&amp;' that starts a credential-named query parameter at or after
    /// <paramref name="start"/>, with where its value starts and what it holds; -1 when there is none.
    /// </summary>
    internal static int NextQueryCredential(string text, int start, out string name, out int valueStart, out string kind)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is '?' or '&' && IsQueryCredentialAt(text, i, out name, out valueStart, out kind))
            {
                return i;
            }
        }

        name = string.Empty;
        valueStart = text.Length;
        kind = string.Empty;
        return -1;
    }

    /// <summary>
    /// Whether the '?' or '&amp;' at <paramref name="index"/> starts a credential-named query parameter, with its
    /// normalised <paramref name="name"/> (apikey, accesstoken), where its value starts and what the value is.
    /// </summary>
    internal static bool IsQueryCredentialAt(string text, int index, out string name, out int valueStart, out string kind)
    {
        name = string.Empty;
        valueStart = text.Length;
        kind = string.Empty;

        // The name: letters, digits, '_' and '-', up to 24 characters, then '='.
        var equals = index + 1;
        while (equals < text.Length && equals - index <= 25 && (char.IsLetterOrDigit(text[equals]) || text[equals] is '_' or '-'))
        {
            equals++;
        }

        if (equals == index + 1 || equals >= text.Length || text[equals] != '=')
        {
            return false;
        }

        var normalized = TokenScanner.Normalize(text.Substring(index + 1, equals - index - 1));
        foreach (var (credential, credentialKind) in QueryCredentials)
        {
            if (normalized == credential)
            {
                name = normalized;
                valueStart = equals + 1;
                kind = credentialKind;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A query value that is a credential: eight or more characters with letters and digits (API keys are as short as
    /// eight hex digits), not a template, hole or placeholder, and a password with the mix of characters passwords have.
    /// A bare <c>token</c> parameter needs sixteen, since short values under that name are often ids or states.
    /// </summary>
    private static bool IsQueryCredentialValue(string value, string kind)
    {
        if (value.Length < (kind == "token" ? 16 : 8) || value.IndexOf('{') >= 0 || value.IndexOf('}') >= 0 || !IsCredentialValue(value, uri: true))
        {
            return false;
        }

        var letters = false;
        var digits = false;
        foreach (var c in value)
        {
            letters |= char.IsLetter(c);
            digits |= char.IsDigit(c);
        }

        return letters && digits && Entropy.BitsPerChar(value) >= 2.5;
    }

    private static void FindInKeyValueList(string text, ref List<TextCredential>? found)
    {
        // StackExchange.Redis: "host:6379,password=…,ssl=True" (commas, the first item an endpoint without '=').
        var redis = text.IndexOf(';') < 0 && text.IndexOf(',') > 0 && text.IndexOf('=') > text.IndexOf(',');
        var separator = redis ? ',' : ';';
        var pairs = Parse(text, separator);
        if (pairs.Count == 0)
        {
            return;
        }

        // A password of a database on the developer's own machine opens nothing a reader of the source can reach.
        var local = redis ? IsLocalHost(text.Substring(0, text.IndexOf(','))) : IsLocalServer(pairs);

        foreach (var pair in pairs)
        {
            var key = pair.Key;
            string? kind = null;
            if (Array.IndexOf(PasswordKeys, key) >= 0)
            {
                if (local)
                {
                    continue;
                }

                kind = redis ? "Redis password" : PasswordKind(pairs, key);
            }
            else if (key == "accountkey")
            {
                kind = Has(pairs, "accountendpoint") ? "Cosmos DB account key" : "Azure Storage account key";
            }
            else if (key == "sharedaccesskey")
            {
                kind = HostEndsWith(pairs, ".azure-devices.net") ? "Azure IoT Hub shared access key"
                    : ValueContains(pairs, "endpoint", "servicebus.windows.net") && ValueContains(pairs, "entitypath", "hub")
                        ? "Azure Event Hubs shared access key"
                        : "Azure Service Bus or Event Hubs shared access key";
            }
            else if (key == "sharedaccesssignature")
            {
                // A SAS token is only a credential when it carries a signature.
                if (pair.Value.IndexOf("sig=", StringComparison.OrdinalIgnoreCase) < 0)
                {
                    continue;
                }

                kind = "Azure Storage shared access signature";
            }
            else if (key == "authkey" || key == "authorizationkey")
            {
                kind = "Cosmos DB account key";
            }

            if (kind is not null && IsCredentialValue(pair.Value, uri: false))
            {
                (found ??= []).Add(new TextCredential(kind, key, pair.ValueStart, pair.Value.Length, pair.Value));
            }
        }
    }

    /// <summary>
    /// Whether the text is a connection string to a server on the developer's own machine: <c>localhost</c>,
    /// <c>127.0.0.1</c>, <c>::1</c>, <c>.</c>, <c>(local)</c>, <c>(localdb)\…</c>, or a SQL Server Express instance
    /// (<c>.\SQLEXPRESS</c>, <c>LAPTOP-1\SQLEXPRESS</c>), which development machines run and production does not.
    /// </summary>
    public static bool PointsAtLocalServer(string text)
    {
        var pairs = Parse(text, text.IndexOf(';') < 0 && text.IndexOf(',') > 0 ? ',' : ';');
        return pairs.Count > 0 && IsLocalServer(pairs);
    }

    private static bool IsLocalServer(List<Pair> pairs)
    {
        foreach (var pair in pairs)
        {
            if (pair.Key is not ("server" or "data source" or "datasource" or "host" or "address" or "addr" or "network address"))
            {
                continue;
            }

            return IsLocalHost(pair.Value);
        }

        return false;
    }

    /// <summary>One server value: <c>tcp:localhost,1433</c>, <c>.\SQLEXPRESS</c>, <c>127.0.0.1:6379</c>.</summary>
    private static bool IsLocalHost(string value)
    {
        var server = value.Trim().ToLowerInvariant();
        if (server.StartsWith("tcp:", StringComparison.Ordinal))
        {
            server = server.Substring(4);
        }

        var comma = server.IndexOf(',');
        if (comma >= 0)
        {
            server = server.Substring(0, comma);
        }

        // JSON escapes the instance separator: "LAPTOP-1\\SQLEXPRESS".
        server = server.Replace("\\\\", "\\");
        var instance = server.IndexOf('\\');
        if (instance >= 0 && server.Substring(instance + 1) == "sqlexpress")
        {
            return true;
        }

        var host = instance >= 0 ? server.Substring(0, instance) : server;
        var colon = host.LastIndexOf(':');
        if (colon > 0 && host.IndexOf(':') == colon)
        {
            host = host.Substring(0, colon);
        }

        return host is "localhost" or "127.0.0.1" or "::1" or "[::1]" or "." or "(local)" || host.StartsWith("(localdb)", StringComparison.Ordinal);
    }

    private readonly struct Pair
    {
        public Pair(string key, string value, int valueStart)
        {
            Key = key;
            Value = value;
            ValueStart = valueStart;
        }

        public string Key { get; }

        public string Value { get; }

        public int ValueStart { get; }
    }

    /// <summary>
    /// key=value pairs as DbConnectionStringBuilder reads them: keys trimmed and lower-cased with inner runs of spaces
    /// kept, '==' an escaped '=' in a key, values trimmed, optionally in single or double quotes (a doubled quote escapes
    /// itself), ODBC values in braces.
    /// </summary>
    private static List<Pair> Parse(string text, char separator)
    {
        var pairs = new List<Pair>();
        var i = 0;

        // Real connection strings have a few dozen keys; the cap keeps the key lookups linear on hostile input.
        while (i < text.Length && pairs.Count < MaxPairs)
        {
            var keyStart = i;
            var equals = -1;
            while (i < text.Length && text[i] != separator)
            {
                if (text[i] == '=')
                {
                    if (i + 1 < text.Length && text[i + 1] == '=')
                    {
                        i += 2;
                        continue;
                    }

                    equals = i;
                    break;
                }

                i++;
            }

            if (equals < 0)
            {
                i++;
                continue;
            }

            var key = text.Substring(keyStart, equals - keyStart).Trim().Replace("==", "=").ToLowerInvariant();
            i = equals + 1;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            int valueStart;
            int valueEnd;
            if (i < text.Length && text[i] is '"' or '\'' or '{')
            {
                var close = text[i] == '{' ? '}' : text[i];
                valueStart = i + 1;
                i = valueStart;
                while (i < text.Length)
                {
                    if (text[i] == close)
                    {
                        if (i + 1 < text.Length && text[i + 1] == close)
                        {
                            i += 2;
                            continue;
                        }

                        break;
                    }

                    i++;
                }

                valueEnd = i;
                if (close == '}' && IsIdentifier(text.Substring(valueStart, valueEnd - valueStart), 0) && valueEnd < text.Length)
                {
                    // "{0}" or "{password}": a format item or template, kept with its braces so it is judged as one.
                    valueStart--;
                    valueEnd++;
                }

                while (i < text.Length && text[i] != separator)
                {
                    i++;
                }
            }
            else
            {
                valueStart = i;
                while (i < text.Length && text[i] != separator)
                {
                    i++;
                }

                valueEnd = i;
                while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1]))
                {
                    valueEnd--;
                }
            }

            key = TrimKeyPrefix(key);
            if (key.Length > 0 && key.Length <= 40 && IsKey(key))
            {
                pairs.Add(new Pair(key, text.Substring(valueStart, Math.Max(0, valueEnd - valueStart)), valueStart));
            }

            i++;
        }

        return pairs;
    }

    /// <summary>"// old: server" → "server": text before the first key (a comment marker, a label) is not part of it.</summary>
    private static string TrimKeyPrefix(string key)
    {
        var cut = -1;
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '.' or ':') || (c == ':' && i + 1 < key.Length && key[i + 1] == ' '))
            {
                cut = i;
            }
        }

        return cut < 0 ? key : key.Substring(cut + 1).Trim();
    }

    private static bool IsKey(string key)
    {
        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Names the database behind a password key from the other keys, as the providers' documentation spells them.</summary>
    private static string PasswordKind(List<Pair> pairs, string passwordKey)
    {
        if (passwordKey == "jet oledb:database password" || Has(pairs, "provider"))
        {
            return "OLE DB password";
        }

        if (Has(pairs, "driver") || Has(pairs, "dsn"))
        {
            return "ODBC password";
        }

        var port = Value(pairs, "port");
        if (port == "5432" || Has(pairs, "host") && (Has(pairs, "username") || Has(pairs, "database")) && !Has(pairs, "uid")
            || Has(pairs, "search path") || Has(pairs, "sslmode") && Has(pairs, "host"))
        {
            return "PostgreSQL password";
        }

        if (port == "3306" || Has(pairs, "uid") || Has(pairs, "allowuservariables") || Has(pairs, "allow user variables"))
        {
            return "MySQL password";
        }

        if (ValueContains(pairs, "data source", "(description") || ValueContains(pairs, "data source", ":1521")
            || Has(pairs, "dba privilege") || Has(pairs, "statement cache size"))
        {
            return "Oracle password";
        }

        if (Has(pairs, "initial catalog") || Has(pairs, "integrated security") || Has(pairs, "trustservercertificate")
            || Has(pairs, "trust server certificate") || Has(pairs, "multipleactiveresultsets") || Has(pairs, "encrypt")
            || Has(pairs, "persist security info") || Has(pairs, "application name") || Has(pairs, "user id") && Has(pairs, "data source")
            || ValueContains(pairs, "server", "tcp:") || ValueContains(pairs, "server", ".database.windows.net") || ValueContains(pairs, "data source", "tcp:"))
        {
            return "SQL Server password";
        }

        if (Has(pairs, "server") && Has(pairs, "database") && (Has(pairs, "user") || Has(pairs, "username")))
        {
            return "MySQL password";
        }

        if (Has(pairs, "server") && Has(pairs, "database"))
        {
            return "SQL Server password";
        }

        if (Has(pairs, "defaultdatabase") || Has(pairs, "abortconnect") || Has(pairs, "ssl") && !Has(pairs, "database"))
        {
            return "Redis password";
        }

        return "database password";
    }

    private static string UriKind(string scheme) => scheme switch
    {
        "postgres" or "postgresql" => "PostgreSQL password",
        "mysql" or "mysqlx" or "mariadb" => "MySQL password",
        "mongodb" or "mongodb+srv" => "MongoDB password",
        "redis" or "rediss" => "Redis password",
        "amqp" or "amqps" => "RabbitMQ password",
        "sqlserver" or "mssql" or "jdbc:sqlserver" => "SQL Server password",
        "oracle" => "Oracle password",
        "ftp" or "ftps" or "sftp" => "FTP password",
        "ssh" => "SSH password",
        "smtp" or "smtps" or "imap" or "imaps" or "pop3" => "mail server password",
        "ldap" or "ldaps" => "LDAP password",
        "http" or "https" => "password in a URL",
        "nats" or "mqtt" or "mqtts" or "kafka" => "message broker password",
        _ => "password in a URI",
    };

    /// <summary>
    /// False for values that stand for a credential without being one: empty, format items and template variables
    /// (<c>{0}</c>, <c>{password}</c>, <c>${DB_PASSWORD}</c>, <c>$(Pwd)</c>, <c>%PW%</c>, <c>&lt;password&gt;</c>,
    /// <c>__PASSWORD__</c>, <c>#{Password}#</c>, <c>@password</c>), masked values and the shared placeholder list.
    /// </summary>
    internal static bool IsCredentialValue(string value, bool uri)
    {
        // Under four characters ("Pwd=pw", "Password=x") is a documentation example; a quote with a '+' is code quoted
        // in a comment ("Password=" + pw + ";").
        var trimmed = value.Trim();
        if (trimmed.Length < 4 || (trimmed.IndexOf('"') >= 0 && trimmed.IndexOf('+') >= 0)
            || trimmed[0] == '+' || trimmed[trimmed.Length - 1] == '+' || trimmed.IndexOf(" + ", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var first = trimmed[0];
        var last = trimmed[trimmed.Length - 1];
        if ((first == '{' && last == '}') || (first == '<' && last == '>') || (first == '%' && last == '%' && trimmed.Length > 2)
            || (first == '[' && last == ']')
            || trimmed.StartsWith("${", StringComparison.Ordinal) || trimmed.StartsWith("$(", StringComparison.Ordinal)
            || trimmed.StartsWith("#{", StringComparison.Ordinal) || trimmed.StartsWith("{{", StringComparison.Ordinal)
            || (trimmed.StartsWith("__", StringComparison.Ordinal) && trimmed.EndsWith("__", StringComparison.Ordinal))
            || (first == '@' && trimmed.Length > 1 && char.IsLetter(trimmed[1]))
            || (first == '$' && trimmed.Length > 1 && char.IsLetter(trimmed[1]) && IsIdentifier(trimmed, 1)))
        {
            return false;
        }

        switch (trimmed.ToLowerInvariant())
        {
            case "password":
            case "pass":
            case "pwd":
            case "passwd":
            case "secret":
            case "key":
            case "accountkey":
            case "sharedaccesskey":
            case "null":
            case "none":
            case "empty":
                return false;
        }

        // Percent-escapes are legitimate in URIs ("p%40ss"); judge the decoded text against the placeholder list.
        return !Placeholders.IsPlaceholder(uri ? DecodePercent(trimmed) : trimmed);
    }

    private static bool IsIdentifier(string value, int from)
    {
        for (var i = from; i < value.Length; i++)
        {
            if (!(char.IsLetterOrDigit(value[i]) || value[i] == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string DecodePercent(string value)
    {
        if (value.IndexOf('%') < 0)
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                builder.Append((char)Convert.ToInt32(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsSchemeChar(char c) => char.IsLetterOrDigit(c) || c is '+' or '-' or '.';

    private static bool Has(List<Pair> pairs, string key) => Value(pairs, key) is not null;

    private static string? Value(List<Pair> pairs, string key)
    {
        foreach (var pair in pairs)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static bool ValueContains(List<Pair> pairs, string key, string fragment)
        => Value(pairs, key) is { } value && value.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool HostEndsWith(List<Pair> pairs, string suffix)
        => Value(pairs, "hostname") is { } host && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string text, string fragment) => text.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0;
}
