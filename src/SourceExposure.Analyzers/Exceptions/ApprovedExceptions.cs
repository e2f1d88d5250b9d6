// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Analyzers.Exceptions;

/// <summary>
/// The exceptions file of one compilation, as the package passes it: an AdditionalFile with
/// <c>SourceExposureItemType = Exceptions</c> (or named SourceExposure.exceptions.json), and the root that fingerprint
/// paths are relative to (<c>build_property.SourceExposureExceptionsRoot</c>, else the file's folder).
/// </summary>
internal sealed class ApprovedExceptions
{
    private const string ItemTypeKey = "build_metadata.AdditionalFiles.SourceExposureItemType";

    private static readonly Lazy<ImmutableHashSet<string>> SuppressibleIdSet = new(() => typeof(Rules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
        .Where(id => id.Length == 6 && id[2] >= '1' && id[2] <= '5')
        .ToImmutableHashSet(StringComparer.Ordinal));

    private ApprovedExceptions(AdditionalText? file, string displayPath, string root, ExceptionsFile content)
    {
        File = file;
        DisplayPath = displayPath;
        Root = root;
        Content = content;
    }

    /// <summary>The ids an exception may accept: every SE1xxx–SE5xxx rule (SE0xxx configuration rules cannot be excepted).</summary>
    public static ImmutableHashSet<string> SuppressibleIds => SuppressibleIdSet.Value;

    /// <summary>The additional file, or null when none was passed (then <see cref="Content"/> may hold "file not found").</summary>
    public AdditionalText? File { get; }

    public string DisplayPath { get; }

    public string Root { get; }

    public ExceptionsFile Content { get; }

    /// <summary>Null when the compilation has no exceptions file and none is named.</summary>
    public static ApprovedExceptions? Load(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var named = Property(global, RuleOptions.ExceptionsFile.Name);
        var root = Property(global, RuleOptions.ExceptionsRoot.Name);
        AdditionalText? file = null;
        foreach (var candidate in options.AdditionalFiles)
        {
            var itemType = options.AnalyzerConfigOptionsProvider.GetOptions(candidate).TryGetValue(ItemTypeKey, out var type) ? type : null;
            if (string.Equals(itemType, "Exceptions", StringComparison.OrdinalIgnoreCase)
                || (named.Length > 0 && SamePath(candidate.Path, named))
                || (named.Length == 0 && string.Equals(Path.GetFileName(candidate.Path), ExceptionsFile.FileName, StringComparison.OrdinalIgnoreCase)))
            {
                file = candidate;
                break;
            }
        }

        if (file is null)
        {
            return named.Length == 0
                ? null
                : new ApprovedExceptions(null, named, root, ExceptionsFile.Problem($"not found (SourceExposureExceptionsFile = {named}); no exception applies"));
        }

        var directory = Path.GetDirectoryName(file.Path) ?? string.Empty;
        var effectiveRoot = root.Length > 0 ? root : directory;
        SourceText? text;
        try
        {
            text = file.GetText(cancellationToken);
        }
        catch (IOException)
        {
            text = null;
        }

        var content = text is null
            ? ExceptionsFile.Problem("cannot be read")
            : ExceptionsFile.Parse(text.FullText(), SuppressibleIds.Contains);
        return new ApprovedExceptions(file, file.Path, effectiveRoot, content);
    }

    /// <summary>The path the fingerprint uses: relative to the root, or the full path for a file outside it (as the CLI does).</summary>
    public string FingerprintPath(string fullPath) => FindingFingerprint.Relative(Root, fullPath) ?? fullPath;

    /// <summary>The whitespace-collapsed first line of a diagnostic's location, from its tree or additional file.</summary>
    public static string NormalizedLine(Location location, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var span = location.GetLineSpan();
        var line = span.StartLinePosition.Line;
        SourceText? text = null;
        if (location.SourceTree is { } tree)
        {
            text = tree.GetText(cancellationToken);
        }
        else if (location.Kind == LocationKind.ExternalFile)
        {
            foreach (var file in additionalFiles)
            {
                if (SamePath(file.Path, span.Path))
                {
                    text = file.GetText(cancellationToken);
                    break;
                }
            }
        }

        return text is not null && line >= 0 && line < text.Lines.Count
            ? FindingFingerprint.CollapseWhitespace(text.Lines[line].ToString())
            : string.Empty;
    }

    /// <summary>
    /// The fingerprint of each diagnostic, as the CLI computes it: identical keys in one file are numbered in order of
    /// position. Diagnostics without a file location get none.
    /// </summary>
    public Dictionary<Diagnostic, string> Fingerprints(IEnumerable<Diagnostic> diagnostics, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var keyed = new List<(Diagnostic Diagnostic, string Key, int Line, int Column)>();
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            var span = location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile ? location.GetLineSpan() : default;
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

            // A diagnostic without a file (project-wide, such as SE2005) has an empty path and line, as in the CLI.
            var key = string.IsNullOrEmpty(span.Path)
                ? FindingFingerprint.Key(diagnostic.Id, string.Empty, string.Empty, message)
                : FindingFingerprint.Key(diagnostic.Id, FingerprintPath(span.Path), NormalizedLine(location, additionalFiles, cancellationToken), message);
            keyed.Add((diagnostic, key, span.StartLinePosition.Line, span.StartLinePosition.Character));
        }

        keyed.Sort(static (a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
        });

        var result = new Dictionary<Diagnostic, string>();
        string? previous = null;
        var ordinal = 0;
        foreach (var item in keyed)
        {
            ordinal = item.Key == previous ? ordinal + 1 : 0;
            previous = item.Key;
            result[item.Diagnostic] = FindingFingerprint.Complete(item.Key, ordinal);
        }

        return result;
    }

    /// <summary>A location on <paramref name="line"/> (1-based) of the exceptions file, or none when it cannot be read.</summary>
    public Location LocationOf(int line, CancellationToken cancellationToken)
    {
        var text = File?.GetText(cancellationToken);
        if (File is null || text is null || line < 1 || line > text.Lines.Count)
        {
            return Location.None;
        }

        var span = text.Lines[line - 1].Span;
        return Location.Create(File.Path, span, text.Lines.GetLinePositionSpan(span));
    }

    private static string Property(AnalyzerConfigOptions global, string name)
        => global.TryGetValue("build_property." + name, out var value) ? value.Trim() : string.Empty;

    private static bool SamePath(string a, string b)
    {
        try
        {
            return string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return string.Equals(a, b, StringComparison.Ordinal);
        }
    }
}
