// SPDX-License-Identifier: MIT
namespace SourceExposure.Cli.Inspection;

/// <summary>What <c>source-exposure inspect</c> was asked to read, and with which settings.</summary>
internal sealed record InspectRequest(string Path)
{
    public InspectConfig Config { get; init; } = InspectConfig.Default;

    public InspectLimits Limits { get; init; } = InspectLimits.Default;
}

/// <summary>
/// Bounds on what one artifact may cost. Anything beyond them is skipped with a warning, never read: a package entry
/// that expands past <see cref="MaxEntryBytes"/> (a zip bomb stops there, whatever its header claims), a package
/// that expands past <see cref="MaxPackageBytes"/> in total, more than <see cref="MaxEntries"/> entries, a file or
/// resource larger than its bound.
/// </summary>
internal sealed record InspectLimits
{
    public static readonly InspectLimits Default = new();

    /// <summary>An assembly, PDB or package on disk larger than this is not read.</summary>
    public long MaxFileBytes { get; init; } = 1L << 30;

    /// <summary>One entry of a package, as it expands (counted while reading, not taken from the header).</summary>
    public long MaxEntryBytes { get; init; } = 256L << 20;

    /// <summary>Everything read from one package, expanded.</summary>
    public long MaxPackageBytes { get; init; } = 1L << 30;

    public int MaxEntries { get; init; } = 20_000;

    /// <summary>One managed resource (an embedded file or a .resources blob).</summary>
    public long MaxResourceBytes { get; init; } = 64L << 20;

    /// <summary>Text (a shipped .json, a resource read as text) scanned for secrets.</summary>
    public long MaxTextBytes { get; init; } = 16L << 20;
}
