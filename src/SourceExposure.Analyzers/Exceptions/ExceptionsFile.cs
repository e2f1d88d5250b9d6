// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SourceExposure.Analyzers.Exceptions;

/// <summary>Where an approved exception stands on a given day.</summary>
internal enum ExceptionStatus
{
    Live,
    Due,
    Expired,
}

/// <summary>One approved exception: a finding (by fingerprint), who accepted it, why, and until when.</summary>
internal sealed class ExceptionEntry
{
    public ExceptionEntry(int index, int line, string ruleId, string fingerprint, string? anchor, string? path, string reason, string approver, DateTime approved, DateTime expires, string? ticket)
    {
        Index = index;
        Line = line;
        RuleId = ruleId;
        Fingerprint = fingerprint;
        Anchor = anchor;
        Path = path;
        Reason = reason;
        Approver = approver;
        Approved = approved;
        Expires = expires;
        Ticket = ticket;
    }

    /// <summary>1-based position in the "exceptions" array.</summary>
    public int Index { get; }

    /// <summary>1-based line of the entry in the file.</summary>
    public int Line { get; }

    public string RuleId { get; }

    public string Fingerprint { get; }

    /// <summary>Hash of rule, path and normalised line (<see cref="FindingFingerprint.Anchor"/>); lets SE0002 find the line.</summary>
    public string? Anchor { get; }

    /// <summary>The finding's file, relative to the exceptions root: where SE0002/SE0003 look for the anchor.</summary>
    public string? Path { get; }

    public string Reason { get; }

    public string Approver { get; }

    public DateTime Approved { get; }

    /// <summary>The last day the exception applies (inclusive).</summary>
    public DateTime Expires { get; }

    public string? Ticket { get; }

    public string ExpiresText => ExceptionsFile.FormatDate(Expires);

    /// <summary>"approved exception: &lt;reason&gt; (&lt;approver&gt;, until &lt;date&gt;)": the suppression justification.</summary>
    public string Justification => $"approved exception: {Reason} ({Approver}, until {ExpiresText})" + (Ticket is null ? string.Empty : $" [{Ticket}]");

    public ExceptionStatus StatusOn(DateTime today, int dueDays)
    {
        var left = DaysLeft(today);
        return left < 0 ? ExceptionStatus.Expired : left <= dueDays ? ExceptionStatus.Due : ExceptionStatus.Live;
    }

    public int DaysLeft(DateTime today) => (int)(Expires.Date - today.Date).TotalDays;

    /// <summary>"entry 3 (SE1002 Crypto/Signer.cs)": how problems and listings name the entry.</summary>
    public string Name => $"entry {Index.ToString(CultureInfo.InvariantCulture)} ({RuleId}{(Path is null ? string.Empty : " " + Path)})";
}

/// <summary>A problem with the exceptions file or one of its entries: reported as SE0004 or a CLI error, never ignored.</summary>
internal sealed class ExceptionsProblem
{
    public ExceptionsProblem(string entry, string problem, int line)
    {
        Entry = entry;
        Problem = problem;
        Line = line;
    }

    /// <summary>"entry 3 (SE1002 Foo.cs)", or "the file" for problems of the whole file.</summary>
    public string Entry { get; }

    public string Problem { get; }

    /// <summary>1-based; 0 when there is no line (a missing file).</summary>
    public int Line { get; }

    public override string ToString() => Line > 0 ? $"{Entry} (line {Line.ToString(CultureInfo.InvariantCulture)}): {Problem}" : $"{Entry}: {Problem}";
}

/// <summary>
/// SourceExposure.exceptions.json, parsed and checked. Valid entries are kept; each invalid one becomes a problem and
/// suppresses nothing. A file that is not valid JSON, or has no "exceptions" array, yields one problem and no entries.
/// The format is described by schemas/SourceExposure.exceptions.schema.json and docs/governance.md.
/// </summary>
internal sealed class ExceptionsFile
{
    public const string FileName = "SourceExposure.exceptions.json";
    public const int CurrentVersion = 1;
    public const string WholeFile = "the file";

