// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.DataResidency.Catalog;

namespace SourceExposure.Analyzers.DataResidency;

/// <summary>SE3002: Cloud region in a disallowed jurisdiction.</summary>
/// <remarks>
/// Region ids collide across providers (ap-southeast-1 is Singapore at AWS and Alibaba, Hong Kong at Huawei), so a
/// region string counts only where the API receiving it is declared in a provider SDK's namespace; SDK constants
/// (RegionEndpoint.CNNorth1, AzureLocation.ChinaEast2, EcsRegion.CN_NORTH_4) carry their provider with them.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Which region data should live in is a deployment decision; the rule page shows how to read it from configuration.")]
public sealed class SE3002CloudRegionAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE3002);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var policies = new ResidencyPolicies(start.Options);
            start.RegisterOperationAction(c => AnalyzeLiteral(c, policies), OperationKind.Literal);
            start.RegisterOperationAction(c => AnalyzeMember(c, policies), OperationKind.FieldReference, OperationKind.PropertyReference);
        });

    private static void AnalyzeLiteral(OperationAnalysisContext context, ResidencyPolicies policies)
    {
        if (context.Operation.ConstantValue is not { HasValue: true, Value: string text } || text.Length < 2 || text.Length > 32)
        {
            return;
        }

        var provider = RegionSlotProvider(context.Operation);
        if (provider is not null && JurisdictionCatalog.TryFindRegionByName(provider, text, out var region))
        {
            Report(context, policies, region);
        }
    }

    private static void AnalyzeMember(OperationAnalysisContext context, ResidencyPolicies policies)
    {
        var member = context.Operation switch
        {
            IFieldReferenceOperation field => (ISymbol)field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };

        // Region constants are static members of a type named for regions or locations, in a provider SDK.
        if (member is not { IsStatic: true, ContainingType: { } type } || !IsRegionTypeName(type.Name))
        {
            return;
        }

        var provider = ProviderOf(type);
        if (provider is null)
        {
            return;
        }

        var metadataName = type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
        RegionEntry? region = null;
        if (JurisdictionCatalog.TryFindConstant(metadataName, member.Name, out var constant))
        {
            JurisdictionCatalog.TryFindRegion(constant.Provider, constant.RegionId, out region!);
        }
        else if (JurisdictionCatalog.TryFindRegionByName(provider, member.Name, out var byName))
        {
            region = byName;
        }
        else if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string value }
            && JurisdictionCatalog.TryFindRegionByName(provider, value, out var byValue))
        {
            region = byValue;
        }

        if (region is not null)
        {
            Report(context, policies, region);
        }
    }

    private static void Report(OperationAnalysisContext context, ResidencyPolicies policies, RegionEntry region)
    {
        if (policies.For(context.Operation.Syntax.SyntaxTree).Disallows(region.Jurisdiction))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.SE3002,
                context.Operation.Syntax.GetLocation(),
                region.Id,
                region.Provider.Name + " " + region.Name,
                Jurisdictions.Name(region.Jurisdiction)));
        }
    }

    /// <summary>
    /// The provider whose SDK receives <paramref name="value"/> as a region: a parameter named for a region or
    /// location, a method or type named for regions (SetRegion, RegionEndpoint.GetBySystemName, EcsRegion.ValueOf,
    /// new AzureLocation), a Region/Location property, or a conversion to a region type.
    /// </summary>
    private static CloudProvider? RegionSlotProvider(IOperation value)
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

        return root.Name is "Amazon" or "Azure" or "Microsoft" or "Google" or "Aliyun" or "AlibabaCloud" or "TencentCloud" or "COSXML" or "HuaweiCloud" or "BaiduBce" or "KS3" or "JDCloud"
            ? JurisdictionCatalog.ProviderForNamespace(ns.ToDisplayString())
            : null;
    }

    private static bool IsRegionName(string name)
        => name.IndexOf("region", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("location", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsRegionTypeName(string name)
        => name.IndexOf("Region", StringComparison.Ordinal) >= 0 || name.IndexOf("Location", StringComparison.Ordinal) >= 0;
}
