// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.ProprietaryCode.Detection;

namespace SourceExposure.Analyzers.ProprietaryCode;

/// <summary>SE2001: Trade-secret code compiled into a shipped assembly.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Where a trade secret should run (a hosted service, a separate assembly kept in-house) is a design decision, not an edit.")]
public sealed class SE2001TradeSecretInShippedAssemblyAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE2001);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var options = new OptionReader(start.Options);
            if (string.Equals(options.GetGlobal(RuleOptions.Delivery), "hosted", StringComparison.Ordinal))
            {
                return;
            }

            var regime = DisclosureRegimes.Describe(options.GetGlobal(RuleOptions.Markets));
            if (regime is null || !CodeScope.For(start.Compilation, options).ReportsProject(RuleOptions.SE2001CodeKinds) || !TradeSecrets.MayExist(start.Compilation, options))
            {
                return;
            }

            var secrets = TradeSecrets.For(start.Compilation, options);
            if (secrets.AssemblyMarker is not null)
            {
                // The whole assembly is the declaration: one finding on the attribute, none per type.
                start.RegisterSyntaxNodeAction(c => AnalyzeAssemblyAttribute(c, regime), SyntaxKind.Attribute);
                return;
            }

            start.RegisterSymbolAction(
                c => AnalyzeSymbol(c, secrets, regime),
                SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
        });

    private static void AnalyzeAssemblyAttribute(SyntaxNodeAnalysisContext context, string regime)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.Parent is not AttributeListSyntax { Target.Identifier.RawKind: (int)SyntaxKind.AssemblyKeyword }
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type }
            || !TradeSecrets.IsMarkerName(type.Name))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rules.SE2001, attribute.GetLocation(), context.Compilation.AssemblyName ?? "this assembly", regime));
    }

    private static void AnalyzeSymbol(SymbolAnalysisContext context, TradeSecrets secrets, string regime)
    {
        var symbol = context.Symbol;
        if (!secrets.IsReportedHere(symbol))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rules.SE2001, symbol.Locations[0], symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), regime));
    }
}
