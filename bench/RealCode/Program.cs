// SPDX-License-Identifier: MIT
using System.Text.RegularExpressions;
using SourceExposure.Cli.Scanning;
using SourceExposure.RealCode;

// The real-code corpus: see bench/README.md ("Real-code corpus").
var home = FindHome();
var corpus = Corpus.Load(home);
var command = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToList();
var flags = rest.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
var operands = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();

try
{
    return command switch
    {
        "run" => await RunAsync(),
        "report" => ReportCommand(),
        "pending" => Pending(),
        "accept" => Accept(),
        "line" => Line(),
        "grep" => Grep(),
        "where" => Where(),
        _ => Help(),
    };
}
catch (Exception e) when (e is InvalidDataException or ArgumentException or InvalidOperationException or IOException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}

// run [repo ...] [--timing] [--repeat=N]: bring each repository at its pinned commit, run every analyzer, write
// findings/<slug>.tsv (and cost/<slug>.tsv with --timing: the median of N timed runs, 3 unless told).
async Task<int> RunAsync()
{
    var repos = operands.Count == 0 ? corpus.Repos : operands.Select(corpus.Find).ToList();
    var timing = flags.Contains("--timing");
    var repeats = flags.FirstOrDefault(f => f.StartsWith("--repeat=", StringComparison.Ordinal)) is { } repeat
        ? int.TryParse(repeat["--repeat=".Length..], out var n) && n > 0 ? n : throw new ArgumentException($"'{repeat}': the number of timed runs must be a positive integer")
        : 3;
    if (timing)
    {
        // JIT and first-use costs would otherwise land on the first repository's analyzers.
        var sample = Path.GetFullPath(Path.Combine(home, "..", "..", "samples", "BankGateway"));
        Console.WriteLine($"warming up on {sample}");
        await CorpusRun.AnalyzeAsync(sample, timing: true, repeats: 1);
    }

    var failed = 0;
    foreach (var repo in repos)
    {
        Console.WriteLine($"== {repo.Repo} @ {repo.Commit[..12]}");
        var root = corpus.Materialize(repo);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (findings, costs, warnings) = await CorpusRun.AnalyzeAsync(root, timing, repeats);
        foreach (var warning in warnings.Where(w => w.StartsWith("AD0001", StringComparison.Ordinal)))
        {
            Console.WriteLine("   " + warning);
            failed++;
        }

        Tsv.Write(Path.Combine(corpus.FindingsFolder, repo.Slug + ".tsv"), CorpusFinding.Columns, findings.Select(f => f.ToRow()));
        var summary = string.Join(", ", findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        Console.WriteLine($"   {findings.Count} findings in {watch.Elapsed.TotalSeconds:F0} s: {summary}");
        if (timing)
        {
            RepoCost.Save(Path.Combine(home, "cost", repo.Slug + ".tsv"), costs);
            var cost = RepoCost.Load(repo.Repo, Path.Combine(home, "cost", repo.Slug + ".tsv"))!;
            Console.WriteLine($"   analyzers {Report.Percent(cost.Ratio)} of the compiler's {cost.Compiler.TotalSeconds:F1} s");
        }
    }

    return failed == 0 ? 0 : 3;
}

// report [--write] [--prune]: precision and recall per rule and family, untriaged findings (exit 1), the change against
// summary.json; --write saves RESULTS.md and summary.json, --prune drops triage rows whose finding is gone.
int ReportCommand()
{
    var triage = TriageFiles.Load(home);
    var report = new Report(corpus, triage);
    report.Compute();
    var summaryPath = Path.Combine(home, "summary.json");
    var costs = corpus.Repos
        .Select(r => RepoCost.Load(r.Repo, Path.Combine(home, "cost", r.Slug + ".tsv")))
        .OfType<RepoCost>()
        .ToList();
    var markdown = report.Markdown(Summary.Load(summaryPath), costs);
    Console.WriteLine(markdown);

    if (report.Gone.Count > 0)
    {
        Console.WriteLine($"{report.Gone.Count} triaged findings are no longer reported:");
        foreach (var group in report.Gone.GroupBy(g => (g.Rule, g.Verdict, g.Kind)).OrderBy(g => g.Key.Rule, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {group.Key.Rule} {group.Key.Verdict} ({group.Key.Kind}): {group.Count()}");
        }

        foreach (var row in report.Gone.Where(r => r.IsTrue && r.Kind == "product"))
        {
            Console.WriteLine($"  lost true finding: {row.Repo} {row.Rule} {row.Path}: {row.Snippet}");
        }

        if (flags.Contains("--prune"))
        {
            var gone = report.Gone.ToHashSet();
            triage.Rows.RemoveAll(gone.Contains);
            triage.Save();
            Console.WriteLine($"  pruned from {triage.TriagePath}");
        }
    }

    foreach (var missed in report.Missed)
    {
        Console.WriteLine($"missed must-find: {missed.Repo} [{missed.Rules}] {missed.Path} ({missed.LineHash}): {missed.What}");
    }

    foreach (var row in report.Invalid)
    {
        Console.WriteLine($"invalid triage row {row.Repo} {row.Key}: {row.Problem()}");
    }

    if (flags.Contains("--write"))
    {
        File.WriteAllText(Path.Combine(home, "RESULTS.md"), markdown);
        report.Snapshot().Save(summaryPath);
        Console.WriteLine($"wrote {Path.Combine(home, "RESULTS.md")} and {summaryPath}");
    }

    if (report.Untriaged.Count > 0 || report.Invalid.Count > 0)
    {
        Console.WriteLine($"{report.Untriaged.Count} findings are not triaged ({string.Join(", ", report.Untriaged.GroupBy(u => u.Repo).Select(g => $"{g.Key} {g.Count()}"))}): run 'pending', label them, then 'accept'.");
        return 1;
    }

    return 0;
}

// pending [repo ...]: untriaged findings in the triage format (verdict and reason empty, kind guessed) in pending.tsv,
// or pending-<owner+name>.tsv for one repository (so several reviewers can work at once).
int Pending()
{
    var report = new Report(corpus, TriageFiles.Load(home));
    report.Compute();
    var wanted = operands.Select(o => corpus.Find(o).Repo).ToHashSet(StringComparer.Ordinal);
    var rows = report.Untriaged
        .Where(u => wanted.Count == 0 || wanted.Contains(u.Repo))
        .Select(u => new TriageRow(u.Repo, u.Finding.Key, u.Finding.Rule, u.Finding.Path, "", u.Finding.KindGuess, "", $"L{u.Finding.Line}: {u.Finding.Snippet} → {u.Finding.Message}"))
        .ToList();
    var path = Path.Combine(home, operands.Count == 1 ? $"pending-{corpus.Find(operands[0]).Slug}.tsv" : "pending.tsv");
    Tsv.Write(path, TriageRow.Columns, rows.Select(r => r.ToRow()));
    Console.WriteLine($"{rows.Count} untriaged findings written to {path}");
    return 0;
}

// accept [file]: moves the complete rows of pending.tsv (or file) into triage.tsv; incomplete rows stay. A must-find file
// (must-find-<owner+name>.tsv) is merged into must-find.tsv instead, replacing the rows of the repositories it covers.
int Accept()
{
    var path = operands.Count > 0 ? Path.GetFullPath(operands[0]) : Path.Combine(home, "pending.tsv");
    var triage = TriageFiles.Load(home);
    if (File.ReadLines(path).FirstOrDefault() == string.Join('\t', MustFindRow.Columns))
    {
        var rows = Tsv.Read(path, MustFindRow.Columns).Select(MustFindRow.FromRow).ToList();
        var repos = rows.Select(r => corpus.Find(r.Repo).Repo).ToHashSet(StringComparer.Ordinal);
        triage.MustFind.RemoveAll(r => repos.Contains(r.Repo));
        triage.MustFind.AddRange(rows.DistinctBy(r => (r.Repo, r.Path, r.LineHash)));
        triage.SaveMustFind();
        Console.WriteLine($"merged {rows.Count} must-find rows of {string.Join(", ", repos)} into {triage.MustFindPath}");
        return 0;
    }

    var known = triage.ByKey();
    var pending = Tsv.Read(path, TriageRow.Columns).Select(TriageRow.FromRow).ToList();
    var accepted = 0;
    var left = new List<TriageRow>();
    foreach (var row in pending)
    {
        if (row.Problem() is not null)
        {
            left.Add(row);
            continue;
        }

        // The snippet of the triage file is the redacted line only, not the finding's message.
        var clean = row with { Snippet = row.Snippet.Split(" → ")[0] };
        if (known.ContainsKey((row.Repo, row.Key)))
        {
            triage.Rows.RemoveAll(r => r.Repo == row.Repo && r.Key == row.Key);
        }

        triage.Rows.Add(clean);
        accepted++;
    }

    triage.Save();
    Tsv.Write(path, TriageRow.Columns, left.Select(r => r.ToRow()));
    Console.WriteLine($"accepted {accepted} rows into {triage.TriagePath}; {left.Count} left in {path}");
    return 0;
}

// line <repo> <path> <line>: the hash a must-find row names a line by, with the redacted line.
int Line()
{
    if (operands.Count != 3)
    {
        return Help();
    }

    var repo = corpus.Find(operands[0]);
    var file = Path.Combine(corpus.Materialize(repo), operands[1]);
    var number = int.Parse(operands[2], System.Globalization.CultureInfo.InvariantCulture);
    var text = File.ReadAllLines(file)[number - 1];
    Console.WriteLine($"{CorpusRun.LineHash(Fingerprints.CollapseWhitespace(text))}\t{SnippetRedactor.ForPlainLine(text)}");
    return 0;
}

// grep <regex> [repo ...]: lines of the corpus' C# sources matching a regex, with their hash, a redacted snippet, the kind
// guess and the rules that report that line: the search behind the must-find rows.
int Grep()
{
    if (operands.Count == 0)
    {
        return Help();
    }

    var pattern = new Regex(operands[0], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    var repos = operands.Count > 1 ? operands.Skip(1).Select(corpus.Find).ToList() : corpus.Repos.ToList();
    var report = new Report(corpus, TriageFiles.Load(home));
    report.Compute();
    foreach (var repo in repos)
    {
        var root = corpus.Materialize(repo);
        var reported = report.FindingsByRepo.GetValueOrDefault(repo.Repo) ?? [];
        foreach (var file in SourceFiles.Enumerate(root, "*.cs"))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!pattern.IsMatch(lines[i]))
                {
                    continue;
                }

                var hash = CorpusRun.LineHash(Fingerprints.CollapseWhitespace(lines[i]));
                var rules = string.Join(",", reported.Where(f => f.Path == relative && f.LineHash == hash).Select(f => f.Rule).Distinct());
                Console.WriteLine($"{repo.Repo}\t{relative}:{i + 1}\t{hash}\t{CorpusRun.KindGuess(relative)}\t[{rules}]\t{SnippetRedactor.ForPlainLine(lines[i])}");
            }
        }
    }

    return 0;
}

// where <repo>: the folder holding the repository's sources (for reading a finding in context).
int Where()
{
    Console.WriteLine(corpus.Materialize(corpus.Find(operands[0])));
    return 0;
}

int Help()
{
    Console.WriteLine("""
        usage: dotnet run -c Release --project bench/RealCode -- <command>
          run [repo ...] [--timing] [--repeat=N]
                                      bring the pinned repositories, run every analyzer, write findings/ (and cost/:
                                      the median of N timed runs, 3 unless told)
          report [--write] [--prune]  precision, recall and untriaged findings against triage.tsv and must-find.tsv
          pending [repo ...]          write untriaged findings to pending.tsv for labelling
          accept [file]               move labelled rows of pending.tsv into triage.tsv
          line <repo> <path> <n>      the line hash of a must-find row
          grep <regex> [repo ...]     search the corpus sources (hash, redacted line, reporting rules)
          where <repo>                the folder holding a repository's sources
        """);
    return 2;
}

static string FindHome()
{
    // The working directory first, so a copy of the tool can serve a checkout; then where the tool was built.
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var directory = start; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory, "bench", "RealCode", "corpus.json");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }
    }

    throw new InvalidOperationException("bench/RealCode/corpus.json not found above " + AppContext.BaseDirectory);
}
