// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SourceExposure.Analyzers.Exceptions;
using SourceExposure.Cli.Reporting;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Exceptions;

/// <summary>
/// <c>source-exposure exceptions add|list|prune</c>: approved, expiring exceptions in SourceExposure.exceptions.json
/// (docs/governance.md). Each command scans &lt;path&gt; to match entries to current findings. Bad input exits 2 with one
/// line; the file is written atomically and existing entries are never dropped except by <c>prune</c>.
/// </summary>
internal static class ExceptionsCommand
{
    public static Command Build(TextWriter output, TextWriter error, Func<DateTime> today)
    {
        var path = new Argument<string>("path") { Description = "The solution, project or folder whose findings the exceptions accept (a new file is created at its root)." };
        var file = new Option<string?>("--file") { Description = "The exceptions file (default: the nearest SourceExposure.exceptions.json in <path> or a parent). Its fingerprint paths are relative to <path>.", HelpName = "FILE" };
        var noMsBuild = new Option<bool>("--no-msbuild") { Description = "Compile the .cs files ad hoc instead of loading projects with MSBuild." };
        var property = new Option<string[]>("--property", "-p") { Description = "MSBuild property visible to the analyzers (repeatable).", HelpName = "NAME=VALUE" };
        var dueDays = new Option<int>("--due-days") { Description = "Days before expiry from which an entry is 'due'.", DefaultValueFactory = _ => ExceptionSet.DefaultDueDays, HelpName = "N" };

        var all = new Option<bool>("--all") { Description = "Accept every current finding (SE1xxx–SE5xxx)." };
        var rule = new Option<string?>("--rule") { Description = "Accept the current findings of one rule.", HelpName = "ID" };
        var reason = new Option<string?>("--reason") { Description = "Why the risk is accepted (required).", HelpName = "TEXT" };
        var approver = new Option<string?>("--approver") { Description = "Who accepted it (required).", HelpName = "NAME" };
        var expires = new Option<string?>("--expires") { Description = "Last day the exception applies, YYYY-MM-DD (required).", HelpName = "DATE" };
        var ticket = new Option<string?>("--ticket") { Description = "The approval's ticket or pull request (optional).", HelpName = "ID" };
        var add = new Command("add", "Write approved exceptions for current findings into the exceptions file that applies.")
        {
            path, all, rule, file, reason, approver, expires, ticket, noMsBuild, property,
        };
        add.SetAction((parse, token) => AddAsync(
            new Target(parse.GetValue(path)!, parse.GetValue(file), parse.GetValue(noMsBuild), parse.GetValue(property) ?? []),
            parse.GetValue(all), parse.GetValue(rule), parse.GetValue(reason), parse.GetValue(approver), parse.GetValue(expires), parse.GetValue(ticket),
            today(), output, error, token));

        var list = new Command("list", "Show the exceptions with their status: live, due, expired or unused.") { path, file, dueDays, noMsBuild, property };
        list.SetAction((parse, token) => ListAsync(
            new Target(parse.GetValue(path)!, parse.GetValue(file), parse.GetValue(noMsBuild), parse.GetValue(property) ?? []),
            parse.GetValue(dueDays), today(), output, error, token));

        var expired = new Option<bool>("--expired") { Description = "Also remove expired entries." };
        var prune = new Command("prune", "Remove entries that match no current finding (and, with --expired, expired ones).") { path, file, expired, noMsBuild, property };
        prune.SetAction((parse, token) => PruneAsync(
            new Target(parse.GetValue(path)!, parse.GetValue(file), parse.GetValue(noMsBuild), parse.GetValue(property) ?? []),
            parse.GetValue(expired), today(), output, error, token));

        return new Command("exceptions", "Approved, expiring exceptions kept in SourceExposure.exceptions.json (see docs/governance.md).\n\n" + CommandLine.ExitCodes)
        {
            add, list, prune,
        };
    }

    private sealed record Target(string Path, string? File, bool NoMsBuild, string[] Properties);

