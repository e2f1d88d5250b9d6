// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.DataResidency.Detection;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Inspection;

/// <summary>
/// The settings <c>inspect</c> applies to every artifact, from the file given with <c>--config</c>: a .globalconfig or
/// .editorconfig whose <c>source_exposure.*</c> keys (the same keys, precedence and validation as for the analyzers)
/// and <c>dotnet_diagnostic.&lt;id&gt;.severity</c> keys are read whatever section they are in. There is no source
/// file for a section to match, so sections do not narrow anything. A value the analyzers would reject is an input
/// error here (exit 2), since no SE0001 diagnostic can be attached to a binary.
/// </summary>
internal sealed class InspectConfig
{
    public static readonly InspectConfig Default = new(ImmutableDictionary<string, string>.Empty, "(defaults)");

    private readonly DictionaryConfigOptions options;
    private readonly string source;

    private InspectConfig(ImmutableDictionary<string, string> values, string source)
    {
        options = new DictionaryConfigOptions(values);
        this.source = source;
        Policy = ResidencyPolicy.Create(Get(RuleOptions.ResidencyHome), Get(RuleOptions.ResidencyAllowed));
        TradeSecretNamespaces = Get(RuleOptions.TradeSecretNamespaces);
        MinMethodBytes = Get(RuleOptions.SE2006MinMethodBytes);
    }

    public ResidencyPolicy Policy { get; }

    public ImmutableArray<string> TradeSecretNamespaces { get; }

    public int MinMethodBytes { get; }

    public static InspectConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read --config '{path}': {e.Message}");
        }

        return Parse(text, path);
    }

    public static InspectConfig Parse(string text, string source = "--config")
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions.KeyComparer);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';' or '[')
            {
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var value = line[(equals + 1)..];
            var comment = value.IndexOfAny(['#', ';']);
            values[line[..equals].Trim()] = (comment >= 0 ? value[..comment] : value).Trim();
        }

        return new InspectConfig(values.ToImmutable(), source);
    }

    /// <summary>The severity <c>dotnet_diagnostic.&lt;id&gt;.severity</c> gives the rule, or its default; null when it is switched off.</summary>
    public DiagnosticSeverity? Severity(DiagnosticDescriptor descriptor)
    {
        if (!options.TryGetValue("dotnet_diagnostic." + descriptor.Id + ".severity", out var text))
        {
            return descriptor.DefaultSeverity;
        }

        return text.Trim().ToLowerInvariant() switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "suggestion" or "info" => DiagnosticSeverity.Info,
            "silent" or "hidden" or "none" => null,
            "default" => descriptor.DefaultSeverity,
            _ => throw new InputException($"{source}: 'dotnet_diagnostic.{descriptor.Id}.severity' has the value '{text}', expected error, warning, suggestion, silent, none or default"),
        };
    }

    private T Get<T>(RuleOption<T> option)
    {
        if (!option.TryGetRaw(options, out var key, out var text))
        {
            return option.DefaultValue;
        }

        return option.TryParse(text, out var value)
            ? value
            : throw new InputException($"{source}: '{key}' has the value '{text}', expected {option.Accepted}");
    }
}
