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

    /// <summary>A live approved exception accepts this finding: it is reported as accepted and does not fail the run.</summary>
    public SourceExposure.Analyzers.Exceptions.ExceptionEntry? AcceptedBy { get; set; }

    /// <summary>An approved exception for this finding has expired: it fails the run, with SE0002 beside it.</summary>
    public SourceExposure.Analyzers.Exceptions.ExceptionEntry? ExpiredException { get; set; }

    /// <summary>What the console shows after the message: "baseline", "accepted until 2027-01-31", or null.</summary>
    public string? AcceptedTag => InBaseline ? "baseline" : AcceptedBy is { } entry ? "accepted until " + entry.ExpiresText : null;

    /// <summary>Whitespace-collapsed text of the finding's first line (unredacted: used only as hash input).</summary>
    internal string NormalizedLine { get; init; } = string.Empty;

    /// <summary>For findings in built artifacts (<c>inspect</c>): the place inside the file; null for source findings.</summary>
    public ArtifactPlace? Artifact { get; init; }

    public string DisplayPath => (RelativePath ?? FullPath ?? "(project)") + (Artifact?.Entry is { } entry ? "!" + entry : string.Empty);

    public string Location => Artifact is { } artifact
        ? DisplayPath + (artifact.LogicalName is null
            ? (StartLine > 0 ? $":{StartLine}" : string.Empty)
            : $" [{artifact.LogicalName}{(StartLine > 0 ? $", line {StartLine}" : string.Empty)}]")
        : RelativePath is null && FullPath is null ? DisplayPath : $"{DisplayPath}:{StartLine}";
}

/// <summary>
/// Where a finding sits inside a built artifact: the entry of a package, the logical place in an assembly (a type,
/// a method, a resource, a string constant) and, for strings read from a file on disk, its byte range in the file.
/// </summary>
/// <param name="Entry">The path inside a .nupkg, or null for a file on disk.</param>
/// <param name="LogicalName">"BankGateway.Crypto.MessageSigner..cctor", "resource appsettings.Production.json"; null when the file itself is the place (a shipped .json).</param>
/// <param name="LogicalKind">The SARIF logical-location kind: function, member, type, resource, module.</param>
/// <param name="ByteOffset">Offset of the evidence in the file on disk (user strings), or null.</param>
/// <param name="ByteLength">Length of the evidence in bytes, with <paramref name="ByteOffset"/>.</param>
internal sealed record ArtifactPlace(string? Entry, string? LogicalName, string? LogicalKind, long? ByteOffset = null, int? ByteLength = null);
