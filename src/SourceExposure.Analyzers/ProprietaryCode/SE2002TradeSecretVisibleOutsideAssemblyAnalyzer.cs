// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers.ProprietaryCode;

/// <summary>SE2002: Trade-secret symbol visible outside its assembly.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE2002TradeSecretVisibleOutsideAssemblyAnalyzer : SourceExposureAnalyzer
{
    /// <summary>Values of <see cref="DiagnosticProperties.Exposure"/>: the code fix acts only on <see cref="ByAccessibility"/>.</summary>
    public const string ByAccessibility = "Accessibility";

    public const string ByInterface = "Interface";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE2002);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var options = new OptionReader(start.Options);
            if (!CodeScope.For(start.Compilation, options).ReportsProject(RuleOptions.SE2002CodeKinds) || !TradeSecrets.MayExist(start.Compilation, options))
            {
                return;
            }

            var secrets = TradeSecrets.For(start.Compilation, options);
            var assembly = start.Compilation.Assembly;
            start.RegisterSymbolAction(
                c => AnalyzeSymbol(c, secrets, assembly),
                SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
        });

    private static void AnalyzeSymbol(SymbolAnalysisContext context, TradeSecrets secrets, IAssemblySymbol assembly)
    {
        var symbol = context.Symbol;
        if (!secrets.IsReportedHere(symbol))
        {
            return;
        }

        string how;
        string exposure;
        if (IsVisibleOutside(symbol))
        {
            exposure = ByAccessibility;
            how = symbol.DeclaredAccessibility == Accessibility.Public
                ? "is public"
                : $"is protected in the public unsealed type '{symbol.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}'";
        }
        else if (PublicInterfaceOf(symbol, assembly) is { } contract)
        {
            exposure = ByInterface;
            how = $"is reachable through the public interface '{contract.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}'";
        }
        else
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rules.SE2002,
            symbol.Locations[0],
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Exposure, exposure),
            symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            how));
    }

    /// <summary>
    /// True when code in another assembly can name the symbol: it and every container are public, or protected
    /// (protected internal) inside a type that can be derived from.
    /// </summary>
    internal static bool IsVisibleOutside(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    continue;
                case Accessibility.Protected:
                case Accessibility.ProtectedOrInternal:
                    if (current.ContainingType is { IsSealed: false, TypeKind: TypeKind.Class })
                    {
                        continue;
                    }

                    return false;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>A public interface of this assembly through which callers reach the symbol, or null.</summary>
    private static INamedTypeSymbol? PublicInterfaceOf(ISymbol symbol, IAssemblySymbol assembly)
    {
        if (symbol is INamedTypeSymbol type)
        {
            foreach (var contract in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(contract.ContainingAssembly, assembly) && IsVisibleOutside(contract))
                {
                    return contract;
                }
            }

            return null;
        }

        if (symbol.ContainingType is not { } container || symbol is not (IMethodSymbol or IPropertySymbol or IEventSymbol))
        {
            return null;
        }

        foreach (var contract in container.AllInterfaces)
        {
            if (!SymbolEqualityComparer.Default.Equals(contract.ContainingAssembly, assembly) || !IsVisibleOutside(contract))
            {
                continue;
            }

            foreach (var member in contract.GetMembers())
            {
                if (SymbolEqualityComparer.Default.Equals(container.FindImplementationForInterfaceMember(member), symbol))
                {
                    return contract;
                }
            }
        }

        return null;
    }
}
