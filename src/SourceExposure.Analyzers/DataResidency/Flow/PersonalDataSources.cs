// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared.Flow;
using SourceExposure.Analyzers.DataResidency.Detection;

namespace SourceExposure.Analyzers.DataResidency.Flow;

/// <summary>
/// Personal data: members and parameters carrying an attribute named PersonalData, ProtectedPersonalData, Sensitive,
/// SensitiveData or Pii (any namespace), or named for personal data (<see cref="PersonalDataNames"/>). Types are
/// judged once per compilation; create one instance per compilation.
/// </summary>
internal sealed class PersonalDataSources : TaintSources
{
    private readonly ConcurrentDictionary<ITypeSymbol, string> containers = new(SymbolEqualityComparer.Default);

    public override string? ValueSource(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation property when IsPersonal(property.Property, property.Property.Type) => property.Property.ContainingType.Name + "." + property.Property.Name,
        IFieldReferenceOperation field when IsPersonal(field.Field, field.Field.Type) => field.Field.ContainingType.Name + "." + field.Field.Name,
        IParameterReferenceOperation parameter when IsPersonal(parameter.Parameter, parameter.Parameter.Type) => "parameter " + parameter.Parameter.Name,
        _ => null,
    };

    public override string? Container(ITypeSymbol? type)
    {
        type = ElementType(type);
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || IsFrameworkType(named))
        {
            return null;
        }

        var found = containers.GetOrAdd(named, static t => FindPersonalMember((INamedTypeSymbol)t) ?? string.Empty);
        return found.Length == 0 ? null : found;
    }

    private static string? FindPersonalMember(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && !IsFrameworkType(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var memberType = member switch
                {
                    IPropertySymbol { IsStatic: false } property => property.Type,
                    IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } field => field.Type,
                    _ => null,
                };

                if (memberType is not null && IsPersonal(member, memberType))
                {
                    return type.Name + "." + member.Name;
                }
            }
        }

        return null;
    }

    private static bool IsPersonal(ISymbol symbol, ITypeSymbol type)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && PersonalDataNames.IsPersonalDataAttribute(attributeClass.Name))
            {
                return true;
            }
        }

        // Names judge only the application's own members: HttpClient.BaseAddress is not a person's address.
        if (type.SpecialType == SpecialType.System_Boolean || (symbol.ContainingType is { } owner && IsFrameworkType(owner)))
        {
            return false;
        }

        return PersonalDataNames.IsPersonalDataName(symbol.Name);
    }

    private static ITypeSymbol? ElementType(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        // List<Customer>, IEnumerable<Customer>, Task<Customer>: the element is what gets serialized.
        return type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && IsFrameworkType(generic)
            ? generic.TypeArguments[0]
            : type;
    }

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None)
        {
            return true;
        }

        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "System" or "Microsoft" };
    }
}
