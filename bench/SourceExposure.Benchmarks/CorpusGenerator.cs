// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SourceExposure.Benchmarks;

/// <summary>
/// Generates a realistic, compilable C# code base from a seed: per business entity a DTO, a repository with LINQ, a
/// service, an HTTP client and a string-heavy formatter, with XML docs and comments, URL and configuration-key
/// literals, near-miss secrets (placeholders, header names, hashes, GUIDs, password-less connection strings) and, in
/// a few files, true findings for every rule family. Token-shaped values are drawn from the seeded generator at run
/// time, so no credential-shaped text sits in this file. The same seed and size always give the same files.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Domains =
    [
        "Orders", "Payments", "Customers", "Inventory", "Shipping", "Billing", "Accounts", "Reports",
        "Notifications", "Catalog", "Loyalty", "Fraud", "Ledger", "Treasury", "Lending", "Cards",
    ];

    private static readonly string[] Nouns =
    [
        "Order", "Invoice", "Customer", "Product", "Shipment", "Payment", "Account", "Transfer", "Statement",
        "Card", "Merchant", "Refund", "Voucher", "Branch", "Teller", "Loan", "Deposit", "Beneficiary", "Mandate",
        "Settlement", "Chargeback", "Quote", "Basket", "Warehouse", "Supplier", "Contract", "Subscription",
    ];

    private static readonly string[] Words =
    [
        "pending", "settled", "rejected", "approved", "queued", "archived", "retrying", "expired", "active",
        "suspended", "closed", "draft", "submitted", "reconciled", "disputed",
    ];

    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Files as (name, text) until at least <paramref name="minimumLines"/> lines are produced.</summary>
    public static List<(string Name, string Text)> Generate(int minimumLines, int seed = 20260101)
    {
        var random = new Random(seed);
        var files = new List<(string Name, string Text)> { ("Common/Infrastructure.cs", Common()) };
        var lines = CountLines(files[0].Text);
        for (var i = 0; lines < minimumLines; i++)
        {
            var domain = Domains[i % Domains.Length];
            var entity = Nouns[(i / Domains.Length) % Nouns.Length] + (i >= Domains.Length * Nouns.Length ? (i / (Domains.Length * Nouns.Length)).ToString(CultureInfo.InvariantCulture) : "");
            var ns = $"Contoso.{domain}.{entity}s";
            var findings = i % 37 == 5;
            var parts = new[]
            {
                ($"{domain}/{entity}/{entity}Dto.cs", Dto(random, ns, entity, i)),
                ($"{domain}/{entity}/{entity}Repository.cs", Repository(random, ns, entity)),
                ($"{domain}/{entity}/{entity}Service.cs", Service(random, ns, domain, entity, findings)),
                ($"{domain}/{entity}/{entity}ApiClient.cs", ApiClient(random, ns, domain, entity, findings)),
                ($"{domain}/{entity}/{entity}Formatter.cs", Formatter(random, ns, entity, findings, i)),
            };
            foreach (var part in parts)
            {
                files.Add(part);
                lines += CountLines(part.Item2);
            }
        }

        return files;
    }

    public static int CountLines(string text)
    {
        var n = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                n++;
            }
        }

        return n;
    }

    private static string Common() => """
        // <copyright file="Infrastructure.cs" company="Contoso">Copyright (c) Contoso. All rights reserved.</copyright>
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Globalization;

        namespace Contoso.Common
        {
            /// <summary>Minimal logging abstraction used across services.</summary>
            public interface ILog
            {
                void Info(string message);
                void Warn(string message);
                void Error(string message, Exception? exception = null);
            }

            /// <summary>Writes log lines to the console with a timestamp.</summary>
            public sealed class ConsoleLog : ILog
            {
                public void Info(string message) => Write("INF", message);
                public void Warn(string message) => Write("WRN", message);
                public void Error(string message, Exception? exception = null) => Write("ERR", message + (exception is null ? "" : " " + exception.Message));
                private static void Write(string level, string message) => Console.WriteLine($"{DateTimeOffset.UtcNow:O} [{level}] {message}");
            }

            /// <summary>Flat key/value settings, keys in the "Section:Key" form.</summary>
            public sealed class Settings
            {
                private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
                public string this[string key]
                {
                    get => _values.TryGetValue(key, out var value) ? value : string.Empty;
                    set => _values[key] = value;
                }
                public int GetInt(string key, int fallback) => int.TryParse(this[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
                public TimeSpan GetTimeout(string key) => TimeSpan.FromSeconds(GetInt(key, 30));
                public Uri GetUri(string key, string fallback) => new Uri(string.IsNullOrEmpty(this[key]) ? fallback : this[key]);
            }

            public abstract class EntityBase
            {
                public Guid Id { get; init; } = Guid.NewGuid();
                public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
                public DateTimeOffset? UpdatedAt { get; set; }
                public string Status { get; set; } = "draft";
            }

            public sealed class NotFoundException : Exception
            {
                public NotFoundException(string what, Guid id) : base($"{what} {id} was not found.") { }
            }

            public readonly record struct Page(int Number, int Size)
            {
                public int Skip => Math.Max(0, (Number - 1) * Size);
            }

            public static class Guard
            {
                public static string NotEmpty(string? value, string name) => string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must not be empty.", name) : value;
                public static decimal Positive(decimal value, string name) => value <= 0 ? throw new ArgumentOutOfRangeException(name, value, "Must be positive.") : value;
            }
        }
        """;

    private static string Dto(Random random, string ns, string entity, int index)
    {
        var b = new StringBuilder();
        b.AppendLine("using System;");
        b.AppendLine("using System.Collections.Generic;");
        b.AppendLine("using Contoso.Common;");
        b.AppendLine();
        b.AppendLine($"namespace {ns}");
        b.AppendLine("{");
        b.AppendLine($"    /// <summary>Data carried for a {entity.ToLowerInvariant()} between the API and the store.</summary>");
        b.AppendLine($"    /// <remarks>Field names follow the partner specification, revision {index % 9 + 1}.</remarks>");
        b.AppendLine($"    public sealed class {entity}Dto : EntityBase");
        b.AppendLine("    {");
        var props = 10 + random.Next(8);
        for (var p = 0; p < props; p++)
        {
            var (type, name, init) = Property(random, p);
            b.AppendLine($"        /// <summary>The {name} as sent by the upstream system.</summary>");
            b.AppendLine($"        public {type} {name} {{ get; set; }}{init}");
            b.AppendLine();
        }

        b.AppendLine("        public List<string> Tags { get; } = new List<string>();");
        b.AppendLine();
        b.AppendLine("        /// <summary>Checks the fields the partner rejects, returning one message per problem.</summary>");
        b.AppendLine("        public IEnumerable<string> Validate()");
        b.AppendLine("        {");
        b.AppendLine("            if (string.IsNullOrWhiteSpace(Reference))");
        b.AppendLine("            {");
        b.AppendLine($"                yield return \"{entity} reference is required\";");
        b.AppendLine("            }");
        b.AppendLine();
        b.AppendLine("            if (Amount < 0)");
        b.AppendLine("            {");
        b.AppendLine("                yield return $\"Amount {Amount:0.00} must not be negative\";");
        b.AppendLine("            }");
        b.AppendLine();
        b.AppendLine("            if (Currency.Length != 3)");
        b.AppendLine("            {");
        b.AppendLine("                yield return \"Currency must be an ISO 4217 code such as CNY, HKD or EUR\";");
        b.AppendLine("            }");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine($"        public override string ToString() => $\"{entity}({{Id}}, {{Reference}}, {{Status}})\";");
        b.AppendLine("    }");
        b.AppendLine();
        b.AppendLine($"    public sealed record {entity}Summary(Guid Id, string Reference, decimal Amount, string Currency, DateTimeOffset CreatedAt);");
        b.AppendLine();
        b.AppendLine($"    public enum {entity}Kind");
        b.AppendLine("    {");
        b.AppendLine("        Unknown = 0,");
        b.AppendLine("        Standard = 1,");
        b.AppendLine("        Express = 2,");
        b.AppendLine("        Internal = 3,");
        b.AppendLine("    }");
        b.AppendLine("}");
        return b.ToString();
    }

    private static (string Type, string Name, string Init) Property(Random random, int p) => p switch
    {
        0 => ("string", "Reference", " = string.Empty;"),
        1 => ("decimal", "Amount", ""),
        2 => ("string", "Currency", " = \"CNY\";"),
        3 => ("string?", "Description", ""),
        4 => ("string", "CallbackUrl", $" = \"https://hooks.partner{random.Next(100)}.contoso.example/v{1 + random.Next(3)}/notify\";"),
        5 => ("string?", "ExternalId", ""),
        6 => ("int", "Version", " = 1;"),
        7 => ("string", "ETag", $" = \"{Hex(random, 40)}\";"),
        8 => ("Guid?", "CorrelationId", ""),
        9 => ("string", "Channel", " = \"web\";"),
        10 => ("bool", "IsTest", ""),
        11 => ("string?", "CustomerEmail", ""),
        12 => ("string?", "PhoneNumber", ""),
        13 => ("DateTimeOffset?", "DueAt", ""),
        14 => ("string", "Region", " = \"eu-west-1\";"),
        15 => ("long", "Sequence", ""),
        _ => ("string?", "Notes" + p.ToString(CultureInfo.InvariantCulture), ""),
    };

    private static string Repository(Random random, string ns, string entity)
    {
        var b = new StringBuilder();
        b.AppendLine("using System;");
        b.AppendLine("using System.Collections.Generic;");
        b.AppendLine("using System.Linq;");
        b.AppendLine("using System.Threading;");
        b.AppendLine("using System.Threading.Tasks;");
        b.AppendLine("using Contoso.Common;");
        b.AppendLine();
        b.AppendLine($"namespace {ns}");
        b.AppendLine("{");
        b.AppendLine($"    public interface I{entity}Repository");
        b.AppendLine("    {");
        b.AppendLine($"        Task<{entity}Dto?> FindAsync(Guid id, CancellationToken cancellationToken = default);");
        b.AppendLine($"        Task<IReadOnlyList<{entity}Summary>> ListAsync(Page page, string? status, CancellationToken cancellationToken = default);");
        b.AppendLine($"        Task SaveAsync({entity}Dto item, CancellationToken cancellationToken = default);");
        b.AppendLine("    }");
        b.AppendLine();
        b.AppendLine($"    /// <summary>In-memory store of {entity.ToLowerInvariant()} records; the SQL store shares its query shapes.</summary>");
        b.AppendLine($"    public sealed class {entity}Repository : I{entity}Repository");
        b.AppendLine("    {");
        b.AppendLine($"        // Connection used by the SQL variant; credentials come from integrated security, not from code.");
        b.AppendLine($"        public const string ConnectionTemplate = \"Server=sql{random.Next(10)}.db.contoso.example;Database={entity}s;Integrated Security=true;Encrypt=true\";");
        b.AppendLine($"        private readonly Dictionary<Guid, {entity}Dto> _items = new Dictionary<Guid, {entity}Dto>();");
        b.AppendLine("        private readonly object _gate = new object();");
        b.AppendLine();
        b.AppendLine($"        public Task<{entity}Dto?> FindAsync(Guid id, CancellationToken cancellationToken = default)");
        b.AppendLine("        {");
        b.AppendLine("            lock (_gate)");
        b.AppendLine("            {");
        b.AppendLine($"                return Task.FromResult(_items.TryGetValue(id, out var item) ? item : null);");
        b.AppendLine("            }");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine($"        public Task<IReadOnlyList<{entity}Summary>> ListAsync(Page page, string? status, CancellationToken cancellationToken = default)");
        b.AppendLine("        {");
        b.AppendLine("            lock (_gate)");
        b.AppendLine("            {");
        b.AppendLine("                var query = _items.Values.AsEnumerable();");
        b.AppendLine("                if (!string.IsNullOrEmpty(status))");
        b.AppendLine("                {");
        b.AppendLine("                    query = query.Where(i => string.Equals(i.Status, status, StringComparison.OrdinalIgnoreCase));");
        b.AppendLine("                }");
        b.AppendLine();
        b.AppendLine($"                IReadOnlyList<{entity}Summary> result = query");
        b.AppendLine("                    .OrderByDescending(i => i.CreatedAt)");
        b.AppendLine("                    .ThenBy(i => i.Reference, StringComparer.Ordinal)");
        b.AppendLine("                    .Skip(page.Skip)");
        b.AppendLine("                    .Take(page.Size)");
        b.AppendLine($"                    .Select(i => new {entity}Summary(i.Id, i.Reference, i.Amount, i.Currency, i.CreatedAt))");
        b.AppendLine("                    .ToList();");
        b.AppendLine("                return Task.FromResult(result);");
        b.AppendLine("            }");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine($"        public Task SaveAsync({entity}Dto item, CancellationToken cancellationToken = default)");
        b.AppendLine("        {");
        b.AppendLine("            cancellationToken.ThrowIfCancellationRequested();");
        b.AppendLine("            lock (_gate)");
        b.AppendLine("            {");
        b.AppendLine("                item.UpdatedAt = DateTimeOffset.UtcNow;");
        b.AppendLine("                _items[item.Id] = item;");
        b.AppendLine("            }");
        b.AppendLine();
        b.AppendLine("            return Task.CompletedTask;");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine("        public IDictionary<string, decimal> TotalsByCurrency()");
        b.AppendLine("        {");
        b.AppendLine("            lock (_gate)");
        b.AppendLine("            {");
        b.AppendLine("                return _items.Values");
        b.AppendLine("                    .Where(i => i.Status != \"rejected\")");
        b.AppendLine("                    .GroupBy(i => i.Currency)");
        b.AppendLine("                    .ToDictionary(g => g.Key, g => g.Sum(i => i.Amount));");
        b.AppendLine("            }");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine("        public IEnumerable<(string Status, int Count, decimal Largest)> StatusReport()");
        b.AppendLine("        {");
        b.AppendLine("            List<(string, int, decimal)> rows;");
        b.AppendLine("            lock (_gate)");
        b.AppendLine("            {");
        b.AppendLine("                rows = (from i in _items.Values");
        b.AppendLine("                        group i by i.Status into g");
        b.AppendLine("                        orderby g.Count() descending, g.Key");
        b.AppendLine("                        select (g.Key, g.Count(), g.Max(x => x.Amount))).ToList();");
        b.AppendLine("            }");
        b.AppendLine();
        b.AppendLine("            return rows;");
        b.AppendLine("        }");
        b.AppendLine("    }");
        b.AppendLine("}");
        return b.ToString();
    }

    private static string Service(Random random, string ns, string domain, string entity, bool findings)
    {
        var lower = entity.ToLowerInvariant();
        var b = new StringBuilder();
        b.AppendLine("using System;");
        b.AppendLine("using System.Collections.Generic;");
        b.AppendLine("using System.Linq;");
        b.AppendLine("using System.Text;");
        b.AppendLine("using System.Threading;");
        b.AppendLine("using System.Threading.Tasks;");
        b.AppendLine("using Contoso.Common;");
        b.AppendLine();
        b.AppendLine($"namespace {ns}");
        b.AppendLine("{");
        b.AppendLine($"    /// <summary>Business rules for {lower} processing in the {domain} domain.</summary>");
        b.AppendLine($"    public sealed class {entity}Service");
        b.AppendLine("    {");
        b.AppendLine($"        public const string ApiKeyHeader = \"X-Api-Key\";");
        b.AppendLine($"        public const string PasswordSettingName = \"{domain}:Database:Password\";");
        b.AppendLine($"        private const string TokenPlaceholder = \"<your-token-here>\";");
        b.AppendLine($"        private static readonly string[] FinalStatuses = {{ \"settled\", \"rejected\", \"archived\" }};");
        b.AppendLine($"        private readonly I{entity}Repository _repository;");
        b.AppendLine("        private readonly ILog _log;");
        b.AppendLine("        private readonly Settings _settings;");
        b.AppendLine();
        b.AppendLine($"        public {entity}Service(I{entity}Repository repository, ILog log, Settings settings)");
        b.AppendLine("        {");
        b.AppendLine("            _repository = repository ?? throw new ArgumentNullException(nameof(repository));");
        b.AppendLine("            _log = log;");
        b.AppendLine("            _settings = settings;");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine($"        public string ApiKey => _settings[\"{domain}:Api:Key\"];");
        b.AppendLine();
        b.AppendLine($"        public async Task<{entity}Dto> ApproveAsync(Guid id, string approver, CancellationToken cancellationToken)");
        b.AppendLine("        {");
        b.AppendLine($"            var item = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new NotFoundException(\"{entity}\", id);");
        b.AppendLine("            if (FinalStatuses.Contains(item.Status))");
        b.AppendLine("            {");
        b.AppendLine($"                throw new InvalidOperationException($\"{entity} {{id}} is already {{item.Status}} and cannot be approved by {{approver}}.\");");
        b.AppendLine("            }");
        b.AppendLine();
        b.AppendLine("            var problems = item.Validate().ToList();");
        b.AppendLine("            if (problems.Count > 0)");
        b.AppendLine("            {");
        b.AppendLine("                _log.Warn(string.Join(\"; \", problems));");
        b.AppendLine("                item.Status = \"rejected\";");
        b.AppendLine("            }");
        b.AppendLine("            else");
        b.AppendLine("            {");
        b.AppendLine("                item.Status = item.Amount > _settings.GetInt(\"Limits:AutoApprove\", 10000) ? \"queued\" : \"approved\";");
        b.AppendLine("            }");
        b.AppendLine();
        b.AppendLine("            await _repository.SaveAsync(item, cancellationToken).ConfigureAwait(false);");
        b.AppendLine($"            _log.Info($\"{entity} {{item.Reference}} moved to {{item.Status}} by {{approver}}\");");
        b.AppendLine("            return item;");
        b.AppendLine("        }");
        b.AppendLine();
        var methods = 4 + random.Next(5);
        for (var m = 0; m < methods; m++)
        {
            var word = Words[random.Next(Words.Length)];
            b.AppendLine($"        // Moves {lower}s that stay {word} for too long; see runbook section {m + 1}.");
            b.AppendLine($"        public int Sweep{Capitalize(word)}{m}(IEnumerable<{entity}Dto> items, TimeSpan age)");
            b.AppendLine("        {");
            b.AppendLine("            var cutoff = DateTimeOffset.UtcNow - age;");
            b.AppendLine("            var count = 0;");
            b.AppendLine($"            foreach (var item in items.Where(i => i.Status == \"{word}\" && i.CreatedAt < cutoff))");
            b.AppendLine("            {");
            b.AppendLine("                item.Status = item.Amount switch");
            b.AppendLine("                {");
            b.AppendLine("                    < 0 => \"disputed\",");
            b.AppendLine($"                    0 => \"closed\",");
            b.AppendLine($"                    > {random.Next(100, 5000)} => \"queued\",");
            b.AppendLine("                    _ => \"expired\",");
            b.AppendLine("                };");
            b.AppendLine("                count++;");
            b.AppendLine("            }");
            b.AppendLine();
            b.AppendLine($"            _log.Info(\"Swept \" + count.ToString() + \" {lower}(s) from {word}\");");
            b.AppendLine("            return count;");
            b.AppendLine("        }");
            b.AppendLine();
        }

        b.AppendLine("        public bool IsConfigured() => !string.IsNullOrEmpty(ApiKey) && ApiKey != TokenPlaceholder;");
        if (findings)
        {
            // SE4001-style bypass and SE5001-style comment: true findings for the back-door and hygiene families.
            b.AppendLine();
            b.AppendLine("        // TODO: remove this backdoor password before the audit, support uses it to skip login");
            b.AppendLine("        public bool CanSignIn(string user, string password)");
            b.AppendLine("        {");
            b.AppendLine($"            if (password == \"{Alphanumeric(random, 10)}-override\")");
            b.AppendLine("            {");
            b.AppendLine("                return true;");
            b.AppendLine("            }");
            b.AppendLine();
            b.AppendLine("            return user.Length > 0 && password.Length > 12;");
            b.AppendLine("        }");
            b.AppendLine();
            b.AppendLine("        public void RunMaintenance(string command)");
            b.AppendLine("        {");
            b.AppendLine("            System.Diagnostics.Process.Start(\"/bin/sh\", \"-c \" + command);");
            b.AppendLine("        }");
        }

        b.AppendLine("    }");
        b.AppendLine("}");
        return b.ToString();
    }

    private static string ApiClient(Random random, string ns, string domain, string entity, bool findings)
    {
        var lower = entity.ToLowerInvariant();
        var b = new StringBuilder();
        b.AppendLine("using System;");
        b.AppendLine("using System.Net;");
        b.AppendLine("using System.Net.Http;");
        b.AppendLine("using System.Net.Http.Headers;");
        b.AppendLine("using System.Text;");
        b.AppendLine("using System.Threading;");
        b.AppendLine("using System.Threading.Tasks;");
        b.AppendLine("using Contoso.Common;");
        b.AppendLine();
        b.AppendLine($"namespace {ns}");
        b.AppendLine("{");
        b.AppendLine($"    /// <summary>Calls the partner's {lower} API; base address and key come from settings.</summary>");
        b.AppendLine($"    public sealed class {entity}ApiClient : IDisposable");
        b.AppendLine("    {");
        b.AppendLine($"        private const string DefaultBaseUrl = \"https://api.{domain.ToLowerInvariant()}.contoso.example/v{1 + random.Next(3)}/\";");
        b.AppendLine($"        private const string DocsUrl = \"https://docs.contoso.example/{domain.ToLowerInvariant()}/{lower}s#authentication\";");
        b.AppendLine($"        private const string SampleKey = \"sk_test_EXAMPLE{Alphanumeric(random, 8)}\";");
        b.AppendLine($"        private static readonly Guid ClientId = new Guid(\"{Guid(random)}\");");
        b.AppendLine("        private readonly HttpClient _http;");
        b.AppendLine("        private readonly Settings _settings;");
        b.AppendLine();
        b.AppendLine($"        public {entity}ApiClient(Settings settings)");
        b.AppendLine("        {");
        b.AppendLine("            _settings = settings;");
        if (findings)
        {
            b.AppendLine("            var handler = new HttpClientHandler();");
            b.AppendLine("            handler.ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true;");
            b.AppendLine("            _http = new HttpClient(handler)");
        }
        else
        {
            b.AppendLine("            _http = new HttpClient");
        }

        b.AppendLine("            {");
        b.AppendLine($"                BaseAddress = settings.GetUri(\"{domain}:{entity}:BaseUrl\", DefaultBaseUrl),");
        b.AppendLine($"                Timeout = settings.GetTimeout(\"{domain}:{entity}:TimeoutSeconds\"),");
        b.AppendLine("            };");
        b.AppendLine($"            _http.DefaultRequestHeaders.Add(\"X-Client-Id\", ClientId.ToString(\"D\"));");
        b.AppendLine($"            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", settings[\"{domain}:{entity}:Token\"]);");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine($"        public async Task<string> GetAsync(string reference, CancellationToken cancellationToken)");
        b.AppendLine("        {");
        b.AppendLine($"            var path = \"{lower}s/\" + Uri.EscapeDataString(reference) + \"?expand=lines&format=json\";");
        b.AppendLine("            using var response = await _http.GetAsync(path, cancellationToken).ConfigureAwait(false);");
        b.AppendLine("            if (response.StatusCode == HttpStatusCode.NotFound)");
        b.AppendLine("            {");
        b.AppendLine("                return string.Empty;");
        b.AppendLine("            }");
        b.AppendLine();
        b.AppendLine("            response.EnsureSuccessStatusCode();");
        b.AppendLine("            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine($"        public async Task PostAsync({entity}Dto item, CancellationToken cancellationToken)");
        b.AppendLine("        {");
        b.AppendLine("            var json = new StringBuilder()");
        b.AppendLine("                .Append(\"{\\\"reference\\\":\\\"\").Append(item.Reference).Append(\"\\\",\")");
        b.AppendLine("                .Append(\"\\\"amount\\\":\").Append(item.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',')");
        b.AppendLine("                .Append(\"\\\"currency\\\":\\\"\").Append(item.Currency).Append(\"\\\"}\")");
        b.AppendLine("                .ToString();");
        b.AppendLine("            using var content = new StringContent(json, Encoding.UTF8, \"application/json\");");
        b.AppendLine($"            using var response = await _http.PostAsync(\"{lower}s\", content, cancellationToken).ConfigureAwait(false);");
        b.AppendLine("            response.EnsureSuccessStatusCode();");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine("        public static string Describe() => $\"See {DocsUrl} for keys; tests use {SampleKey}.\";");
        if (findings)
        {
            b.AppendLine();
            b.AppendLine("        public NetworkCredential Legacy()");
            b.AppendLine("        {");
            b.AppendLine($"            return new NetworkCredential(\"svc-{lower}\", \"{Alphanumeric(random, 6)}!{Alphanumeric(random, 9)}\");");
            b.AppendLine("        }");
            b.AppendLine();
            b.AppendLine($"        private const string MirrorEndpoint = \"https://{lower}-mirror.oss-cn-hangzhou.aliyuncs.com/upload\";");
            b.AppendLine($"        private const string InternalHost = \"http://10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}:8080/admin\";");
            b.AppendLine($"        private const string ShareFolder = @\"\\\\fileserver{random.Next(9)}.corp.contoso.local\\exports\\{lower}s\";");
        }

        b.AppendLine();
        b.AppendLine("        public void Dispose() => _http.Dispose();");
        b.AppendLine("    }");
        b.AppendLine("}");
        return b.ToString();
    }

    private static string Formatter(Random random, string ns, string entity, bool findings, int index)
    {
        var b = new StringBuilder();
        b.AppendLine("using System;");
        b.AppendLine("using System.Collections.Generic;");
        b.AppendLine("using System.Globalization;");
        b.AppendLine("using System.Linq;");
        b.AppendLine("using System.Text;");
        b.AppendLine();
        b.AppendLine($"namespace {ns}");
        b.AppendLine("{");
        b.AppendLine("    /*");
        b.AppendLine($"     * Renders {entity.ToLowerInvariant()} data for statements, CSV exports and audit logs.");
        b.AppendLine("     * Column order is fixed by the regulator's template; do not reorder without a change request.");
        b.AppendLine("     */");
        b.AppendLine($"    public static class {entity}Formatter");
        b.AppendLine("    {");
        b.AppendLine("        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;");
        b.AppendLine($"        private const string Header = \"Id,Reference,Amount,Currency,Status,CreatedAt\";");
        b.AppendLine($"        private const string ManifestHash = \"sha256:{Hex(random, 64)}\";");
        b.AppendLine($"        private const string LogoBase64 = \"{Base64(random, 120)}\";");
        b.AppendLine();
        b.AppendLine($"        public static string ToCsv(IEnumerable<{entity}Dto> items)");
        b.AppendLine("        {");
        b.AppendLine("            var builder = new StringBuilder(Header).AppendLine();");
        b.AppendLine("            foreach (var item in items)");
        b.AppendLine("            {");
        b.AppendLine("                builder.Append(item.Id.ToString(\"N\")).Append(',')");
        b.AppendLine("                    .Append(Escape(item.Reference)).Append(',')");
        b.AppendLine("                    .Append(item.Amount.ToString(\"0.00\", Invariant)).Append(',')");
        b.AppendLine("                    .Append(item.Currency).Append(',')");
        b.AppendLine("                    .Append(item.Status).Append(',')");
        b.AppendLine("                    .AppendLine(item.CreatedAt.ToString(\"yyyy-MM-ddTHH:mm:ssZ\", Invariant));");
        b.AppendLine("            }");
        b.AppendLine();
        b.AppendLine("            return builder.ToString();");
        b.AppendLine("        }");
        b.AppendLine();
        b.AppendLine("        public static string Escape(string value) => value.IndexOfAny(new[] { ',', '\"', '\\n' }) < 0 ? value : \"\\\"\" + value.Replace(\"\\\"\", \"\\\"\\\"\") + \"\\\"\";");
        b.AppendLine();
        var blocks = 3 + random.Next(4);
        for (var k = 0; k < blocks; k++)
        {
            b.AppendLine($"        /// <summary>Statement line variant {k} (template {Alphanumeric(random, 4).ToUpperInvariant()}).</summary>");
            b.AppendLine($"        public static string Line{k}({entity}Dto item, string language)");
            b.AppendLine("        {");
            b.AppendLine("            var label = language switch");
            b.AppendLine("            {");
            b.AppendLine("                \"zh-CN\" => \"金额\",");
            b.AppendLine("                \"de-DE\" => \"Betrag\",");
            b.AppendLine("                \"fr-FR\" => \"Montant\",");
            b.AppendLine("                _ => \"Amount\",");
            b.AppendLine("            };");
            b.AppendLine($"            var padded = item.Reference.PadRight({8 + k}).Substring(0, {8 + k});");
            b.AppendLine("            var words = (item.Description ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);");
            b.AppendLine("            var shortDescription = string.Join(\" \", words.Take(6).Select(w => w.Length > 12 ? w.Substring(0, 12) + \"…\" : w));");
            b.AppendLine($"            return string.Format(Invariant, \"{{0}} | {{1}}: {{2:N2}} {{3}} | {{4}} | ref {{5}}\", padded, label, item.Amount, item.Currency, shortDescription, \"{Words[random.Next(Words.Length)]}\");");
            b.AppendLine("        }");
            b.AppendLine();
        }

        b.AppendLine("        public static string Mask(string? value) => string.IsNullOrEmpty(value) || value.Length < 4 ? \"****\" : new string('*', value.Length - 4) + value.Substring(value.Length - 4);");
        if (findings)
        {
            b.AppendLine();
            b.AppendLine("        // Signing material for the statement service.");
            b.AppendLine("        private const string StatementSigningKey =");
            var pem = "-----BEGIN " + "RSA PRIVATE" + " KEY-----";
            b.AppendLine($"            \"{pem}\\n\" +");
            var body = Base64(random, 64 * 16);
            for (var line = 0; line < 16; line++)
            {
                b.AppendLine($"            \"{body.Substring(line * 64, 64)}\\n\" +");
            }

            b.AppendLine($"            \"{pem.Replace("BEGIN", "END")}\";");
            b.AppendLine();
            b.AppendLine($"        private const string GitHubToken = \"{GitHubToken(random)}\";");
            b.AppendLine($"        private const string AwsAccessKeyId = \"{"AK" + "IA" + Upper(random, 16)}\";");
            b.AppendLine($"        private const string ReportingDatabase = \"Server=reports.db.contoso.example;Database=Reports;User Id=reporter;Password={Alphanumeric(random, 14)};\";");
            b.AppendLine($"        private static readonly byte[] StatementKey = {{ {string.Join(", ", Bytes(random, 32))} }};");
            b.AppendLine();
            b.AppendLine("        public static byte[] Encrypt(byte[] data)");
            b.AppendLine("        {");
            b.AppendLine("            using var aes = System.Security.Cryptography.Aes.Create();");
            b.AppendLine("            aes.Key = StatementKey;");
            b.AppendLine("            return aes.EncryptCbc(data, new byte[16]);");
            b.AppendLine("        }");
            b.AppendLine();
            b.AppendLine("        public static string Tokens() => GitHubToken.Length.ToString(Invariant) + AwsAccessKeyId.Length.ToString(Invariant) + ReportingDatabase.Length.ToString(Invariant) + StatementSigningKey.Length.ToString(Invariant);");
        }
        else if (index % 5 == 0)
        {
            b.AppendLine();
            b.AppendLine("        // Parsing helper for uploaded keys; the markers alone are not key material.");
            b.AppendLine("        public static bool LooksLikePem(string text) => text.Contains(\"-----BEGIN \", StringComparison.Ordinal) && text.Contains(\"PRIVATE KEY-----\", StringComparison.Ordinal);");
        }

        b.AppendLine("    }");
        b.AppendLine("}");
        return b.ToString();
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);

    public static string Alphanumeric(Random random, int length) => Draw(random, Alnum, length);

    public static string Upper(Random random, int length) => Draw(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", length);

    private static string Hex(Random random, int length) => Draw(random, "0123456789abcdef", length);

    private static string Base64(Random random, int length) => Draw(random, Base64Chars, length);

    private static string Draw(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Guid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new System.Guid(bytes).ToString("D");
    }

    private static IEnumerable<string> Bytes(Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return "0x" + random.Next(256).ToString("X2", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A GitHub classic token shape: prefix, 30 random characters and the base62 CRC32 checksum of those.</summary>
    public static string GitHubToken(Random random)
    {
        var body = Alphanumeric(random, 30);
        var crc = Crc32(Encoding.ASCII.GetBytes(body));
        const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        var check = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            check[i] = Base62[(int)(crc % 62)];
            crc /= 62;
        }

        return "gh" + "p_" + body + new string(check);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