    private static async Task<int> AddAsync(Target target, bool all, string? rule, string? reason, string? approver, string? expiresText, string? ticket, DateTime today, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (all == (rule is not null))
        {
            throw new InputException("exceptions add needs exactly one of --all or --rule ID");
        }

        if (rule is not null && !ApprovedExceptions.SuppressibleIds.Contains(rule))
        {
            throw new InputException($"--rule '{rule}' is not a SourceExposure rule an exception can accept (SE1xxx–SE5xxx; see list-rules)");
        }

        if (string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(approver) || string.IsNullOrWhiteSpace(expiresText))
        {
            throw new InputException("exceptions add needs --reason, --approver and --expires YYYY-MM-DD: an accepted risk records why, who and until when");
        }

        if (!ExceptionsFile.TryParseDate(expiresText, out var expires))
        {
            throw new InputException($"--expires '{expiresText}' is not a date in the form YYYY-MM-DD");
        }

        if (expires < today.Date)
        {
            throw new InputException($"--expires {expiresText} is in the past (today is {ExceptionsFile.FormatDate(today)})");
        }

        var (set, created) = Open(target, create: true);
        var result = await ScanAsync(target, error, cancellationToken).ConfigureAwait(false);
        var fingerprints = Fingerprints.Compute(result.Findings, set.Root);
        var known = set.Entries.Select(e => e.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var kept = set.Entries.Count;
        int added = 0, already = 0;
        foreach (var finding in result.Findings)
        {
            if (!ApprovedExceptions.SuppressibleIds.Contains(finding.RuleId) || (rule is not null && finding.RuleId != rule))
            {
                continue;
            }

            var fingerprint = fingerprints[finding];
            if (!known.Add(fingerprint))
            {
                already++;
                continue;
            }

            set.Entries.Add(set.EntryFor(finding, fingerprint, reason!.Trim(), approver!.Trim(), today.Date, expires, string.IsNullOrWhiteSpace(ticket) ? null : ticket.Trim()));
            added++;
        }

        if (added > 0 || created)
        {
            Save(set);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(created ? "Created" : "Updated")} {set.Path}: {added} exception(s) added, {already} finding(s) already accepted, {kept} existing entr{(kept == 1 ? "y" : "ies")} kept; fingerprint paths relative to {set.Root}."));
        return CommandLine.Clean;
    }

    private static async Task<int> ListAsync(Target target, int dueDays, DateTime today, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (dueDays < 0)
        {
            throw new InputException("--due-days must be 0 or more");
        }

        var (set, _) = Open(target, create: false);
        var result = await ScanAsync(target, error, cancellationToken).ConfigureAwait(false);
        set.Apply(result, today, dueDays);
        output.WriteLine($"{set.Path}: {set.Entries.Count} exception(s)");
        foreach (var risk in result.AcceptedRisks)
        {
            var entry = risk.Entry;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  #{entry.Index,-3} {risk.StatusName,-7} {entry.RuleId} {entry.Path ?? "(no path)"}  expires {entry.ExpiresText} ({Days(risk.DaysLeft)})  approved by {entry.Approver} on {ExceptionsFile.FormatDate(entry.Approved)}: {entry.Reason}{(entry.Ticket is null ? string.Empty : " [" + entry.Ticket + "]")}"));
        }

        var counts = result.AcceptedRisks.GroupBy(r => r.StatusName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        output.WriteLine("Status: " + (result.AcceptedRisks.Count == 0 ? "no entries" : string.Join(", ", counts)));
        return CommandLine.Clean;
    }

    private static async Task<int> PruneAsync(Target target, bool expired, DateTime today, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (set, _) = Open(target, create: false);
        var result = await ScanAsync(target, error, cancellationToken).ConfigureAwait(false);
        set.Apply(result, today, ExceptionSet.DefaultDueDays);
        var remove = result.AcceptedRisks
            .Where(r => r.Matched == 0 || (expired && r.Status == ExceptionStatus.Expired))
            .Select(r => r.Entry)
            .ToHashSet();
        foreach (var entry in remove.OrderBy(e => e.Index))
        {
            output.WriteLine($"  removed #{entry.Index} {entry.RuleId} {entry.Path ?? "(no path)"} ({(result.AcceptedRisks.First(r => ReferenceEquals(r.Entry, entry)).StatusName)})");
        }

        set.Entries.RemoveAll(remove.Contains);
        if (remove.Count > 0)
        {
            Save(set);
        }

        output.WriteLine($"{set.Path}: {remove.Count} entr{(remove.Count == 1 ? "y" : "ies")} removed, {set.Entries.Count} kept.");
        return CommandLine.Clean;
    }

    private static string Days(int left) => left < 0 ? $"{-left} day(s) ago" : $"{left} day(s) left";

    /// <summary>The file that applies: --file, else the nearest one from the path up, else (for add) a new one at the path's root.</summary>
    private static (ExceptionSet Set, bool Created) Open(Target target, bool create)
    {
        var full = System.IO.Path.GetFullPath(target.Path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new InputException($"path not found: '{target.Path}'");
        }

        var root = Directory.Exists(full) ? full : System.IO.Path.GetDirectoryName(full)!;
        if (target.File is { } named)
        {
            return File.Exists(named)
                ? (ExceptionSet.Load(named, root), false)
                : create ? (ExceptionSet.Create(named, root), true) : throw new InputException($"exceptions file not found: '{named}'");
        }

        if (ExceptionSet.Find(root) is { } found)
        {
            return (ExceptionSet.Load(found), false);
        }

        return create
            ? (ExceptionSet.Create(System.IO.Path.Combine(root, ExceptionsFile.FileName), root), true)
            : throw new InputException($"no {ExceptionsFile.FileName} in '{target.Path}' or its parents (create one with 'source-exposure exceptions add')");
    }

    private static void Save(ExceptionSet set)
    {
        try
        {
            set.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write '{set.Path}': {e.Message}");
        }
    }

    private static Task<ScanResult> ScanAsync(Target target, TextWriter error, CancellationToken cancellationToken)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in target.Properties)
        {
            var separator = value.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new InputException($"--property expects NAME=VALUE, got '{value}'");
            }

            properties[value[..separator].Trim()] = value[(separator + 1)..].Trim();
        }

        var request = new ScanRequest(target.Path) { NoMsBuild = target.NoMsBuild, Properties = properties };
        return new Scanner(new PlainProgress(error, verbose: false)).ScanAsync(request, cancellationToken);
    }
}
