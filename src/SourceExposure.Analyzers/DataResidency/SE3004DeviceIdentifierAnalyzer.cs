// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.DataResidency.Flow;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.DataResidency;

/// <summary>SE3004: Device or user identifier sent over the network.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Removing an identifier from a payload changes what the receiver gets; only the developer can decide what replaces it.")]
public sealed class SE3004DeviceIdentifierAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE3004);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            if (NetworkSinks.Resolve(start.Compilation) is not { } sinks)
            {
                return;
            }

            var scope = CodeScope.For(start.Compilation, new Configuration.OptionReader(start.Options));
            start.RegisterOperationAction(c => Analyze(c, sinks, scope), OperationKind.Invocation);
        });

    private static void Analyze(OperationAnalysisContext context, NetworkSinks sinks, CodeScope scope)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!sinks.TryGetSink(invocation, out var sink) || !scope.Reports(RuleOptions.SE3004CodeKinds, invocation.Syntax.SyntaxTree))
        {
            return;
        }

        var walker = new TaintWalker(WriteIndex.For(invocation), DeviceIdentifierSources.Instance);
        foreach (var argument in NetworkSinks.DataArguments(invocation))
        {
            if (walker.Find(argument.Value) is { } taint)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.SE3004, invocation.Syntax.GetLocation(), taint.Description, sink.Name));
                return;
            }
        }
    }
}
