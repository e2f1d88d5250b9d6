// SPDX-License-Identifier: MIT
using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.DataResidency;

/// <summary>Where a value is used as an endpoint or a region: judged by the receiving parameter, property or variable.</summary>
internal static class EndpointSlots
{
    /// <summary>
    /// True when <paramref name="value"/> (possibly inside a concatenation or interpolation) is passed to a parameter,
    /// assigned to a member or stored in a variable whose name says it holds an endpoint: uri, url, endpoint, host,
    /// server, address (requestUri, uriString, ServiceURL, BaseAddress, OssClient's endpoint …).
    /// </summary>
    public static bool IsEndpointSlot(IOperation value)
    {
        var slot = Receiver(value, out var type);
        if (type is not null && IsUriType(type))
        {
            return true;
        }

        return slot is not null && IsEndpointName(slot);
    }

    /// <summary>The name of the parameter, member or variable that receives <paramref name="value"/>, and the type it is converted to.</summary>
    public static string? Receiver(IOperation value, out ITypeSymbol? convertedTo)
    {
        convertedTo = null;
        var current = value;
        for (var depth = 0; depth < 8 && current.Parent is { } parent; depth++)
        {
            switch (parent)
            {
                case IConversionOperation conversion:
                    convertedTo = conversion.Type;
                    current = parent;
                    continue;
                case IParenthesizedOperation:
                case IInterpolatedStringTextOperation:
                case IInterpolatedStringOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                case ICoalesceOperation:
                case IConditionalOperation:
                    current = parent;
                    continue;
                case IArgumentOperation argument:
                    return argument.Parameter?.Name;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target switch
                    {
                        IPropertyReferenceOperation property => property.Property.Name,
                        IFieldReferenceOperation field => field.Field.Name,
                        ILocalReferenceOperation local => local.Local.Name,
                        _ => null,
                    };
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return declarator.Symbol.Name;
                case IFieldInitializerOperation field when field.InitializedFields.Length > 0:
                    return field.InitializedFields[0].Name;
                case IPropertyInitializerOperation property when property.InitializedProperties.Length > 0:
                    return property.InitializedProperties[0].Name;
                case IParameterInitializerOperation parameter:
                    return parameter.Parameter.Name;
                default:
                    return null;
            }
        }

        return null;
    }

    public static bool IsEndpointName(string name)
        => Contains(name, "uri") || Contains(name, "url") || Contains(name, "endpoint") || Contains(name, "host")
            || Contains(name, "server") || Contains(name, "address");

    private static bool IsUriType(ITypeSymbol type)
        => type.Name == "Uri" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    private static bool Contains(string name, string word) => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
}