    private static readonly Regex FingerprintPattern = new("^[0-9a-f]{32}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    private static readonly Regex AnchorPattern = new("^[0-9a-f]{16}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    private static readonly Regex RuleIdPattern = new("^SE[1-5][0-9]{3}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private static readonly ImmutableHashSet<string> KnownEntryKeys = ImmutableHashSet.Create(
        StringComparer.Ordinal, "rule", "fingerprint", "anchor", "path", "reason", "approver", "approved", "expires", "ticket");

    private ExceptionsFile(ImmutableArray<ExceptionEntry> entries, ImmutableArray<ExceptionsProblem> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    public ImmutableArray<ExceptionEntry> Entries { get; }

    public ImmutableArray<ExceptionsProblem> Problems { get; }

    public static ExceptionsFile Empty { get; } = new(ImmutableArray<ExceptionEntry>.Empty, ImmutableArray<ExceptionsProblem>.Empty);

    public static string FormatDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateTime date)
        => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static ExceptionsFile Problem(string problem) => new(ImmutableArray<ExceptionEntry>.Empty, ImmutableArray.Create(new ExceptionsProblem(WholeFile, problem, 0)));

    /// <param name="text">The file's text.</param>
    /// <param name="isKnownRule">Whether a rule id is one SourceExposure reports (unknown ids are problems).</param>
    public static ExceptionsFile Parse(string text, Func<string, bool> isKnownRule)
    {
        JsonNode root;
        try
        {
            root = ExceptionsJson.Parse(text);
        }
        catch (JsonSyntaxException e)
        {
            return new(ImmutableArray<ExceptionEntry>.Empty, ImmutableArray.Create(new ExceptionsProblem(WholeFile, e.Message, e.Line)));
        }

        var problems = ImmutableArray.CreateBuilder<ExceptionsProblem>();
        if (root.Kind != JsonKind.Object)
        {
            problems.Add(new ExceptionsProblem(WholeFile, "expected a JSON object with an \"exceptions\" array", root.Line));
            return new(ImmutableArray<ExceptionEntry>.Empty, problems.ToImmutable());
        }

        var version = root["version"];
        if (version is not null && (version.Kind != JsonKind.Number || version.Text != "1"))
        {
            problems.Add(new ExceptionsProblem(WholeFile, $"\"version\" must be {CurrentVersion}", version.Line));
            return new(ImmutableArray<ExceptionEntry>.Empty, problems.ToImmutable());
        }

        var list = root["exceptions"];
        if (list is null || list.Kind != JsonKind.Array)
        {
            problems.Add(new ExceptionsProblem(WholeFile, "expected an \"exceptions\" array", list?.Line ?? root.Line));
            return new(ImmutableArray<ExceptionEntry>.Empty, problems.ToImmutable());
        }

        var entries = ImmutableArray.CreateBuilder<ExceptionEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var index = i + 1;
            var provisionalName = "entry " + index.ToString(CultureInfo.InvariantCulture);
            if (item.Kind != JsonKind.Object)
            {
                problems.Add(new ExceptionsProblem(provisionalName, "expected an object", item.Line));
                continue;
            }

            var rule = String(item, "rule");
            var path = String(item, "path");
            var name = provisionalName + (rule is null ? string.Empty : $" ({rule}{(path is null ? string.Empty : " " + path)})");
            var before = problems.Count;

            foreach (var member in item.Members)
            {
                if (!KnownEntryKeys.Contains(member.Key))
                {
                    problems.Add(new ExceptionsProblem(name, $"unknown property \"{member.Key}\"", member.Value.Line));
                }
                else if (member.Value.Kind != JsonKind.String)
                {
                    problems.Add(new ExceptionsProblem(name, $"\"{member.Key}\" must be a string", member.Value.Line));
                }
            }

            var fingerprint = Required(item, "fingerprint", name, problems);
            var reason = Required(item, "reason", name, problems);
            var approver = Required(item, "approver", name, problems);
            var approvedText = Required(item, "approved", name, problems);
            var expiresText = Required(item, "expires", name, problems);
            Required(item, "rule", name, problems);
            var anchor = String(item, "anchor");
            var ticket = String(item, "ticket");

            if (rule is not null && rule.Length > 0 && (!RuleIdPattern.IsMatch(rule) || !isKnownRule(rule)))
            {
                problems.Add(new ExceptionsProblem(name, $"unknown rule id '{rule}' (expected a SourceExposure rule SE1001–SE5999 that the analyzers report)", item["rule"]!.Line));
            }

            if (fingerprint is { Length: > 0 } && !FingerprintPattern.IsMatch(fingerprint))
            {
                problems.Add(new ExceptionsProblem(name, $"fingerprint '{fingerprint}' is not 32 lower-case hexadecimal digits (copy it from `source-exposure exceptions add` or the SARIF partialFingerprints)", item["fingerprint"]!.Line));
            }

            if (anchor is not null && !AnchorPattern.IsMatch(anchor))
            {
                problems.Add(new ExceptionsProblem(name, $"anchor '{anchor}' is not 16 lower-case hexadecimal digits", item["anchor"]!.Line));
            }

            var approved = default(DateTime);
            if (approvedText is { Length: > 0 } && !TryParseDate(approvedText, out approved))
            {
                problems.Add(new ExceptionsProblem(name, $"\"approved\" date '{approvedText}' does not parse (expected YYYY-MM-DD)", item["approved"]!.Line));
            }

            var expires = default(DateTime);
            if (expiresText is { Length: > 0 } && !TryParseDate(expiresText, out expires))
            {
                problems.Add(new ExceptionsProblem(name, $"\"expires\" date '{expiresText}' does not parse (expected YYYY-MM-DD)", item["expires"]!.Line));
            }
            else if (expires != default && approved != default && expires < approved)
            {
                problems.Add(new ExceptionsProblem(name, $"expires {expiresText} before it was approved ({approvedText})", item["expires"]!.Line));
            }

            if (fingerprint is { Length: > 0 } && problems.Count == before)
            {
                if (seen.TryGetValue(fingerprint, out var first))
                {
                    problems.Add(new ExceptionsProblem(name, $"duplicate fingerprint {fingerprint}: entry {first.ToString(CultureInfo.InvariantCulture)} already has it; keep one entry per finding", item["fingerprint"]!.Line));
                    continue;
                }

                seen.Add(fingerprint, index);
            }

            if (problems.Count == before)
            {
                entries.Add(new ExceptionEntry(index, item.Line, rule!, fingerprint!, anchor, path, reason!, approver!, approved, expires, ticket));
            }
        }

        return new(entries.ToImmutable(), problems.ToImmutable());
    }

    private static string? String(JsonNode item, string name)
        => item[name] is { Kind: JsonKind.String } value ? value.Text : null;

    private static string? Required(JsonNode item, string name, string entry, ImmutableArray<ExceptionsProblem>.Builder problems)
    {
        var value = item[name];
        if (value is null)
        {
            problems.Add(new ExceptionsProblem(entry, $"\"{name}\" is missing", item.Line));
            return null;
        }

        if (value.Kind == JsonKind.String && string.IsNullOrWhiteSpace(value.Text))
        {
            problems.Add(new ExceptionsProblem(entry, $"\"{name}\" is empty", value.Line));
            return null;
        }

        return value.Kind == JsonKind.String ? value.Text!.Trim() : null;
    }
}
