// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.DataResidency.Catalog;

namespace SourceExposure.Analyzers.DataResidency;

/// <summary>SE3002: Cloud region in a disallowed jurisdiction.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Which region data should live in is a deployment decision; the rule page shows how to read it from configuration.")]
public sealed class SE3002CloudRegionAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE3002);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var policies = new ResidencyPolicies(start.Options);
            var scope = CodeScope.For(start.Compilation, new Configuration.OptionReader(start.Options));
            start.RegisterOperationAction(c => Analyze(c, policies, scope), OperationKind.Literal, OperationKind.FieldReference, OperationKind.PropertyReference);
        });

    private static void Analyze(OperationAnalysisContext context, ResidencyPolicies policies, CodeScope scope)
    {
        if (RegionReferences.TryGetRegion(context.Operation, out var region)
            && policies.For(context.Operation.Syntax.SyntaxTree).Disallows(region.Jurisdiction)
            && scope.Reports(RuleOptions.SE3002CodeKinds, context.Operation.Syntax.SyntaxTree))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.SE3002,
                context.Operation.Syntax.GetLocation(),
                region.Id,
                region.Provider.Name + " " + region.Name,
                Jurisdictions.Name(region.Jurisdiction)));
        }
    }
}
