// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Analyzers.Configuration;

/// <summary>Where an option may be set, which decides the keys looked up and their precedence.</summary>
internal enum OptionScope
{
    /// <summary><c>source_exposure.&lt;RuleId&gt;.&lt;name&gt;</c>, then the family key, then the global key.</summary>
    Rule,

    /// <summary><c>source_exposure.&lt;family&gt;.&lt;name&gt;</c>, then the global key.</summary>
    Family,

    /// <summary><c>source_exposure.&lt;name&gt;</c> only.</summary>
    Global,

    /// <summary>An MSBuild property made visible to the compiler: <c>build_property.&lt;name&gt;</c>.</summary>
    BuildProperty,
}

/// <summary>
/// An option SourceExposure reads from .editorconfig/.globalconfig or from an MSBuild property. The typed subclass
/// <see cref="RuleOption{T}"/> parses the raw text; every option is a field of <see cref="RuleOptions"/> so tools and
/// tests can enumerate them.
/// </summary>
internal abstract partial class RuleOption
{
    private protected RuleOption(OptionScope scope, string owner, string name, string description, string accepted, string defaultText)
    {
        Scope = scope;
        Owner = owner;
        Name = name;
        Description = description;
        Accepted = accepted;
        DefaultText = defaultText;
        Keys = BuildKeys(scope, owner, name);
    }

    public OptionScope Scope { get; }

    /// <summary>The rule id (for <see cref="OptionScope.Rule"/>) or the family key (for <see cref="OptionScope.Family"/>).</summary>
    public string Owner { get; }

    public string Name { get; }

    /// <summary>What the option means, in Markdown: the Meaning column of the generated docs/configuration.md.</summary>
    public string Description { get; }

    /// <summary>What the option accepts, in words, for SE0001 messages and the docs.</summary>
    public string Accepted { get; }

    public string DefaultText { get; }

    /// <summary>The default as docs/configuration.md shows it: <see cref="DefaultText"/> unless <c>Documented</c> says more.</summary>
    public string DocDefault => DocDefaultOverride ?? (DefaultText.Length == 0 ? "(empty)" : DefaultText);

    /// <summary>What the option accepts as docs/configuration.md shows it: <see cref="Accepted"/> unless <c>Documented</c> says more.</summary>
    public string DocAccepts => DocAcceptsOverride ?? Accepted;

    // Docs-only wording (examples, links) that SE0001 messages need not carry; set once, while the catalog is built.
    private protected string? DocDefaultOverride { get; set; }

    private protected string? DocAcceptsOverride { get; set; }

    /// <summary>The most specific key: the one documented on the rule page.</summary>
    public string Key => Keys[0];

    /// <summary>Every key consulted, most specific first; the first one set wins.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Parses <paramref name="text"/>; false when the text is not an accepted value.</summary>
    public abstract bool TryParseBoxed(string text, out object? value);

    public abstract object? DefaultBoxed { get; }

    /// <summary>Finds the raw text of the first key set in <paramref name="options"/>, skipping <c>unset</c>.</summary>
    public bool TryGetRaw(AnalyzerConfigOptions options, out string key, out string text)
    {
        foreach (var candidate in Keys)
        {
            if (options.TryGetValue(candidate, out var raw) && raw is not null)
            {
                var trimmed = raw.Trim();
                if (trimmed.Length == 0 || string.Equals(trimmed, "unset", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                key = candidate;
                text = trimmed;
                return true;
            }
        }

        key = Key;
        text = string.Empty;
        return false;
    }

    private static ImmutableArray<string> BuildKeys(OptionScope scope, string owner, string name)
    {
        const string Prefix = "source_exposure.";
        switch (scope)
        {
            case OptionScope.Rule:
                var family = RuleCategories.FamilyKey(owner);
                return family is null
                    ? ImmutableArray.Create(Prefix + owner + "." + name, Prefix + name)
                    : ImmutableArray.Create(Prefix + owner + "." + name, Prefix + family + "." + name, Prefix + name);
            case OptionScope.Family:
                return ImmutableArray.Create(Prefix + owner + "." + name, Prefix + name);
            case OptionScope.BuildProperty:
                return ImmutableArray.Create("build_property." + name);
            default:
                return ImmutableArray.Create(Prefix + name);
        }
    }
}

/// <summary>A typed option: its parser and default.</summary>
internal sealed class RuleOption<T> : RuleOption
{
    private readonly TryParse<T> parse;

    public RuleOption(OptionScope scope, string owner, string name, T defaultValue, string description, string accepted, string defaultText, TryParse<T> parse)
        : base(scope, owner, name, description, accepted, defaultText)
    {
        DefaultValue = defaultValue;
        this.parse = parse;
    }

    public T DefaultValue { get; }

    /// <summary>Docs-only wording of the default and of what the option accepts, for the generated option tables.</summary>
    public RuleOption<T> Documented(string? defaultText = null, string? accepts = null)
    {
        DocDefaultOverride = defaultText;
        DocAcceptsOverride = accepts;
        return this;
    }

    public override object? DefaultBoxed => DefaultValue;

    public bool TryParse(string text, out T value) => parse(text, out value);

    public override bool TryParseBoxed(string text, out object? value)
    {
        var ok = parse(text, out var typed);
        value = ok ? typed : DefaultValue;
        return ok;
    }
}

internal delegate bool TryParse<T>(string text, out T value);
