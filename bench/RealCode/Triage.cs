// SPDX-License-Identifier: MIT
namespace SourceExposure.RealCode;

/// <summary>A reviewer's label for one finding: true or false, the kind of code it sits in, and why.</summary>
internal sealed record TriageRow(string Repo, string Key, string Rule, string Path, string Verdict, string Kind, string Reason, string Snippet)
{
    public static readonly string[] Columns = ["repo", "key", "rule", "path", "verdict", "kind", "reason", "snippet"];

    public static readonly string[] Kinds = ["product", "test", "sample", "docs"];

    public bool IsTrue => Verdict == "true";

    public string[] ToRow() => [Repo, Key, Rule, Path, Verdict, Kind, Reason, Snippet];

    public static TriageRow FromRow(string[] row) => new(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]);

    /// <summary>Why the row cannot be used, or null when it is complete.</summary>
    public string? Problem()
        => Verdict is not ("true" or "false") ? $"verdict must be true or false, not '{Verdict}'"
            : !Kinds.Contains(Kind) ? $"kind must be one of {string.Join(", ", Kinds)}, not '{Kind}'"
            : string.IsNullOrWhiteSpace(Reason) ? "a reason is required"
            : null;
}

/// <summary>
/// An exposure in product code that a careful reviewer wants reported: found when a finding of one of
/// <see cref="Rules"/> sits on the line with this hash in this file.
/// </summary>
internal sealed record MustFindRow(string Repo, string Rules, string Path, string LineHash, string What)
{
    public static readonly string[] Columns = ["repo", "rules", "path", "line_hash", "what"];

    public IReadOnlyList<string> RuleIds => Rules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The rule the row is counted under: the first one listed.</summary>
    public string PrimaryRule => RuleIds[0];

    public static MustFindRow FromRow(string[] row) => new(row[0], row[1], row[2], row[3], row[4]);

    public string[] ToRow() => [Repo, Rules, Path, LineHash, What];
}

/// <summary>The checked-in triage (triage.tsv) and must-find list (must-find.tsv).</summary>
internal sealed class TriageFiles
{
    private TriageFiles(string triagePath, string mustFindPath, List<TriageRow> triage, List<MustFindRow> mustFind)
    {
        TriagePath = triagePath;
        MustFindPath = mustFindPath;
        Rows = triage;
        MustFind = mustFind;
    }

    public string TriagePath { get; }

    public string MustFindPath { get; }

    public List<TriageRow> Rows { get; }

    public List<MustFindRow> MustFind { get; }

    public static TriageFiles Load(string home)
    {
        var triage = Path.Combine(home, "triage.tsv");
        var mustFind = Path.Combine(home, "must-find.tsv");
        return new TriageFiles(
            triage,
            mustFind,
            Tsv.Read(triage, TriageRow.Columns).Select(TriageRow.FromRow).ToList(),
            Tsv.Read(mustFind, MustFindRow.Columns).Select(MustFindRow.FromRow).ToList());
    }

    public Dictionary<(string Repo, string Key), TriageRow> ByKey()
    {
        var map = new Dictionary<(string, string), TriageRow>();
        foreach (var row in Rows)
        {
            if (!map.TryAdd((row.Repo, row.Key), row))
            {
                throw new InvalidDataException($"{TriagePath}: {row.Repo} {row.Key} is triaged twice");
            }
        }

        return map;
    }

    public void SaveMustFind()
    {
        Tsv.Write(MustFindPath, MustFindRow.Columns, MustFind
            .OrderBy(r => r.Repo, StringComparer.Ordinal).ThenBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.LineHash, StringComparer.Ordinal)
            .Select(r => r.ToRow()));
    }

    public void Save()
    {
        Tsv.Write(TriagePath, TriageRow.Columns, Rows
            .OrderBy(r => r.Repo, StringComparer.Ordinal).ThenBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Rule, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => r.ToRow()));
    }
}
