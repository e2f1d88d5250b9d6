// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SourceExposure.RealCode;

/// <summary>Counts for one rule, one family or the whole corpus.</summary>
internal sealed class Tally
{
    public int ProductTrue { get; set; }

    public int ProductFalse { get; set; }

    public int Test { get; set; }

    public int TestTrue { get; set; }

    public int SampleOrDocs { get; set; }

    public int MustFind { get; set; }

    public int MustFound { get; set; }

    public int Product => ProductTrue + ProductFalse;

    public double? Precision => Product == 0 ? null : (double)ProductTrue / Product;

    public double? Recall => MustFind == 0 ? null : (double)MustFound / MustFind;

    public void Add(Tally other)
    {
        ProductTrue += other.ProductTrue;
        ProductFalse += other.ProductFalse;
        Test += other.Test;
        TestTrue += other.TestTrue;
        SampleOrDocs += other.SampleOrDocs;
        MustFind += other.MustFind;
        MustFound += other.MustFound;
    }
}

/// <summary>
/// Precision and must-find recall per rule and family from the findings of the last run and the checked-in triage,
/// the change against the last published figures (summary.json), and the cost per repository and analyzer.
/// </summary>
internal sealed class Report
{
    public const double OverallPrecisionTarget = 0.90;
    public const double RulePrecisionTarget = 0.80;
    public const int RulePrecisionMinimumFindings = 5;
    public const double RecallTarget = 0.90;
    public const double TotalCostTarget = 0.05;
    public const double AnalyzerCostTarget = 0.015;

    private readonly Corpus corpus;
    private readonly TriageFiles triage;

    public Report(Corpus corpus, TriageFiles triage)
    {
        this.corpus = corpus;
        this.triage = triage;
    }

    public SortedDictionary<string, Tally> Rules { get; } = new(StringComparer.Ordinal);

    public List<(string Repo, CorpusFinding Finding)> Untriaged { get; } = [];

    public List<TriageRow> Invalid { get; } = [];

    /// <summary>Triage rows whose finding the last run no longer produced.</summary>
    public List<TriageRow> Gone { get; } = [];

    public List<MustFindRow> Missed { get; } = [];

    public Dictionary<string, List<CorpusFinding>> FindingsByRepo { get; } = new(StringComparer.Ordinal);

    public void Compute()
    {
        // Every rule gets a row, so a rule that reports nothing on the corpus shows as such rather than vanishing.
        foreach (var rule in SourceExposure.Cli.RuleCatalog.Instance.Rules)
        {
            if (rule.Id != "SE0001")
            {
                For(rule.Id);
            }
        }

        var byKey = triage.ByKey();
        var produced = new HashSet<(string, string)>();
        foreach (var repo in corpus.Repos)
        {
            var path = Path.Combine(corpus.FindingsFolder, repo.Slug + ".tsv");
            var findings = Tsv.Read(path, CorpusFinding.Columns).Select(CorpusFinding.FromRow).ToList();
            FindingsByRepo[repo.Repo] = findings;
            foreach (var finding in findings)
            {
                produced.Add((repo.Repo, finding.Key));
                if (!byKey.TryGetValue((repo.Repo, finding.Key), out var row))
                {
                    Untriaged.Add((repo.Repo, finding));
                    continue;
                }

                if (row.Problem() is not null)
                {
                    Invalid.Add(row);
                    continue;
                }

                var tally = For(finding.Rule);
                switch (row.Kind)
                {
                    case "product" when row.IsTrue:
                        tally.ProductTrue++;
                        break;
                    case "product":
                        tally.ProductFalse++;
                        break;
                    case "test":
                        tally.Test++;
                        tally.TestTrue += row.IsTrue ? 1 : 0;
                        break;
                    default:
                        tally.SampleOrDocs++;
                        break;
                }
            }
        }

        Gone.AddRange(triage.Rows.Where(r => !produced.Contains((r.Repo, r.Key))));

        foreach (var must in triage.MustFind)
        {
            var tally = For(must.PrimaryRule);
            tally.MustFind++;
            var found = FindingsByRepo.TryGetValue(must.Repo, out var findings)
                && findings.Any(f => f.Path == must.Path && f.LineHash == must.LineHash && must.RuleIds.Contains(f.Rule));
            if (found)
            {
                tally.MustFound++;
            }
            else
            {
                Missed.Add(must);
            }
        }
    }

    private Tally For(string rule) => Rules.TryGetValue(rule, out var tally) ? tally : Rules[rule] = new Tally();

