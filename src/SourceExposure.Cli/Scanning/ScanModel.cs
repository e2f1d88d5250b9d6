// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace SourceExposure.Cli.Scanning;

/// <summary>A problem with what the user asked for (a missing path, nothing to scan): one line, exit code 2.</summary>
internal sealed class InputException(string message) : Exception(message);

internal sealed record ScanRequest(string Path)
{
    public bool NoMsBuild { get; init; }

    /// <summary>MSBuild properties given on the command line (<c>--property Name=Value</c>); they win over the project's.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    public bool Timing { get; init; }
}

/// <summary>What a scan reports while it runs; the console shows it as progress bars or plain lines.</summary>
internal interface IScanProgress
{
    void Status(string message);

    void Warning(string message);

    /// <summary>Work on one unit (a project, or the ad-hoc compilation) of <paramref name="total"/> started.</summary>
    void Unit(string name, int index, int total);

    void Detail(string message);
}

internal sealed class NullProgress : IScanProgress
{
    public static readonly NullProgress Instance = new();

    public void Status(string message)
    {
    }

    public void Warning(string message)
    {
    }

    public void Unit(string name, int index, int total)
    {
    }

    public void Detail(string message)
    {
    }
}

internal sealed class ScanResult
{
    public required string Root { get; init; }

    public required string Mode { get; init; }

    /// <summary>True for <c>inspect</c>: built artifacts were read, not source; reports say "inspected" and what shipped.</summary>
    public bool Inspection { get; init; }

    /// <summary>For <c>inspect</c>: what was read, in words ("3 assemblies, 2 PDBs, 1 package, 5 files, 12.4 MB").</summary>
    public string? Inventory { get; init; }

    /// <summary>Settable so approved exceptions can add their SE0002/SE0003 findings after the scan.</summary>
    public required IReadOnlyList<Finding> Findings { get; set; }

    /// <summary>The approved exceptions that applied (the exceptions file, a baseline), for the reports' "Accepted risks".</summary>
    public List<Exceptions.AcceptedRisk> AcceptedRisks { get; } = [];

    /// <summary>The exceptions file that applied, if any.</summary>
    public string? ExceptionsFile { get; set; }

    public required IReadOnlyList<string> Warnings { get; init; }

    public required IReadOnlyList<string> Projects { get; init; }

    /// <summary>SourceExposure settings in effect in the scanned tree (<c>key = value</c>), for the report's metadata.</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>The scanned commit as <see cref="GitCommit.Describe"/> gives it.</summary>
    public string Commit { get; init; } = GitCommit.NotARepository;

    public int Files { get; init; }

    public long Lines { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Sum of every analyzer's execution time (telemetry; only with <c>--timing</c>).</summary>
    public TimeSpan? AnalyzerTime { get; init; }

    /// <summary>Time of the compiler's own <c>GetDiagnostics</c> on a fresh copy of each compilation (only with <c>--timing</c>).</summary>
    public TimeSpan? CompilerTime { get; init; }

    public IReadOnlyList<(string Analyzer, TimeSpan Time)> AnalyzerTimes { get; init; } = [];
}
