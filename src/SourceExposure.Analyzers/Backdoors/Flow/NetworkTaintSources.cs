// SPDX-License-Identifier: MIT
using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Backdoors.Flow;

/// <summary>
/// SE4002's sources for the shared <see cref="DerivationWalker"/>: network streams, what HttpClient, HttpContent and
/// WebClient download, the request and message properties of <see cref="NetworkSources"/>, UdpClient.Receive, buffers
/// filled by reading a socket or network stream, and parameters bound from the request ([FromQuery], [FromBody],
/// [FromForm], [FromHeader], [FromRoute], by attribute name). One instance per compilation.
/// </summary>
internal sealed class NetworkTaintSources : TaintSources
{
    private readonly NetworkSources network;

    public NetworkTaintSources(NetworkSources network) => this.network = network;

    public override string? ValueSource(IOperation operation)
    {
        if (network.IsNetworkStream(operation.Type))
        {
            return operation.Type!.Name;
        }

        return operation switch
        {
            IParameterReferenceOperation parameter => BoundFromRequest(parameter.Parameter),
            IPropertyReferenceOperation { Property: var property } when network.IsSourceProperty(property)
                => property.ContainingType.Name + "." + property.Name,
            IInvocationOperation { TargetMethod: var method } invocation when IsUdpReceive(invocation) || network.IsDownload(method)
                => method.ContainingType.Name + "." + method.Name,
            _ => null,
        };
    }

    /// <summary>A buffer read into from a socket, network stream or web socket, or from any receiver derived from the network.</summary>
    public override string? FilledBy(IInvocationOperation read, IOperation receiver, Func<IOperation, bool> carriesData)
        => network.IsNetworkObject(receiver.Type) || carriesData(receiver)
            ? (receiver.Type?.Name ?? "network") + "." + read.TargetMethod.Name
            : null;

    private static bool IsUdpReceive(IInvocationOperation invocation)
        => invocation.TargetMethod.Name is "Receive" or "ReceiveAsync" && invocation.TargetMethod.ContainingType?.Name == "UdpClient";

    private static string? BoundFromRequest(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            var name = attribute.AttributeClass?.Name;
            if (name is "FromQueryAttribute" or "FromBodyAttribute" or "FromFormAttribute" or "FromHeaderAttribute" or "FromRouteAttribute")
            {
                return "[" + name.Substring(0, name.Length - "Attribute".Length) + "] parameter '" + parameter.Name + "'";
            }
        }

        return null;
    }
}
