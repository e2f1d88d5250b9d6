// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Backdoors.Flow;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Backdoors;

/// <summary>SE4002: Network input reaches process start or code loading.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Which remote requests are legitimate, and what fixed operation each should map to, only the program's owner can say.")]
public sealed class SE4002RemoteCommandChannelAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE4002);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var sinks = Sinks.Resolve(start.Compilation);
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

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, Sinks sinks, NetworkTaintSources sources)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null || !Sinks.IsSinkName(name) || invocation.ArgumentList.Arguments.Count == 0 || !ReceiverMayMatch(name, invocation.Expression)
            || context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation
            || sinks.Describe(operation.TargetMethod) is not { } sink)
        {
            return;
        }

        var taint = new DerivationWalker(operation, sources, context.CancellationToken);
        string? source = null;
        switch (sink.Kind)
        {
            case SinkKind.Receiver:
                source = taint.SourceOf(operation.Instance!);
                break;
            case SinkKind.FirstArguments:
                for (var i = 0; i < operation.Arguments.Length && i < 2 && source is null; i++)
                {
                    source = taint.SourceOf(operation.Arguments[i].Value);
                }

                break;
            case SinkKind.StringArguments:
                foreach (var argument in operation.Arguments)
                {
                    if (argument.Value.Type?.SpecialType == SpecialType.System_String && taint.SourceOf(argument.Value) is { } found)
                    {
                        source = found;
                        break;
                    }
                }

                break;
            case SinkKind.ReceiverOrName:
                source = (operation.Instance is { } instance ? taint.SourceOf(instance) : null)
                    ?? (operation.Arguments.Length > 0 ? taint.SourceOf(operation.Arguments[0].Value) : null);
                break;
        }

        if (source is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.SE4002, invocation.GetLocation(), source, sink.Name));
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

    private static void AnalyzeStartInfo(SyntaxNodeAnalysisContext context, Sinks sinks, NetworkTaintSources sources)
    {
        if (sinks.ProcessStartInfo is null)
        {
            return;
        }

        // new ProcessStartInfo(file, args), and FileName/Arguments set in an initializer or later.
        switch (context.Node)
        {
            case ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation
                when TypeName(creation.Type) == "ProcessStartInfo"
                    && context.SemanticModel.GetOperation(creation, context.CancellationToken) is IObjectCreationOperation operation
                    && SymbolEqualityComparer.Default.Equals(operation.Type, sinks.ProcessStartInfo):
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
                when TargetName(assignment.Left) is "FileName" or "Arguments"
                    && context.SemanticModel.GetOperation(assignment, context.CancellationToken) is IAssignmentOperation { Target: IPropertyReferenceOperation property } write
                    && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, sinks.ProcessStartInfo):
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

    private static string? TargetName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    private enum SinkKind
    {
        /// <summary>The receiver decides what runs: methodInfo.Invoke(…).</summary>
        Receiver,

        /// <summary>The first one or two arguments name what runs: Assembly.Load(x), Activator.CreateInstance(asm, type).</summary>
        FirstArguments,

        /// <summary>Any string argument: Process.Start(file, args).</summary>
        StringArguments,

        /// <summary>The receiver or the member name: type.InvokeMember(name, …).</summary>
        ReceiverOrName,
    }

    private readonly struct Sink
    {
        public Sink(string name, SinkKind kind)
        {
            Name = name;
            Kind = kind;
        }

        public string Name { get; }

        public SinkKind Kind { get; }
    }

    /// <summary>The sink types, resolved by metadata name once per compilation.</summary>
    private sealed class Sinks
    {
        private INamedTypeSymbol? process;
        private INamedTypeSymbol? assembly;
        private INamedTypeSymbol? activator;
        private INamedTypeSymbol? appDomain;
        private INamedTypeSymbol? methodBase;
        private INamedTypeSymbol? type;
        private INamedTypeSymbol? loadContext;
        private INamedTypeSymbol? powerShell;
        private INamedTypeSymbol? script;

        public INamedTypeSymbol? ProcessStartInfo { get; private set; }

        public static Sinks Resolve(Compilation compilation)
        {
            var known = KnownSymbols.For(compilation);
            return new Sinks
            {
                process = known.Type("System.Diagnostics.Process"),
                ProcessStartInfo = known.Type("System.Diagnostics.ProcessStartInfo"),
                assembly = known.Type("System.Reflection.Assembly"),
                activator = known.Type("System.Activator"),
                appDomain = known.Type("System.AppDomain"),
                methodBase = known.Type("System.Reflection.MethodBase"),
                type = known.Type("System.Type"),
                loadContext = known.Type("System.Runtime.Loader.AssemblyLoadContext"),
                powerShell = known.Type("System.Management.Automation.PowerShell"),
                script = known.Type("Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript"),
            };
        }

        public static bool IsSinkName(string name) => name switch
        {
            "Start" or "AddScript" or "AddCommand" or "Load" or "LoadFrom" or "LoadFile" or "UnsafeLoadFrom" or "LoadFromStream"
                or "LoadFromAssemblyPath" or "CreateInstance" or "CreateInstanceFrom" or "Invoke" or "InvokeMember"
                or "ExecuteAssembly" or "ExecuteAssemblyByName" or "EvaluateAsync" or "RunAsync" or "Create" => true,
            _ => false,
        };

        public Sink? Describe(IMethodSymbol method)
        {
            var containing = method.ContainingType?.OriginalDefinition;
            if (containing is null)
            {
                return null;
            }

            var name = method.Name;
            if (Is(containing, process) && name == "Start")
            {
                return new Sink("Process.Start", SinkKind.StringArguments);
            }

            if (Is(containing, assembly) && name is "Load" or "LoadFrom" or "LoadFile" or "UnsafeLoadFrom")
            {
                return new Sink("Assembly." + name, SinkKind.FirstArguments);
            }

            if (Is(containing, activator) && name is "CreateInstance" or "CreateInstanceFrom")
            {
                return new Sink("Activator." + name, SinkKind.FirstArguments);
            }

            if (Is(containing, appDomain) && name is "ExecuteAssembly" or "ExecuteAssemblyByName" or "Load" or "CreateInstance" or "CreateInstanceAndUnwrap")
            {
                return new Sink("AppDomain." + name, SinkKind.FirstArguments);
            }

            if (Is(containing, loadContext) && name is "LoadFromStream" or "LoadFromAssemblyPath")
            {
                return new Sink("AssemblyLoadContext." + name, SinkKind.FirstArguments);
            }

            if (Is(containing, powerShell) && name is "AddScript" or "AddCommand")
            {
                return new Sink("PowerShell." + name, SinkKind.FirstArguments);
            }

            if (Is(containing, script) && name is "EvaluateAsync" or "RunAsync" or "Create")
            {
                return new Sink("CSharpScript." + name, SinkKind.FirstArguments);
            }

            if (name == "Invoke" && !method.IsStatic && InheritsFrom(containing, methodBase))
            {
                return new Sink("MethodBase.Invoke", SinkKind.Receiver);
            }

            if (name == "InvokeMember" && InheritsFrom(containing, type))
            {
                return new Sink("Type.InvokeMember", SinkKind.ReceiverOrName);
            }

            return null;
        }

        private static bool Is(INamedTypeSymbol containing, INamedTypeSymbol? expected)
            => expected is not null && SymbolEqualityComparer.Default.Equals(containing, expected);

        private static bool InheritsFrom(INamedTypeSymbol containing, INamedTypeSymbol? expected)
        {
            for (var current = containing; current is not null; current = current.BaseType)
            {
                if (Is(current, expected))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
