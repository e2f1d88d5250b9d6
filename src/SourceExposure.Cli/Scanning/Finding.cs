// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Cli.Scanning;

/// <summary>
/// One analyzer finding in the tool's own terms. Everything here is safe to print: the message is redacted by the
/// analyzer and <see cref="Snippet"/> by <see cref="SnippetRedactor"/>.
/// </summary>
internal sealed record Finding(
    string RuleId,
    DiagnosticSeverity Severity,
    string Message,
    string? FullPath,
    string? RelativePath,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    string Snippet,
    string Project)
{
    /// <summary>Stable across line shifts: see <see cref="Fingerprints"/>.</summary>
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>The finding was already in the baseline given with <c>--baseline</c>: it is reported but does not fail the run.</summary>
    public bool InBaseline { get; set; }

    /// <summary>Whitespace-collapsed text of the finding's first line (unredacted: used only as hash input).</summary>
    internal string NormalizedLine { get; init; } = string.Empty;

    public string DisplayPath => RelativePath ?? FullPath ?? "(project)";

    public string Location => RelativePath is null && FullPath is null ? DisplayPath : $"{DisplayPath}:{StartLine}";
}
