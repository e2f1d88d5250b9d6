// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using SourceExposure.Cli.Exceptions;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Reporting;

/// <summary>
/// A baseline is an exceptions file (docs/governance.md) whose entries have the reason "baseline": one format, not
/// two. <c>--write-baseline</c> writes every current finding that way, approved today and expiring after
/// <see cref="ValidityDays"/> days, with paths relative to the scan root; <c>--baseline</c> reads it (or a baseline in
/// the old {"findings": …} format) and accepts the findings it lists: they are reported but do not fail the run.
/// </summary>
internal static class Baseline
{
    /// <summary>How long a written baseline accepts its findings: a baseline is a debt with a date, like any exception.</summary>
    public const int ValidityDays = 365;

    public const string Approver = "source-exposure scan --write-baseline";

    public static void Write(string path, IEnumerable<Finding> findings, DateTime today)
    {
        var set = ExceptionSet.Create(path, root: null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (!seen.Add(finding.Fingerprint) || finding.RuleId.StartsWith("SE0", StringComparison.Ordinal))
            {
                continue;
            }

            set.Entries.Add(set.EntryFor(finding, finding.Fingerprint, ExceptionSet.BaselineReason, Approver, today, today.AddDays(ValidityDays), ticket: null));
        }

        set.Save();
    }

    public static ExceptionSet Load(string path) => ExceptionSet.LoadBaseline(path);
}
