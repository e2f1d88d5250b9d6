// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Benchmarks;

/// <summary>Every analyzer the SourceExposure.Analyzers assembly holds, found by reflection so new families are measured as they land.</summary>
public static class AnalyzerCatalog
{
    public static ImmutableArray<DiagnosticAnalyzer> CreateAll()
        => typeof(SourceExposure.Analyzers.SourceExposureAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>SE1 secrets, SE2 proprietary code, SE3 residency, SE4+5 back doors and hygiene, SE0 configuration.</summary>
    public static string FamilyOf(DiagnosticAnalyzer analyzer)
    {
        var id = analyzer.SupportedDiagnostics.IsDefaultOrEmpty ? "" : analyzer.SupportedDiagnostics[0].Id;
        return id.Length < 3 ? "other" : id[2] switch
        {
            '0' => "SE0",
            '1' => "SE1",
            '2' => "SE2",
            '3' => "SE3",
            '4' or '5' => "SE4+SE5",
            _ => "other",
        };
    }

    /// <summary>Family targets (analyzer time / compiler time) from issue 8 and the family issues.</summary>
    public static IReadOnlyDictionary<string, double> FamilyTargets { get; } = new Dictionary<string, double>
    {
        ["SE1"] = 0.05,
        ["SE2"] = 0.02,
        ["SE3"] = 0.03,
        ["SE4+SE5"] = 0.02,
    };

    public static IEnumerable<string> Ids(DiagnosticAnalyzer analyzer) => analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct();
}
