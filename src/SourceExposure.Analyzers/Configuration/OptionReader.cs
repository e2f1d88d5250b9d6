// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Analyzers.Configuration;

/// <summary>
/// Reads typed options for one compilation. Create it in a compilation-start action and capture it in the
/// callbacks you register; each distinct set of options (Roslyn shares one instance between files with the same
/// .editorconfig sections) is parsed once per option. Invalid values yield the default; SE0001 reports them.
/// </summary>
internal sealed class OptionReader
{
    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly ConcurrentDictionary<AnalyzerConfigOptions, ConcurrentDictionary<RuleOption, object?>> parsed =
        new(ReferenceComparer.Instance);

    public OptionReader(AnalyzerOptions options) => provider = options.AnalyzerConfigOptionsProvider;

    public T Get<T>(RuleOption<T> option, SyntaxTree tree)
        => Get(option, option.Scope == OptionScope.BuildProperty ? provider.GlobalOptions : provider.GetOptions(tree));

    public T Get<T>(RuleOption<T> option, AdditionalText file)
        => Get(option, option.Scope == OptionScope.BuildProperty ? provider.GlobalOptions : provider.GetOptions(file));

    public T GetGlobal<T>(RuleOption<T> option) => Get(option, provider.GlobalOptions);

    /// <summary>The raw options of a file, for keys outside the typed catalog (for example <c>build_metadata.*</c>).</summary>
    public AnalyzerConfigOptions Raw(SyntaxTree tree) => provider.GetOptions(tree);

    public AnalyzerConfigOptions Raw(AdditionalText file) => provider.GetOptions(file);

    public AnalyzerConfigOptions RawGlobal => provider.GlobalOptions;

    private T Get<T>(RuleOption<T> option, AnalyzerConfigOptions options)
    {
        var values = parsed.GetOrAdd(options, static _ => new ConcurrentDictionary<RuleOption, object?>(ReferenceComparer.Instance));
        if (values.TryGetValue(option, out var cached))
        {
            return (T)cached!;
        }

        var value = option.TryGetRaw(options, out _, out var text) && option.TryParse(text, out var typed)
            ? typed
            : option.DefaultValue;
        values.TryAdd(option, value);
        return value;
    }

    private sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        bool IEqualityComparer<object>.Equals(object? x, object? y) => ReferenceEquals(x, y);

        int IEqualityComparer<object>.GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
