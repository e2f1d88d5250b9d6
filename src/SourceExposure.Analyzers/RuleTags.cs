// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

/// <summary>Custom tags carried by descriptors; tools (SARIF, the HTML report) read them.</summary>
internal static class RuleTags
{
    /// <summary>The finding is reported at compilation end (not in live IDE analysis).</summary>
    public const string CompilationEnd = WellKnownDiagnosticTags.CompilationEnd;

    /// <summary>The diagnostic cannot be suppressed by severity configuration alone (configuration errors).</summary>
    public const string NotConfigurable = WellKnownDiagnosticTags.NotConfigurable;

    /// <summary>The finding quotes (redacted) secret material; outputs must never widen the redaction.</summary>
    public const string Secret = "SourceExposure.Secret";

    /// <summary>Heuristic rule: judged by names, entropy or shape rather than a documented format.</summary>
    public const string Heuristic = "SourceExposure.Heuristic";
}
