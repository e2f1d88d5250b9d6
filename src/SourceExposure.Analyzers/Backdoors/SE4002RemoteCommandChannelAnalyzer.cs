// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Backdoors.Flow;
using SourceExposure.Analyzers.Shared;
using SourceExposure.Analyzers.Shared.Api;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Backdoors;

/// <summary>SE4002: Network input reaches process start or code loading.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Which remote requests are legitimate, and what fixed operation each should map to, only the program's owner can say.")]
public sealed class SE4002RemoteCommandChannelAnalyzer : SourceExposureAnalyzer
{
    /// <summary>Process start and code loading: what each runs or loads is named by the operand its role says.</summary>
    private static readonly ApiTable<CommandOperand> Sinks = new(
    [
        new("System.Diagnostics.Process", ["Start"], CommandOperand.StringArguments),
        new("System.Diagnostics.ProcessStartInfo", [".ctor"], CommandOperand.AnyArgument),
        new("System.Diagnostics.ProcessStartInfo", ["FileName", "Arguments"], CommandOperand.AssignedValue),
        new("System.Reflection.Assembly", ["Load", "LoadFrom", "LoadFile", "UnsafeLoadFrom"], CommandOperand.FirstArguments),
        new("System.Activator", ["CreateInstance", "CreateInstanceFrom"], CommandOperand.FirstArguments),
        new("System.AppDomain", ["ExecuteAssembly", "ExecuteAssemblyByName", "Load", "CreateInstance", "CreateInstanceAndUnwrap"], CommandOperand.FirstArguments),
        new("System.Runtime.Loader.AssemblyLoadContext", ["LoadFromStream", "LoadFromAssemblyPath"], CommandOperand.FirstArguments),
        new("System.Management.Automation.PowerShell", ["AddScript", "AddCommand"], CommandOperand.FirstArguments),
        new("Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript", ["EvaluateAsync", "RunAsync", "Create"], CommandOperand.FirstArguments),
        new("System.Reflection.MethodBase", ["Invoke"], CommandOperand.Receiver, ApiScope.DerivedTypes),
        new("System.Type", ["InvokeMember"], CommandOperand.ReceiverOrName, ApiScope.DerivedTypes),
    ]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE4002);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var sinks = Sinks.For(start.Compilation);
            var sources = new NetworkTaintSources(NetworkSources.Resolve(start.Compilation));
            var scope = CodeScope.For(start.Compilation, new Configuration.OptionReader(start.Options));
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    if (scope.Reports(RuleOptions.SE4002CodeKinds, c.Node.SyntaxTree))
                    {
                        AnalyzeInvocation(c, sinks, sources);
                    }
                },
                SyntaxKind.InvocationExpression);
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    if (scope.Reports(RuleOptions.SE4002CodeKinds, c.Node.SyntaxTree))
                    {
                        AnalyzeStartInfo(c, sinks, sources);
                    }
                },
                SyntaxKind.ObjectCreationExpression,
                SyntaxKind.SimpleAssignmentExpression);
        });

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, ApiLookup<CommandOperand> sinks, NetworkTaintSources sources)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var name = SyntaxNames.Rightmost(invocation.Expression);
        if (name is null || !sinks.MayMatch(name) || invocation.ArgumentList.Arguments.Count == 0 || !ReceiverMayMatch(name, invocation.Expression)
            || context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation
            || sinks.Match(operation.TargetMethod) is not { } sink
            || (sink.Role == CommandOperand.Receiver && operation.TargetMethod.IsStatic))
        {
            return;
        }

        var taint = new DerivationWalker(operation, sources, context.CancellationToken);
        string? source = null;
        switch (sink.Role)
        {
            case CommandOperand.Receiver:
                source = taint.SourceOf(operation.Instance!);
                break;
            case CommandOperand.FirstArguments:
                for (var i = 0; i < operation.Arguments.Length && i < 2 && source is null; i++)
                {
                    source = taint.SourceOf(operation.Arguments[i].Value);
                }

                break;
            case CommandOperand.StringArguments:
                foreach (var argument in operation.Arguments)
                {
                    if (argument.Value.Type?.SpecialType == SpecialType.System_String && taint.SourceOf(argument.Value) is { } found)
                    {
                        source = found;
                        break;
                    }
                }

                break;
            case CommandOperand.ReceiverOrName:
                source = (operation.Instance is { } instance ? taint.SourceOf(instance) : null)
                    ?? (operation.Arguments.Length > 0 ? taint.SourceOf(operation.Arguments[0].Value) : null);
                break;
        }

        if (source is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.SE4002, invocation.GetLocation(), source, sink.Type.Name + "." + operation.TargetMethod.Name));
        }
    }

    /// <summary>
    /// Names common outside the sinks ("Start", "Create", "RunAsync") must be called on the sink type by name:
    /// Process.Start(…), CSharpScript.EvaluateAsync(…). The others are confirmed by the semantic model.
    /// </summary>
    private static bool ReceiverMayMatch(string name, ExpressionSyntax expression)
    {
        var receiver = expression is MemberAccessExpressionSyntax member
            ? member.Expression switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText,
                _ => null,
            }
            : null;
        return name switch
        {
            "Start" => receiver == "Process",
            "Create" or "EvaluateAsync" or "RunAsync" => receiver == "CSharpScript",
            _ => true,
        };
    }

    private static void AnalyzeStartInfo(SyntaxNodeAnalysisContext context, ApiLookup<CommandOperand> sinks, NetworkTaintSources sources)
    {
        // new ProcessStartInfo(file, args), and FileName/Arguments set in an initializer or later.
        switch (context.Node)
        {
            case ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation
                when TypeName(creation.Type) == "ProcessStartInfo"
                    && context.SemanticModel.GetOperation(creation, context.CancellationToken) is IObjectCreationOperation operation
                    && sinks.Match(operation.Constructor) is { Role: CommandOperand.AnyArgument }:
                var taint = new DerivationWalker(operation, sources, context.CancellationToken);
                foreach (var argument in operation.Arguments)
                {
                    if (taint.SourceOf(argument.Value) is { } source)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rules.SE4002, creation.GetLocation(), source, "new ProcessStartInfo"));
                        return;
                    }
                }

                break;
            case AssignmentExpressionSyntax assignment
                when ValueReceiver.TargetName(assignment.Left) is "FileName" or "Arguments"
                    && context.SemanticModel.GetOperation(assignment, context.CancellationToken) is IAssignmentOperation { Target: IPropertyReferenceOperation property } write
                    && sinks.Match(property.Property) is { Role: CommandOperand.AssignedValue }:
                if (new DerivationWalker(write, sources, context.CancellationToken).SourceOf(write.Value) is { } found)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rules.SE4002, assignment.GetLocation(), found, "ProcessStartInfo." + property.Property.Name));
                }

                break;
        }
    }

    private static string? TypeName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Which operand of a sink decides what runs or is loaded.</summary>
    private enum CommandOperand
    {
        /// <summary>The receiver: methodInfo.Invoke(…).</summary>
        Receiver,

        /// <summary>The first one or two arguments: Assembly.Load(x), Activator.CreateInstance(asm, type).</summary>
        FirstArguments,

        /// <summary>Any string argument: Process.Start(file, args).</summary>
        StringArguments,

        /// <summary>The receiver or the member name: type.InvokeMember(name, …).</summary>
        ReceiverOrName,

        /// <summary>Any argument: new ProcessStartInfo(file, args).</summary>
        AnyArgument,

        /// <summary>The value assigned: startInfo.FileName = ….</summary>
        AssignedValue,
    }
}
