// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Cli.Reporting;

/// <summary>Severity names as SARIF and the <c>--fail-on</c> option spell them.</summary>
internal static class Severities
{
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>Rank for threshold comparison: error 3, warning 2, note 1, hidden 0.</summary>
    public static int Rank(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 3,
        DiagnosticSeverity.Warning => 2,
        DiagnosticSeverity.Info => 1,
        _ => 0,
    };

    /// <summary>Threshold rank of a <c>--fail-on</c> value; <c>none</c> never fails.</summary>
    public static int Threshold(string failOn) => failOn switch
    {
        "error" => 3,
        "warning" => 2,
        "note" => 1,
        _ => int.MaxValue,
    };
}
