// SPDX-License-Identifier: MIT
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Cli.Scanning;

/// <summary>Key/value options with the compiler's case-insensitive key comparison.</summary>
internal sealed class DictionaryConfigOptions : AnalyzerConfigOptions
{
    public static readonly DictionaryConfigOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    private readonly ImmutableDictionary<string, string> values;

    public DictionaryConfigOptions(ImmutableDictionary<string, string> values)
        => this.values = values.WithComparers(KeyComparer);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

    public override IEnumerable<string> Keys => values.Keys;
}

/// <summary>
/// Options for an ad-hoc compilation, exactly as the compiler derives them from the tree's .editorconfig and
/// .globalconfig files: per-tree key/values for analyzers, plus build properties in the global options.
/// </summary>
internal sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet set;
    private readonly Dictionary<SyntaxTree, AnalyzerConfigOptions> treeOptions = new();
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> fileOptions = new(StringComparer.Ordinal);

    public ConfigOptionsProvider(AnalyzerConfigSet set, IReadOnlyDictionary<string, string> buildProperties)
    {
        this.set = set;
        var global = set.GlobalConfigOptions.AnalyzerOptions.ToBuilder();
        foreach (var (name, value) in buildProperties)
        {
            global["build_property." + name] = value;
        }

        GlobalOptions = new DictionaryConfigOptions(global.ToImmutable());
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public void Add(SyntaxTree tree, AnalyzerConfigOptionsResult result)
        => treeOptions[tree] = new DictionaryConfigOptions(result.AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
        => treeOptions.TryGetValue(tree, out var options) ? options : DictionaryConfigOptions.Empty;

    /// <summary>
    /// Config options of the file plus the item-type metadata the package's targets attach; worked out once per file,
    /// as the compiler does, since matching a path against every .editorconfig section costs more than any rule's work.
    /// </summary>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => fileOptions.GetOrAdd(textFile.Path, path => new DictionaryConfigOptions(set.GetOptionsForSourcePath(path).AnalyzerOptions
            .SetItem("build_metadata.AdditionalFiles.SourceExposureItemType", PackageProps.DefaultItemType(path))));
}

/// <summary>Severity settings (<c>dotnet_diagnostic.&lt;id&gt;.severity</c>) and <c>generated_code</c> from the config files.</summary>
internal sealed class ConfigTreeOptionsProvider : SyntaxTreeOptionsProvider
{
    private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> results = new();
    private readonly AnalyzerConfigOptionsResult global;

    public ConfigTreeOptionsProvider(AnalyzerConfigOptionsResult global) => this.global = global;

    public void Add(SyntaxTree tree, AnalyzerConfigOptionsResult result) => results[tree] = result;

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
        => results.TryGetValue(tree, out var result) && result.AnalyzerOptions.TryGetValue("generated_code", out var value) && bool.TryParse(value, out var generated)
            ? generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated
            : GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        if (results.TryGetValue(tree, out var result) && result.TreeOptions.TryGetValue(diagnosticId, out severity))
        {
            return true;
        }

        severity = ReportDiagnostic.Default;
        return false;
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        => global.TreeOptions.TryGetValue(diagnosticId, out severity);
}

/// <summary>An additional file (appsettings.json, a .pem) read lazily; binary or unreadable files give no text.</summary>
internal sealed class FileAdditionalText : AdditionalText
{
    private readonly Lazy<Microsoft.CodeAnalysis.Text.SourceText?> text;

    public FileAdditionalText(string path)
    {
        Path = path;
        text = new Lazy<Microsoft.CodeAnalysis.Text.SourceText?>(() => SourceFiles.TryRead(path, out var source, out _) ? source : null);
    }

    public override string Path { get; }

    public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => text.Value;
}

/// <summary>Wraps a project's own options (from MSBuild) and adds build properties the project did not make visible.</summary>
internal sealed class AugmentedOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptionsProvider inner;

    public AugmentedOptionsProvider(AnalyzerConfigOptionsProvider inner, IReadOnlyDictionary<string, string> extraGlobal)
    {
        this.inner = inner;
        var builder = ImmutableDictionary.CreateBuilder<string, string>(AnalyzerConfigOptions.KeyComparer);
        foreach (var key in inner.GlobalOptions.Keys)
        {
            if (inner.GlobalOptions.TryGetValue(key, out var value))
            {
                builder[key] = value;
            }
        }

        foreach (var (key, value) in extraGlobal)
        {
            if (!builder.TryGetValue(key, out var existing) || string.IsNullOrEmpty(existing))
            {
                builder[key] = value;
            }
        }

        GlobalOptions = new DictionaryConfigOptions(builder.ToImmutable());
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => inner.GetOptions(tree);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => inner.GetOptions(textFile);
}
