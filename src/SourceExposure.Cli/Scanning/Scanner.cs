// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Cli.Scanning;

/// <summary>
/// Scans a solution, project or folder: <see cref="CompilationLoader"/> works out what to compile,
/// <see cref="AnalysisRunner"/> runs every SourceExposure analyzer over it and turns the diagnostics into
/// <see cref="Finding"/>s.
/// </summary>
internal sealed class Scanner
{
    private readonly IScanProgress progress;

    public Scanner(IScanProgress? progress = null) => this.progress = progress ?? NullProgress.Instance;

    /// <summary>The MSBuild property names analyzers read as <c>build_property.*</c> (from the options catalog).</summary>
    public static ImmutableArray<string> BuildPropertyNames { get; } = RuleOptions.All
        .Where(o => o.Scope == OptionScope.BuildProperty)
        .Select(o => o.Name)
        .Concat(PackageProps.CompilerVisibleProperties)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToImmutableArray();

    public async Task<ScanResult> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var warnings = new List<string>();
        var input = await new CompilationLoader(progress).LoadAsync(request, warnings, cancellationToken).ConfigureAwait(false);
        return await new AnalysisRunner(progress).RunAsync(input, request, warnings, stopwatch, cancellationToken).ConfigureAwait(false);
    }
}
