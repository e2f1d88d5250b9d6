// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SourceExposure.Cli.Scanning;

/// <summary>
/// What the SourceExposure package's build props give a project, read from the props file embedded at build time so
/// the scanner cannot drift from the package: the compiler-visible MSBuild properties and the file extensions passed
/// to the analyzers as AdditionalFiles.
/// </summary>
internal static class PackageProps
{
    private static readonly Lazy<(ImmutableArray<string> Properties, ImmutableArray<string> Extensions)> Parsed = new(Parse);

    public static ImmutableArray<string> CompilerVisibleProperties => Parsed.Value.Properties;

    /// <summary>Lower-case extensions with the dot, e.g. <c>.json</c>.</summary>
    public static ImmutableArray<string> ScanExtensions => Parsed.Value.Extensions;

    private static (ImmutableArray<string>, ImmutableArray<string>) Parse()
    {
        using var stream = typeof(PackageProps).Assembly.GetManifestResourceStream("build/SourceExposure.Analyzers.props");
        if (stream is null)
        {
            return (ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);
        }

        var document = XDocument.Load(stream);
        var properties = document.Descendants()
            .Where(e => e.Name.LocalName == "CompilerVisibleProperty")
            .Select(e => (string?)e.Attribute("Include"))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!.Trim())
            .ToImmutableArray();
        var extensions = document.Descendants()
            .Where(e => e.Name.LocalName == "SourceExposureScanExtensions")
            .Select(e => e.Value)
            .FirstOrDefault() ?? string.Empty;
        return (properties, extensions.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => x.ToLowerInvariant()).ToImmutableArray());
    }

    /// <summary>The item type the SDK gives a file by default: .resx files are EmbeddedResource, the rest None.</summary>
    public static string DefaultItemType(string path)
        => Path.GetExtension(path).Equals(".resx", StringComparison.OrdinalIgnoreCase) ? "EmbeddedResource" : "None";
}
