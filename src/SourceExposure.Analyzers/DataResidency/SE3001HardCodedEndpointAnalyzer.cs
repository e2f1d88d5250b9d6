// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.DataResidency.Catalog;
using SourceExposure.Analyzers.DataResidency.Detection;

namespace SourceExposure.Analyzers.DataResidency;

/// <summary>SE3001: Hard-coded endpoint in a disallowed jurisdiction.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE3001HardCodedEndpointAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE3001);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var policies = new ResidencyPolicies(start.Options);
            var scope = CodeScope.For(start.Compilation, new Configuration.OptionReader(start.Options));
            start.RegisterOperationAction(c => AnalyzeLiteral(c, policies, scope), OperationKind.Literal);
        });

    private static void AnalyzeLiteral(OperationAnalysisContext context, ResidencyPolicies policies, CodeScope scope)
    {
        if (context.Operation.ConstantValue is not { HasValue: true, Value: string text } || !EndpointText.IsCandidate(text)
            || !scope.Reports(RuleOptions.SE3001CodeKinds, context.Operation.Syntax.SyntaxTree))
        {
            return;
        }

        if (!EndpointText.TryFind(text, out var match, out var form)
            || !policies.For(context.Operation.Syntax.SyntaxTree).Disallows(match.Jurisdiction))
        {
            return;
        }

        // A country-code TLD only says where a name is registered: it counts where the value is used as an endpoint.
        if (match.Evidence == Evidence.CountryCode && form != EndpointForm.ConnectionString && !EndpointSlots.IsEndpointSlot(context.Operation))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rules.SE3001,
            context.Operation.Syntax.GetLocation(),
            match.Host,
            match.Description,
            Jurisdictions.Name(match.Jurisdiction)));
    }
}
