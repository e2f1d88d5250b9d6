// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers.ProprietaryCode;

/// <summary>SE2003: Internals of an assembly with trade secrets opened to another assembly.</summary>
/// <remarks>
/// Whether the assembly holds a trade secret is known only after every symbol has been seen, so the finding is
/// reported at compilation end. An InternalsVisibleTo written by MSBuild from an &lt;InternalsVisibleTo&gt; item lives
/// in a generated file; it is reported without a location (and without a fix), naming the project item.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE2003InternalsOpenedToFriendAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE2003);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var friendAttribute = KnownSymbols.For(start.Compilation).Type("System.Runtime.CompilerServices.InternalsVisibleToAttribute");
            if (friendAttribute is null || !HasFriend(start.Compilation.Assembly, friendAttribute))
            {
                return;
            }

            var options = new OptionReader(start.Options);
            if (!CodeScope.For(start.Compilation, options).ReportsProject(RuleOptions.SE2003CodeKinds) || !TradeSecrets.MayExist(start.Compilation, options))
            {
                return;
            }

            var secrets = TradeSecrets.For(start.Compilation, options);
            var example = new Example(secrets.AssemblyMarker is null ? null : start.Compilation.AssemblyName ?? "this assembly");
            if (example.Name is null)
            {
                start.RegisterSymbolAction(
                    c =>
                    {
                        if (TradeSecrets.IsCandidate(c.Symbol) && secrets.OwnOrigin(c.Symbol, out _) != TradeSecretOrigin.None)
                        {
                            example.Offer(c.Symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
                        }
                    },
                    SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
            }

            start.RegisterCompilationEndAction(end =>
            {
                if (example.Name is { } name)
                {
                    ReportFriends(end, friendAttribute, name);
                }
            });
        });

    private static bool HasFriend(IAssemblySymbol assembly, INamedTypeSymbol friendAttribute)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, friendAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportFriends(CompilationAnalysisContext context, INamedTypeSymbol friendAttribute, string example)
    {
        foreach (var attribute in context.Compilation.Assembly.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, friendAttribute))
            {
                continue;
            }

            var friend = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string value ? value : "?";
            var comma = friend.IndexOf(',');
            if (comma >= 0)
            {
                friend = friend.Substring(0, comma).Trim();
            }

            var syntax = attribute.ApplicationSyntaxReference;
            if (syntax is null || IsGenerated(syntax.SyntaxTree, context.CancellationToken))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.SE2003, Location.None, friend, example, " (an <InternalsVisibleTo> item in the project file)"));
            }
            else
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.SE2003, syntax.GetSyntax(context.CancellationToken).GetLocation(), friend, example, string.Empty));
            }
        }
    }

    /// <summary>The generated-file test the compiler applies: file name conventions or an &lt;auto-generated&gt; header.</summary>
    private static bool IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var path = tree.FilePath ?? string.Empty;
        if (path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".g.i.cs", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".AssemblyInfo.cs", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            if (trivia.IsCommentOrDocumentation() && trivia.ToString().IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The trade secret the message names: the ordinally smallest name, so the message does not depend on the order symbols are analyzed in.</summary>
    private sealed class Example(string? name)
    {
        private readonly object gate = new();
        private string? name = name;

        public string? Name
        {
            get
            {
                lock (gate)
                {
                    return name;
                }
            }
        }

        public void Offer(string candidate)
        {
            lock (gate)
            {
                if (name is null || string.CompareOrdinal(candidate, name) < 0)
                {
                    name = candidate;
                }
            }
        }
    }
}