    public static string Family(string rule) => rule[..3] + "xxx";

    public SortedDictionary<string, Tally> Families()
    {
        var families = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var (rule, tally) in Rules)
        {
            var family = Family(rule);
            (families.TryGetValue(family, out var f) ? f : families[family] = new Tally()).Add(tally);
        }

        return families;
    }

    public Tally Total()
    {
        var total = new Tally();
        foreach (var tally in Rules.Values)
        {
            total.Add(tally);
        }

        return total;
    }

    /// <summary>Targets the figures miss, one line each; empty when every target is met.</summary>
    public List<string> MissedTargets()
    {
        var missed = new List<string>();
        var total = Total();
        if (total.Precision is { } precision && precision < OverallPrecisionTarget)
        {
            missed.Add($"product-code precision {Percent(precision)} < {Percent(OverallPrecisionTarget)}");
        }

        foreach (var (rule, tally) in Rules)
        {
            if (tally.Product >= RulePrecisionMinimumFindings && tally.Precision < RulePrecisionTarget)
            {
                missed.Add($"{rule} product-code precision {Percent(tally.Precision!.Value)} < {Percent(RulePrecisionTarget)} ({tally.ProductTrue}/{tally.Product})");
            }
        }

        if (total.Recall is { } recall && recall < RecallTarget)
        {
            missed.Add($"must-find recall {Percent(recall)} < {Percent(RecallTarget)}");
        }

        return missed;
    }

    public string Markdown(Summary? previous, IReadOnlyList<RepoCost> costs)
    {
        var md = new StringBuilder();
        var total = Total();
        md.AppendLine("# Real-code corpus: results");
        md.AppendLine();
        md.AppendLine($"Written by `dotnet run -c Release --project bench/RealCode -- report --write` from the findings in `findings/` and the triage in");
        md.AppendLine("`triage.tsv` and `must-find.tsv`. Precision counts product code only; test, sample and docs findings are listed apart.");
        md.AppendLine();
        md.AppendLine($"**Overall:** product-code precision {Fmt(total.Precision)} ({total.ProductTrue}/{total.Product}), must-find recall {Fmt(total.Recall)} ({total.MustFound}/{total.MustFind}), {total.Test} findings in test code ({total.TestTrue} true), {total.SampleOrDocs} in samples and docs.");
        var missed = MissedTargets();
        md.AppendLine(missed.Count == 0
            ? $"Targets met: overall precision ≥ {Percent(OverallPrecisionTarget)}, every rule with ≥ {RulePrecisionMinimumFindings} product findings ≥ {Percent(RulePrecisionTarget)}, recall ≥ {Percent(RecallTarget)}."
            : "Targets missed: " + string.Join("; ", missed) + ".");
        md.AppendLine();
        md.AppendLine("| Rule | Product true | Product false | Precision | Change | Must-find | Recall | Test (true) | Samples/docs |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (family, familyTally) in Families())
        {
            foreach (var (rule, tally) in Rules.Where(r => Family(r.Key) == family))
            {
                md.AppendLine(Row(rule, tally, previous?.Rules.GetValueOrDefault(rule)));
            }

            md.AppendLine(Row($"**{family}**", familyTally, previous?.Families.GetValueOrDefault(family)));
        }

        md.AppendLine(Row("**All**", total, previous?.Total));
        md.AppendLine();

        if (costs.Count > 0)
        {
            md.AppendLine("## Cost");
            md.AppendLine();
            md.AppendLine("Analyzer time ÷ the compiler's own `GetDiagnostics()` time on the same compilations, both single-threaded, from the");
            md.AppendLine("compiler's analyzer telemetry (`logAnalyzerExecutionTime`). Written by `run --timing`; targets: all analyzers ≤ 5% and each ≤ 1.5% on every repository.");
            md.AppendLine();
            md.AppendLine("| Repository | Files | Lines | Compiler (s) | All analyzers | Costliest analyzer |");
            md.AppendLine("| --- | ---: | ---: | ---: | ---: | --- |");
            foreach (var cost in costs)
            {
                var (name, time) = cost.Analyzers.OrderByDescending(a => a.Value).First();
                md.AppendLine($"| {cost.Repo} | {cost.Files} | {cost.Lines} | {cost.Compiler.TotalSeconds:F1} | {Percent(cost.Ratio)} | {name} {Percent(time / cost.Compiler)} |");
            }

            md.AppendLine();
            md.AppendLine("Highest ratio of each analyzer over the repositories:");
            md.AppendLine();
            md.AppendLine("| Analyzer | Highest ratio | On |");
            md.AppendLine("| --- | ---: | --- |");
            foreach (var analyzer in costs.SelectMany(c => c.Analyzers.Keys).Distinct().Order(StringComparer.Ordinal))
            {
                var worst = costs.OrderByDescending(c => c.Analyzers.GetValueOrDefault(analyzer) / c.Compiler).First();
                md.AppendLine($"| {analyzer} | {Percent(worst.Analyzers.GetValueOrDefault(analyzer) / worst.Compiler)} | {worst.Repo} |");
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    private static string Row(string name, Tally tally, TallySnapshot? previous)
    {
        var change = previous is null || tally.Precision is null || previous.Precision is null
            ? ""
            : $"{(tally.Precision.Value - previous.Precision.Value) * 100:+0.0;-0.0;0} pt";
        return $"| {name} | {tally.ProductTrue} | {tally.ProductFalse} | {Fmt(tally.Precision)} | {change} | {tally.MustFound}/{tally.MustFind} | {Fmt(tally.Recall)} | {tally.Test} ({tally.TestTrue}) | {tally.SampleOrDocs} |";
    }

    public static string Fmt(double? value) => value is null ? "–" : Percent(value.Value);

    public static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public Summary Snapshot() => new()
    {
        Rules = Rules.ToDictionary(r => r.Key, r => TallySnapshot.Of(r.Value)),
        Families = Families().ToDictionary(f => f.Key, f => TallySnapshot.Of(f.Value)),
        Total = TallySnapshot.Of(Total()),
    };
}

internal sealed class TallySnapshot
{
    public int ProductTrue { get; set; }

    public int ProductFalse { get; set; }

    public int Test { get; set; }

    public int MustFind { get; set; }

    public int MustFound { get; set; }

    public double? Precision => ProductTrue + ProductFalse == 0 ? null : (double)ProductTrue / (ProductTrue + ProductFalse);

    public static TallySnapshot Of(Tally tally) => new()
    {
        ProductTrue = tally.ProductTrue, ProductFalse = tally.ProductFalse, Test = tally.Test, MustFind = tally.MustFind, MustFound = tally.MustFound,
    };
}

/// <summary>The figures of the last published report, to show the change a detector edit made.</summary>
internal sealed class Summary
{
    public Dictionary<string, TallySnapshot> Rules { get; set; } = [];

    public Dictionary<string, TallySnapshot> Families { get; set; } = [];

    public TallySnapshot Total { get; set; } = new();

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static Summary? Load(string path) => File.Exists(path) ? JsonSerializer.Deserialize<Summary>(File.ReadAllText(path)) : null;

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options) + "\n");
}

/// <summary>The cost of one repository's run: compiler time and each analyzer's, summed over its projects.</summary>
internal sealed record RepoCost(string Repo, int Files, long Lines, TimeSpan Compiler, IReadOnlyDictionary<string, TimeSpan> Analyzers)
{
    public double Ratio => Analyzers.Values.Sum(t => t.TotalMilliseconds) / Compiler.TotalMilliseconds;

    public static readonly string[] Columns = ["project", "files", "lines", "compiler_ms", "analyzer", "analyzer_ms"];

    public static RepoCost? Load(string repo, string path)
    {
        var rows = Tsv.Read(path, Columns);
        if (rows.Count == 0)
        {
            return null;
        }

        var projects = rows.GroupBy(r => r[0]).Select(g => g.First()).ToList();
        var analyzers = rows.GroupBy(r => r[4]).ToDictionary(g => g.Key, g => TimeSpan.FromMilliseconds(g.Sum(r => double.Parse(r[5], CultureInfo.InvariantCulture))));
        return new RepoCost(
            repo,
            projects.Sum(p => int.Parse(p[1], CultureInfo.InvariantCulture)),
            projects.Sum(p => long.Parse(p[2], CultureInfo.InvariantCulture)),
            TimeSpan.FromMilliseconds(projects.Sum(p => double.Parse(p[3], CultureInfo.InvariantCulture))),
            analyzers);
    }

    public static void Save(string path, IEnumerable<UnitCost> units)
        => Tsv.Write(path, Columns, units.SelectMany(u => u.Analyzers.Select(a => new[]
        {
            u.Project, u.Files.ToString(CultureInfo.InvariantCulture), u.Lines.ToString(CultureInfo.InvariantCulture),
            u.Compiler.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture), a.Key, a.Value.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture),
        })));
}
