// SPDX-License-Identifier: MIT
#:property PublishAot=false
// Generates a realistic C# source tree for measuring `source-exposure scan` (files/s, lines/s, analyzer vs compiler
// time). Usage: dotnet run bench/cli-scan/generate-tree.cs -- <output-folder> [total-lines=200000] [seed=7]
// Every 100th file carries a fake private key (obviously fake, fixed body) so the scan has findings to report.
using System;
using System.IO;
using System.Text;

var output = args.Length > 0 ? args[0] : "generated-tree";
var targetLines = args.Length > 1 ? int.Parse(args[1]) : 200_000;
var random = new Random(args.Length > 2 ? int.Parse(args[2]) : 7);
string[] domains = ["Payments", "Ledger", "Customers", "Risk", "Reporting", "Settlement", "Cards", "Loans", "Treasury", "Compliance"];
string[] nouns = ["Account", "Transfer", "Statement", "Invoice", "Limit", "Rate", "Fee", "Batch", "Journal", "Position"];
string[] verbs = ["Load", "Validate", "Compute", "Apply", "Post", "Reconcile", "Export", "Audit", "Render", "Schedule"];
const string FakeKeyBody = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\\n";

Directory.CreateDirectory(output);
var lines = 0;
var files = 0;
while (lines < targetLines)
{
    var domain = domains[files % domains.Length];
    var noun = nouns[random.Next(nouns.Length)];
    var name = $"{noun}{verbs[random.Next(verbs.Length)]}er{files}";
    var source = new StringBuilder();
    source.AppendLine("using System;");
    source.AppendLine("using System.Collections.Generic;");
    source.AppendLine("using System.Globalization;");
    source.AppendLine("using System.Linq;");
    source.AppendLine("using System.Text;");
    source.AppendLine("using System.Threading;");
    source.AppendLine("using System.Threading.Tasks;");
    source.AppendLine();
    source.AppendLine($"namespace Contoso.Bank.{domain};");
    source.AppendLine();
    source.AppendLine($"public interface I{name}");
    source.AppendLine("{");
    source.AppendLine($"    Task<decimal> {verbs[0]}Async(string accountId, CancellationToken cancellationToken);");
    source.AppendLine("}");
    source.AppendLine();
    source.AppendLine("/// <summary>");
    source.AppendLine($"/// Handles {noun.ToLowerInvariant()} work for the {domain.ToLowerInvariant()} domain.");
    source.AppendLine("/// </summary>");
    source.AppendLine($"public sealed class {name} : I{name}");
    source.AppendLine("{");
    source.AppendLine("    private const string Category = \"" + domain + "\";");
    source.AppendLine("    private static readonly string[] Currencies = [\"EUR\", \"USD\", \"CNY\", \"HKD\", \"GBP\"];");
    source.AppendLine("    private readonly Dictionary<string, decimal> balances = new(StringComparer.Ordinal);");
    source.AppendLine("    private readonly List<string> audit = new();");
    if (files % 100 == 0)
    {
        source.AppendLine($"    private static readonly string signingKey = \"-----BEGIN RSA PRIVATE KEY-----\\n{FakeKeyBody}-----END RSA PRIVATE KEY-----\\n\";");
    }

    source.AppendLine();
    source.AppendLine($"    public string Name {{ get; init; }} = \"{name}\";");
    source.AppendLine("    public int Retries { get; set; } = 3;");
    source.AppendLine("    public Uri Endpoint { get; set; } = new(\"https://api.example.com/v2/" + domain.ToLowerInvariant() + "\");");
    source.AppendLine();
    source.AppendLine($"    public async Task<decimal> {verbs[0]}Async(string accountId, CancellationToken cancellationToken)");
    source.AppendLine("    {");
    source.AppendLine("        ArgumentException.ThrowIfNullOrEmpty(accountId);");
    source.AppendLine("        await Task.Yield();");
    source.AppendLine("        return balances.TryGetValue(accountId, out var balance) ? balance : 0m;");
    source.AppendLine("    }");
    var methods = 6 + random.Next(8);
    for (var m = 0; m < methods; m++)
    {
        var verb = verbs[random.Next(verbs.Length)];
        var method = $"{verb}{nouns[random.Next(nouns.Length)]}{m}";
        source.AppendLine();
        source.AppendLine($"    /// <summary>{verb}s the {noun.ToLowerInvariant()} records of a batch.</summary>");
        source.AppendLine($"    public IReadOnlyList<string> {method}(IEnumerable<(string Id, decimal Amount, string Currency)> items, DateTime asOf)");
        source.AppendLine("    {");
        source.AppendLine("        var result = new List<string>();");
        source.AppendLine("        var total = 0m;");
        source.AppendLine("        foreach (var (id, amount, currency) in items.Where(i => i.Amount != 0m).OrderBy(i => i.Id, StringComparer.Ordinal))");
        source.AppendLine("        {");
        source.AppendLine("            if (!Currencies.Contains(currency))");
        source.AppendLine("            {");
        source.AppendLine($"                audit.Add(string.Format(CultureInfo.InvariantCulture, \"{method}: unsupported currency {{0}} for {{1}}\", currency, id));");
        source.AppendLine("                continue;");
        source.AppendLine("            }");
        source.AppendLine();
        source.AppendLine($"            var adjusted = Math.Round(amount * {1 + random.Next(99)}m / 100m, 2, MidpointRounding.ToEven);");
        source.AppendLine("            total += adjusted;");
        source.AppendLine("            balances[id] = balances.TryGetValue(id, out var previous) ? previous + adjusted : adjusted;");
        source.AppendLine($"            result.Add($\"{{id}};{{adjusted.ToString(CultureInfo.InvariantCulture)}};{{currency}};{{asOf:yyyy-MM-dd}}\");");
        source.AppendLine("        }");
        source.AppendLine();
        source.AppendLine("        var sql = \"SELECT Id, Amount, Currency FROM " + noun + "s WHERE BookedOn <= @asOf AND Status = 'open'\";");
        source.AppendLine("        audit.Add(sql + \" -> \" + result.Count.ToString(CultureInfo.InvariantCulture));");
        source.AppendLine("        if (total > 1_000_000m)");
        source.AppendLine("        {");
        source.AppendLine($"            throw new InvalidOperationException(\"{method} exceeded the daily limit for \" + Category);");
        source.AppendLine("        }");
        source.AppendLine();
        source.AppendLine("        var builder = new StringBuilder();");
        source.AppendLine("        for (var i = 0; i < result.Count && i < Retries * 10; i++)");
        source.AppendLine("        {");
        source.AppendLine("            builder.Append(result[i]).Append('\\n');");
        source.AppendLine("        }");
        source.AppendLine();
        source.AppendLine("        return builder.Length > 0 ? result : Array.Empty<string>();");
        source.AppendLine("    }");
    }

    source.AppendLine("}");
    var folder = Path.Combine(output, domain, noun);
    Directory.CreateDirectory(folder);
    var text = source.ToString();
    File.WriteAllText(Path.Combine(folder, name + ".cs"), text);
    lines += text.Split('\n').Length - 1;
    files++;
}

Console.WriteLine($"{files} files, {lines} lines in {Path.GetFullPath(output)}");
