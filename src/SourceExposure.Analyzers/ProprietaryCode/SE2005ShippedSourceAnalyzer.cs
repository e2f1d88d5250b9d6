// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers.ProprietaryCode;

/// <summary>SE2005: Shipped assembly carries its own source.</summary>
/// <remarks>
/// Reads only MSBuild properties the package makes visible to the compiler: EmbedAllSources and DebugType (sources in
/// the PDB, and the PDB in the DLL), IncludeSource (sources in the symbols package) and SourceExposurePackedSources
/// (C# files packed as content, computed by the package targets). One finding per compilation, without a location.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("The settings live in the project file or Directory.Build.props, which code fixes cannot edit.")]
public sealed class SE2005ShippedSourceAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE2005);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationAction(static compilation =>
        {
            var options = new OptionReader(compilation.Options);
            var settings = Describe(options);
            if (settings is null
                || string.Equals(options.GetGlobal(RuleOptions.Delivery), "hosted", StringComparison.Ordinal)
                || !CodeScope.For(compilation.Compilation, options).ReportsProject(RuleOptions.SE2005CodeKinds))
            {
                return;
            }

            compilation.ReportDiagnostic(Diagnostic.Create(Rules.SE2005, Location.None, settings));
        });

    /// <summary>The settings that put source into the deliverable, in words, or null when there are none.</summary>
    internal static string? Describe(OptionReader options)
    {
        var found = new List<string>(3);
        if (options.GetGlobal(RuleOptions.EmbedAllSources))
        {
            found.Add(string.Equals(options.GetGlobal(RuleOptions.DebugType), "embedded", StringComparison.OrdinalIgnoreCase)
                ? "EmbedAllSources=true with DebugType=embedded puts every source file inside the DLL"
                : "EmbedAllSources=true puts every source file into the PDB");
        }

        if (options.GetGlobal(RuleOptions.IncludeSource))
        {
            found.Add("IncludeSource=true packs the source files into the symbols package");
        }

        var packed = options.GetGlobal(RuleOptions.PackedSources).Trim();
        if (packed.Length > 0)
        {
            var files = packed.Split([';', ','], StringSplitOptions.RemoveEmptyEntries);
            var first = files.Length > 0 ? files[0].Trim() : packed;
            found.Add(files.Length > 1
                ? $"Pack=true on {files.Length} C# files such as '{first}' packs them into the package"
                : $"Pack=true on '{first}' packs it into the package");
        }

        return found.Count == 0 ? null : string.Join("; ", found);
    }
}
