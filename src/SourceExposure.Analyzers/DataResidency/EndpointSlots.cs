// SPDX-License-Identifier: MIT
using System;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Shared;

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
        var slot = ValueReceiver.SlotOf(value, out var type);
        if (type is not null && IsUriType(type))
        {
            return true;
        }

        return slot is not null && IsEndpointName(slot);
    }

    public static bool IsEndpointName(string name)
        => Contains(name, "uri") || Contains(name, "url") || Contains(name, "endpoint") || Contains(name, "host")
            || Contains(name, "server") || Contains(name, "address");

    private static bool IsUriType(ITypeSymbol type)
        => type.Name == "Uri" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    private static bool Contains(string name, string word) => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
}
