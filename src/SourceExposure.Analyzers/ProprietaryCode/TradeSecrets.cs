// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.ProprietaryCode.Detection;

namespace SourceExposure.Analyzers.ProprietaryCode;

/// <summary>How a symbol became a trade secret by its own declaration (not through its container).</summary>
internal enum TradeSecretOrigin
{
    None,

    /// <summary>The symbol carries a TradeSecret/Proprietary attribute.</summary>
    Attribute,

    /// <summary>A top-level type in a namespace listed in <c>trade_secret_namespaces</c>.</summary>
    Namespace,

    /// <summary>A top-level type of an assembly marked <c>[assembly: TradeSecret]</c>.</summary>
    Assembly,
}

/// <summary>
/// Decides which declarations are trade secrets: an attribute named TradeSecretAttribute or ProprietaryAttribute in
/// any namespace (with or without arguments) on the assembly, a type or a member, or a type in a namespace listed in
/// <c>source_exposure.proprietary_code.trade_secret_namespaces</c>. Members of a trade-secret type are covered by it.
/// Create once per compilation.
/// </summary>
internal sealed class TradeSecrets
{
    private readonly OptionReader options;

    private TradeSecrets(OptionReader options, AttributeData? assemblyMarker)
    {
        this.options = options;
        AssemblyMarker = assemblyMarker;
    }

    /// <summary>The <c>[assembly: TradeSecret]</c> attribute, when the whole assembly is declared a trade secret.</summary>
    public AttributeData? AssemblyMarker { get; }

    public static TradeSecrets For(Compilation compilation, OptionReader options)
        => new(options, FindMarker(compilation.Assembly.GetAttributes()));

    /// <summary>
    /// Cheap per-compilation gate: false when no assembly (this one or a reference) declares a type named
    /// TradeSecretAttribute or ProprietaryAttribute and no file has a namespace list, so nothing can be a trade secret
    /// and the per-symbol actions need not be registered.
    /// </summary>
    public static bool MayExist(Compilation compilation, OptionReader options)
    {
        if (DeclaresMarker(compilation.Assembly))
        {
            return true;
        }

        foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (DeclaresMarker(reference))
            {
                return true;
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!options.Get(RuleOptions.TradeSecretNamespaces, tree).IsDefaultOrEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private static bool DeclaresMarker(IAssemblySymbol assembly)
        => assembly.TypeNames.Contains("TradeSecretAttribute") || assembly.TypeNames.Contains("ProprietaryAttribute");

    public static bool IsMarker(AttributeData attribute)
        => attribute.AttributeClass is { } type && IsMarkerName(type.Name);

    /// <summary>Attribute class names that declare a trade secret; the namespace does not matter.</summary>
    public static bool IsMarkerName(string name) => name is "TradeSecretAttribute" or "ProprietaryAttribute";

    public static AttributeData? FindMarker(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (IsMarker(attribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>Symbols SE2xxx looks at: types and the members a developer declares (not accessors or generated members).</summary>
    public static bool IsCandidate(ISymbol symbol) => !symbol.IsImplicitlyDeclared && symbol switch
    {
        IMethodSymbol method => method.AssociatedSymbol is null && method.MethodKind is not (MethodKind.StaticConstructor or MethodKind.Destructor or MethodKind.LambdaMethod or MethodKind.LocalFunction),
        INamedTypeSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => true,
        _ => false,
    };

    /// <summary>Why <paramref name="symbol"/> is a trade secret by its own declaration; containers are not consulted.</summary>
    public TradeSecretOrigin OwnOrigin(ISymbol symbol, out string? pattern)
    {
        pattern = null;
        if (MayHaveAttributes(symbol) && FindMarker(symbol.GetAttributes()) is not null)
        {
            return TradeSecretOrigin.Attribute;
        }

        if (symbol is not INamedTypeSymbol { ContainingType: null } type)
        {
            return TradeSecretOrigin.None;
        }

        if (!type.ContainingNamespace.IsGlobalNamespace && type.DeclaringSyntaxReferences.Length > 0)
        {
            var patterns = options.Get(RuleOptions.TradeSecretNamespaces, type.DeclaringSyntaxReferences[0].SyntaxTree);
            if (!patterns.IsDefaultOrEmpty)
            {
                pattern = NamespacePatterns.Match(patterns, type.ContainingNamespace.ToDisplayString());
                if (pattern is not null)
                {
                    return TradeSecretOrigin.Namespace;
                }
            }
        }

        return AssemblyMarker is not null ? TradeSecretOrigin.Assembly : TradeSecretOrigin.None;
    }

    /// <summary>
    /// Syntax-only check before binding attributes: most members carry no attribute list at all, and for them
    /// <see cref="ISymbol.GetAttributes"/> would bind nothing useful. Conservative (true) for any shape not recognised.
    /// </summary>
    private static bool MayHaveAttributes(ISymbol symbol)
    {
        var references = symbol.DeclaringSyntaxReferences;
        if (references.IsDefaultOrEmpty)
        {
            return true;
        }

        foreach (var reference in references)
        {
            var node = reference.GetSyntax();
            var lists = node switch
            {
                MemberDeclarationSyntax member => member.AttributeLists.Count,
                VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field.AttributeLists.Count,
                _ => 1,
            };

            if (lists > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="symbol"/> is a trade secret declared in source by its own declaration and not through a
    /// container that is one itself: the symbols SE2001 and SE2002 report, each finding on the outermost secret.
    /// </summary>
    public bool IsReportedHere(ISymbol symbol)
        => IsCandidate(symbol)
            && symbol.Locations.Length > 0
            && symbol.Locations[0].IsInSource
            && OwnOrigin(symbol, out _) != TradeSecretOrigin.None
            && !IsCoveredByContainer(symbol);

    /// <summary>True when a containing type is itself a trade secret, so the symbol is reported through it.</summary>
    public bool IsCoveredByContainer(ISymbol symbol)
    {
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (OwnOrigin(type, out _) != TradeSecretOrigin.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the symbol is a trade secret by its own declaration, a container's, or the assembly's.</summary>
    public bool IsTradeSecret(ISymbol symbol)
        => AssemblyMarker is not null || OwnOrigin(symbol, out _) != TradeSecretOrigin.None || IsCoveredByContainer(symbol);
}
