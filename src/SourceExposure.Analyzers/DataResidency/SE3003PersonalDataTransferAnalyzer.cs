// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.DataResidency.Catalog;
using SourceExposure.Analyzers.DataResidency.Flow;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.DataResidency;

/// <summary>SE3003: Personal data sent to a disallowed jurisdiction.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Whether personal data may cross a border depends on consent, contracts and assessments that code cannot decide.")]
public sealed class SE3003PersonalDataTransferAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE3003);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            if (NetworkSinks.Resolve(start.Compilation) is not { } sinks)
            {
                return;
            }

            var policies = new ResidencyPolicies(start.Options);
            var sources = new PersonalDataSources();
            var scope = CodeScope.For(start.Compilation, new Configuration.OptionReader(start.Options));
            start.RegisterOperationAction(c => Analyze(c, sinks, sources, policies, scope), OperationKind.Invocation);
        });

    private static void Analyze(OperationAnalysisContext context, NetworkSinks sinks, PersonalDataSources sources, ResidencyPolicies policies, CodeScope scope)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!sinks.TryGetSink(invocation, out var sink) || sink.Channel == SendChannel.Raw
            || !scope.Reports(RuleOptions.SE3003CodeKinds, invocation.Syntax.SyntaxTree))
        {
            return;
        }

        // Where first: most sends go where the policy allows, and then the data need not be traced.
        var writes = WriteIndex.For(invocation);
        var destinations = new DestinationFinder(writes);
        Destination destination = default;
        var found = false;
        if (sink.Channel == SendChannel.Http)
        {
            foreach (var argument in NetworkSinks.DataArguments(invocation))
            {
                if (IsRequestTarget(argument) && destinations.TryFind(argument.Value, out destination))
                {
                    found = true;
                    break;
                }
            }
        }

        // A relative URL goes to the client's BaseAddress; an SDK client goes where it was created for.
        found = found || destinations.TryFind(sink.Receiver, out destination);
        if (!found || !policies.For(invocation.Syntax.SyntaxTree).Disallows(destination.Jurisdiction))
        {
            return;
        }

        var walker = new TaintWalker(writes, sources);
        foreach (var argument in NetworkSinks.DataArguments(invocation))
        {
            if (walker.Find(argument.Value) is { } taint)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.SE3003,
                    invocation.Syntax.GetLocation(),
                    taint.Description,
                    destination.Where,
                    Jurisdictions.Name(destination.Jurisdiction)));
                return;
            }
        }
    }

    private static bool IsRequestTarget(IArgumentOperation argument)
        => argument.Parameter is { } parameter
            && (EndpointSlots.IsEndpointName(parameter.Name) || parameter.Type.Name == "HttpRequestMessage");
}
