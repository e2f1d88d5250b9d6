// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Analyzers.Configuration;

/// <summary>SE0001: Invalid SourceExposure configuration.</summary>
/// <remarks>
/// The one place that validates option values, so each bad key is reported once per compilation however many
/// rules read it; the rules themselves silently fall back to the default.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("A configuration value can only be corrected by the person who knows what they meant.")]
public sealed class SE0001InvalidConfigurationAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE0001);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var reported = new ConcurrentDictionary<string, byte>();
            var provider = start.Options.AnalyzerConfigOptionsProvider;
            start.RegisterSyntaxTreeAction(tree => Validate(provider.GetOptions(tree.Tree), provider.GlobalOptions, reported, tree.ReportDiagnostic));
            start.RegisterAdditionalFileAction(file => Validate(provider.GetOptions(file.AdditionalFile), provider.GlobalOptions, reported, file.ReportDiagnostic));
        });

    private static void Validate(AnalyzerConfigOptions options, AnalyzerConfigOptions global, ConcurrentDictionary<string, byte> reported, System.Action<Diagnostic> report)
    {
        foreach (var option in RuleOptions.All)
        {
            var source = option.Scope == OptionScope.BuildProperty ? global : options;
            if (!option.TryGetRaw(source, out var key, out var text) || option.TryParseBoxed(text, out _))
            {
                continue;
            }

            // Once per key and value: the same mistake in many sections is one finding.
            if (reported.TryAdd(key + "=" + text, 0))
            {
                report(Diagnostic.Create(Rules.SE0001, Location.None, key, text, option.Accepted));
            }
        }
    }
}
