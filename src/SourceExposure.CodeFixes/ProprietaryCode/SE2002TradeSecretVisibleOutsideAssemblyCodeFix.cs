// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.ProprietaryCode;

namespace SourceExposure.CodeFixes.ProprietaryCode;

/// <summary>
/// Makes a trade-secret type or member internal, when that still compiles: no public or protected signature of
/// another type mentions the type (base types, interfaces, constraints, parameters, return, property, field and
/// event types), and the member is no override, virtual or abstract member, operator or interface implementation.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE2002TradeSecretVisibleOutsideAssemblyCodeFix)), Shared]
public sealed class SE2002TradeSecretVisibleOutsideAssemblyCodeFix : SourceExposureCodeFix
{
    public const string MakeInternalKey = RuleIds.SE2002 + ".MakeInternal";

    public SE2002TradeSecretVisibleOutsideAssemblyCodeFix()
        : base(RuleIds.SE2002)
    {
    }

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Exposure, out var exposure)
                || exposure != SE2002TradeSecretVisibleOutsideAssemblyAnalyzer.ByAccessibility)
            {
                continue;
            }

            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            if (token.Parent is not { } named
                || named.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } declaration
                || model.GetDeclaredSymbol(named, context.CancellationToken) is not { } symbol
                || !HasAccessibilityModifier(declaration)
                || !CanMakeInternal(symbol, model.Compilation, context.CancellationToken))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make '{symbol.Name}' internal",
                    cancellationToken => MakeInternalAsync(context.Document, declaration.Modifiers, cancellationToken),
                    MakeInternalKey),
                diagnostic);
        }
    }

    private static bool HasAccessibilityModifier(MemberDeclarationSyntax declaration)
    {
        foreach (var modifier in declaration.Modifiers)
        {
            if (IsAccessibility(modifier))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAccessibility(SyntaxToken modifier)
        => modifier.IsKind(SyntaxKind.PublicKeyword) || modifier.IsKind(SyntaxKind.ProtectedKeyword)
        || modifier.IsKind(SyntaxKind.InternalKeyword) || modifier.IsKind(SyntaxKind.PrivateKeyword);

    /// <summary>
    /// Turns the accessibility modifiers into one <c>internal</c>: an <c>internal</c> already there (<c>protected
    /// internal</c>) stays, otherwise the first keyword is replaced, and the others are deleted with their trailing
    /// space. The edit is made on the text, keyword by keyword: a rewritten syntax root lets Roslyn's tree diff stretch
    /// the change into the next member, and Fix All then drops that member's edit as overlapping.
    /// </summary>
    private static async Task<Document> MakeInternalAsync(Document document, SyntaxTokenList modifiers, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var keep = modifiers.IndexOf(SyntaxKind.InternalKeyword);
        var changes = new List<TextChange>();
        for (var i = 0; i < modifiers.Count; i++)
        {
            var modifier = modifiers[i];
            if (!IsAccessibility(modifier) || i == keep)
            {
                continue;
            }

            changes.Add(keep < 0 && changes.Count == 0
                ? new TextChange(modifier.Span, "internal")
                : new TextChange(TextSpan.FromBounds(modifier.SpanStart, modifier.FullSpan.End), string.Empty));
        }

        return document.WithText(text.WithChanges(changes));
    }

    /// <summary>The preconditions under which <c>internal</c> still compiles.</summary>
    internal static bool CanMakeInternal(ISymbol symbol, Compilation compilation, CancellationToken cancellationToken)
    {
        // Partial types declared in several places would need every part changed.
        if (symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        switch (symbol)
        {
            case INamedTypeSymbol type:
                return !IsExposedByOtherSignatures(type, compilation.Assembly.GlobalNamespace, cancellationToken);
            case IMethodSymbol method when method.MethodKind is MethodKind.UserDefinedOperator or MethodKind.Conversion
                || (method.MethodKind == MethodKind.Constructor && method.Parameters.Length == 0):
                return false;
            default:
                return !symbol.IsOverride
                    && !symbol.IsVirtual
                    && !symbol.IsAbstract
                    && symbol.ContainingType is { TypeKind: not TypeKind.Interface } container
                    && !ImplementsInterface(symbol, container);
        }
    }

    private static bool ImplementsInterface(ISymbol symbol, INamedTypeSymbol container)
    {
        foreach (var contract in container.AllInterfaces)
        {
            foreach (var member in contract.GetMembers())
            {
                if (SymbolEqualityComparer.Default.Equals(container.FindImplementationForInterfaceMember(member), symbol))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when a type visible outside the assembly names <paramref name="target"/> in its own signature.</summary>
    private static bool IsExposedByOtherSignatures(INamedTypeSymbol target, INamespaceOrTypeSymbol container, CancellationToken cancellationToken)
    {
        foreach (var member in container.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case INamespaceSymbol ns:
                    if (IsExposedByOtherSignatures(target, ns, cancellationToken))
                    {
                        return true;
                    }

                    break;
                case INamedTypeSymbol type when !IsWithin(type, target):
                    if (SE2002TradeSecretVisibleOutsideAssemblyAnalyzer.IsVisibleOutside(type) && SignatureMentions(type, target))
                    {
                        return true;
                    }

                    if (IsExposedByOtherSignatures(target, type, cancellationToken))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool SignatureMentions(INamedTypeSymbol type, INamedTypeSymbol target)
    {
        if (Mentions(type.BaseType, target) || MentionsAny(type.Interfaces, target) || ConstraintsMention(type.TypeParameters, target))
        {
            return true;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is INamedTypeSymbol || !SE2002TradeSecretVisibleOutsideAssemblyAnalyzer.IsVisibleOutside(member))
            {
                continue;
            }

            switch (member)
            {
                case IMethodSymbol method:
                    if (Mentions(method.ReturnType, target) || ConstraintsMention(method.TypeParameters, target))
                    {
                        return true;
                    }

                    foreach (var parameter in method.Parameters)
                    {
                        if (Mentions(parameter.Type, target))
                        {
                            return true;
                        }
                    }

                    break;
                case IPropertySymbol property:
                    if (Mentions(property.Type, target))
                    {
                        return true;
                    }

                    foreach (var parameter in property.Parameters)
                    {
                        if (Mentions(parameter.Type, target))
                        {
                            return true;
                        }
                    }

                    break;
                case IFieldSymbol field when Mentions(field.Type, target):
                    return true;
                case IEventSymbol @event when Mentions(@event.Type, target):
                    return true;
            }
        }

        return false;
    }

    private static bool ConstraintsMention(ImmutableArray<ITypeParameterSymbol> parameters, INamedTypeSymbol target)
    {
        foreach (var parameter in parameters)
        {
            if (MentionsAny(parameter.ConstraintTypes, target))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MentionsAny(ImmutableArray<INamedTypeSymbol> types, INamedTypeSymbol target)
    {
        foreach (var type in types)
        {
            if (Mentions(type, target))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MentionsAny(ImmutableArray<ITypeSymbol> types, INamedTypeSymbol target)
    {
        foreach (var type in types)
        {
            if (Mentions(type, target))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(ITypeSymbol? type, INamedTypeSymbol target) => type switch
    {
        null => false,
        IArrayTypeSymbol array => Mentions(array.ElementType, target),
        IPointerTypeSymbol pointer => Mentions(pointer.PointedAtType, target),
        INamedTypeSymbol named => IsWithin(named.OriginalDefinition, target) || MentionsAny(named.TypeArguments, target),
        _ => false,
    };

    /// <summary>The type is <paramref name="target"/> or nested inside it.</summary>
    private static bool IsWithin(INamedTypeSymbol type, INamedTypeSymbol target)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, target))
            {
                return true;
            }
        }

        return false;
    }
}
