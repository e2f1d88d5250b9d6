// SPDX-License-Identifier: MIT
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers.Exceptions;

/// <summary>SE0002: Approved exception expired. SE0003: Approved exception due to expire. SE0004: Invalid exceptions file.</summary>
/// <remarks>
/// One pass over the exceptions file serves the three ids. A suppressor cannot report diagnostics and an analyzer
/// cannot see other analyzers' findings, so SE0002/SE0003 find the finding's line by the entry's anchor (a hash of
/// rule, path and normalised line) in the file the entry names, and report there.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Renewing or ending an accepted risk is a decision for its approver, not an edit of the code.")]
public sealed class SE0002ApprovedExceptionAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE0002, Rules.SE0003, Rules.SE0004);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var exceptions = ApprovedExceptions.Load(start.Options, start.CancellationToken);
            if (exceptions is null)
            {
                return;
            }

            var dueDays = new OptionReader(start.Options).GetGlobal(RuleOptions.ExceptionsDueDays);
            var today = DateTime.UtcNow.Date;
            var content = exceptions.Content;

            if (!content.Problems.IsEmpty)
            {
                if (exceptions.File is { } file)
                {
                    start.RegisterAdditionalFileAction(action =>
                    {
                        if (ReferenceEquals(action.AdditionalFile, file))
                        {
                            foreach (var problem in content.Problems)
                            {
                                action.ReportDiagnostic(Diagnostic.Create(Rules.SE0004, exceptions.LocationOf(problem.Line, action.CancellationToken), exceptions.DisplayPath, problem.Entry, problem.Problem));
                            }
                        }
                    });
                }
                else
                {
                    // No file to attach the problem to (a missing SourceExposureExceptionsFile): once per compilation.
                    var reported = 0;
                    start.RegisterSyntaxTreeAction(action =>
                    {
                        if (Interlocked.Exchange(ref reported, 1) == 0)
                        {
                            foreach (var problem in content.Problems)
                            {
                                action.ReportDiagnostic(Diagnostic.Create(Rules.SE0004, Location.None, exceptions.DisplayPath, problem.Entry, problem.Problem));
                            }
                        }
                    });
                }
            }

            var pending = content.Entries.Where(e => e.StatusOn(today, dueDays) != ExceptionStatus.Live).ToList();
            if (pending.Count == 0)
            {
                return;
            }

            // Entries that cannot be placed at their finding (written by hand without anchor or path) are reported on
            // their own line of the exceptions file, so an expiry is never silent.
            var unplaced = pending.Where(e => e.Anchor is null || string.IsNullOrEmpty(e.Path)).ToList();
            var byPath = pending.Where(e => e.Anchor is not null && !string.IsNullOrEmpty(e.Path))
                .GroupBy(e => e.Path!, StringComparer.Ordinal)
                .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

            if (byPath.Count > 0)
            {
                start.RegisterSyntaxTreeAction(action =>
                {
                    if (byPath.TryGetValue(exceptions.FingerprintPath(action.Tree.FilePath), out var entries))
                    {
                        Place(entries, action.Tree.GetText(action.CancellationToken), action.Tree.FilePath, exceptions, today, dueDays, action.ReportDiagnostic, action.Tree);
                    }
                });
            }

            if (byPath.Count > 0 || (unplaced.Count > 0 && exceptions.File is not null))
            {
                start.RegisterAdditionalFileAction(action =>
                {
                    var file = action.AdditionalFile;
                    if (ReferenceEquals(file, exceptions.File))
                    {
                        foreach (var entry in unplaced)
                        {
                            action.ReportDiagnostic(Create(entry, exceptions.LocationOf(entry.Line, action.CancellationToken), today, dueDays));
                        }
                    }
                    else if (byPath.TryGetValue(exceptions.FingerprintPath(file.Path), out var entries) && file.GetText(action.CancellationToken) is { } text)
                    {
                        Place(entries, text, file.Path, exceptions, today, dueDays, action.ReportDiagnostic, tree: null);
                    }
                });
            }
        });

    /// <summary>Reports each entry at the first line of the file whose anchor matches.</summary>
    private static void Place(ImmutableArray<ExceptionEntry> entries, SourceText text, string path, ApprovedExceptions exceptions, DateTime today, int dueDays, Action<Diagnostic> report, SyntaxTree? tree)
    {
        var relative = exceptions.FingerprintPath(path);
        var rules = entries.Select(e => e.RuleId).Distinct(StringComparer.Ordinal).ToList();
        var open = new HashSet<ExceptionEntry>(entries);
        foreach (var line in text.Lines)
        {
            if (open.Count == 0)
            {
                return;
            }

            var content = line.ToString();
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var normalized = FindingFingerprint.CollapseWhitespace(content);
            foreach (var rule in rules)
            {
                var anchor = FindingFingerprint.Anchor(rule, relative, normalized);
                foreach (var entry in open.Where(e => e.RuleId == rule && e.Anchor == anchor).ToList())
                {
                    open.Remove(entry);
                    var start = line.Start + (content.Length - content.TrimStart().Length);
                    var span = TextSpan.FromBounds(start, line.Start + content.TrimEnd().Length);
                    var location = tree is not null ? Location.Create(tree, span) : Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
                    report(Create(entry, location, today, dueDays));
                }
            }
        }
    }

    private static Diagnostic Create(ExceptionEntry entry, Location location, DateTime today, int dueDays)
        => entry.StatusOn(today, dueDays) == ExceptionStatus.Expired
            ? Diagnostic.Create(Rules.SE0002, location, entry.RuleId, entry.ExpiresText, entry.Approver)
            : Diagnostic.Create(Rules.SE0003, location, entry.RuleId, entry.ExpiresText, entry.DaysLeft(today).ToString(CultureInfo.InvariantCulture), entry.Approver);
}
