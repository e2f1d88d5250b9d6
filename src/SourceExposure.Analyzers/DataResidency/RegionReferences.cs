// SPDX-License-Identifier: MIT
using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.DataResidency.Catalog;

namespace SourceExposure.Analyzers.DataResidency;

/// <summary>
/// Region ids and SDK region constants in code. Region ids collide across providers (ap-southeast-1 is Singapore at
/// AWS and Alibaba, Hong Kong at Huawei), so a region string counts only where the API receiving it is declared in a
/// provider SDK's namespace; SDK constants (RegionEndpoint.CNNorth1, AzureLocation.ChinaEast2, EcsRegion.CN_NORTH_4)
/// carry their provider with them.
/// </summary>
internal static class RegionReferences
{
    /// <summary>The region <paramref name="operation"/> names: a string literal in a provider's region slot or a region constant.</summary>
    public static bool TryGetRegion(IOperation operation, out RegionEntry region)
    {
        region = null!;
        switch (operation)
        {
            case ILiteralOperation when operation.ConstantValue is { HasValue: true, Value: string text } && IsRegionShaped(text):
                return RegionSlotProvider(operation) is { } provider && JurisdictionCatalog.TryFindRegionByName(provider, text, out region);
            case IFieldReferenceOperation field:
                return TryGetConstant(field.Field, out region);
            case IPropertyReferenceOperation property:
                return TryGetConstant(property.Property, out region);
            default:
                return false;
        }
    }

    // Region ids and names are short words of letters, digits, dashes, underscores and spaces ("cn-north-1", "China East").
    private static bool IsRegionShaped(string text)
    {
        if (text.Length < 2 || text.Length > 32 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryGetConstant(ISymbol member, out RegionEntry region)
    {
        region = null!;

        // Region constants are static members of a type named for regions or locations, in a provider SDK.
        if (member is not { IsStatic: true, ContainingType: { } type } || !IsRegionTypeName(type.Name))
        {
            return false;
        }

        var provider = ProviderOf(type);
        if (provider is null)
        {
            return false;
        }

        var metadataName = type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
        if (JurisdictionCatalog.TryFindConstant(metadataName, member.Name, out var constant))
        {
            return JurisdictionCatalog.TryFindRegion(constant.Provider, constant.RegionId, out region);
        }

        return JurisdictionCatalog.TryFindRegionByName(provider, member.Name, out region)
            || (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string value } && JurisdictionCatalog.TryFindRegionByName(provider, value, out region));
    }

    /// <summary>
    /// The provider whose SDK receives <paramref name="value"/> as a region: a parameter named for a region or
    /// location, a method or type named for regions (SetRegion, RegionEndpoint.GetBySystemName, EcsRegion.ValueOf,
    /// new AzureLocation), a Region/Location property, or a conversion to a region type.
    /// </summary>
    public static CloudProvider? RegionSlotProvider(IOperation value)
    {
        var current = value;
        for (var depth = 0; depth < 4 && current.Parent is { } parent; depth++)
        {
            switch (parent)
            {
                case IConversionOperation conversion:
                    if (conversion.Type is INamedTypeSymbol target && IsRegionTypeName(target.Name) && ProviderOf(target) is { } converted)
                    {
                        return converted;
                    }

                    current = parent;
                    continue;
                case IParenthesizedOperation:
                    current = parent;
                    continue;
                case IArgumentOperation { Parameter: { } parameter }:
                    if (parameter.ContainingSymbol is IMethodSymbol method && method.ContainingType is { } declaring
                        && (IsRegionName(parameter.Name) || IsRegionName(method.Name) || IsRegionTypeName(declaring.Name)))
                    {
                        return ProviderOf(declaring);
                    }

                    return null;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target is IPropertyReferenceOperation { Property: { } property } && IsRegionName(property.Name)
                        ? ProviderOf(property.ContainingType)
                        : null;
                default:
                    return null;
            }
        }

        return null;
    }

    private static CloudProvider? ProviderOf(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace)
        {
            return null;
        }

        // Cheap gate on the root namespace before building the full name.
        var root = ns;
        while (root.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            root = parent;
        }

        return root.Name is "Amazon" or "Azure" or "Microsoft" or "Google" or "Aliyun" or "AlibabaCloud" or "TencentCloud" or "COSXML" or "HuaweiCloud" or "BaiduBce"
            ? JurisdictionCatalog.ProviderForNamespace(ns.ToDisplayString())
            : null;
    }

    private static bool IsRegionName(string name)
        => name.IndexOf("region", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("location", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsRegionTypeName(string name)
        => name.IndexOf("Region", StringComparison.Ordinal) >= 0 || name.IndexOf("Location", StringComparison.Ordinal) >= 0;
}
