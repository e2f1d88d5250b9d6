// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Shared.Api;

namespace SourceExposure.Analyzers.Backdoors.Flow;

/// <summary>How an API brings data in from the network.</summary>
internal enum NetworkInput
{
    /// <summary>A socket, UDP client or web socket: what it receives comes from the network.</summary>
    Endpoint,

    /// <summary>A NetworkStream or an SslStream: every byte read from it comes from the network.</summary>
    Stream,

    /// <summary>A property of a received request or message: HttpRequest.Query, BasicDeliverEventArgs.Body …</summary>
    RequestProperty,

    /// <summary>A download: HttpClient.GetByteArrayAsync, HttpContent.ReadAsStringAsync, WebClient.DownloadData …</summary>
    Download,
}

/// <summary>
/// The network sources SE4002 knows, as an API table resolved once per compilation. A type absent from the
/// compilation (no RabbitMQ reference, say) is simply never matched.
/// </summary>
internal sealed class NetworkSources
{
    private static readonly ApiTable<NetworkInput> Table = new(
    [
        Receives("System.Net.Sockets.Socket", NetworkInput.Endpoint),
        Receives("System.Net.Sockets.UdpClient", NetworkInput.Endpoint),
        Receives("System.Net.WebSockets.WebSocket", NetworkInput.Endpoint),
        Receives("System.Net.Sockets.NetworkStream", NetworkInput.Stream),
        Receives("System.Net.Security.SslStream", NetworkInput.Stream),
        Carries("System.Net.HttpListenerRequest", "QueryString", "InputStream", "Headers", "Url", "RawUrl", "Cookies", "UserAgent"),
        Carries("Microsoft.AspNetCore.Http.HttpRequest", "Query", "Form", "Headers", "Body", "BodyReader", "Cookies", "Path", "QueryString", "RouteValues"),
        Carries("RabbitMQ.Client.Events.BasicDeliverEventArgs", "Body"),
        Carries("Azure.Messaging.ServiceBus.ServiceBusReceivedMessage", "Body"),
        Carries("Confluent.Kafka.ConsumeResult`2", "Message", "Value", "Key"),
        Carries("Confluent.Kafka.Message`2", "Value", "Key"),
        Carries("Amazon.SQS.Model.Message", "Body"),
        Carries("Azure.Storage.Queues.Models.QueueMessage", "Body", "MessageText"),

        // What a download returns is whatever the server sends: code loaded or commands run from it are chosen remotely.
        Downloads("System.Net.Http.HttpClient", "GetByteArrayAsync", "GetStringAsync", "GetStreamAsync"),
        Downloads("System.Net.Http.HttpContent", "ReadAsByteArrayAsync", "ReadAsStringAsync", "ReadAsStreamAsync"),
        Downloads("System.Net.WebClient", "DownloadData", "DownloadString", "DownloadDataTaskAsync", "DownloadStringTaskAsync", "OpenRead", "OpenReadTaskAsync"),
    ]);

    private readonly ApiLookup<NetworkInput> sources;

    private NetworkSources(ApiLookup<NetworkInput> sources) => this.sources = sources;

    public static NetworkSources Resolve(Compilation compilation) => new(Table.For(compilation));

    /// <summary>HttpClient.GetByteArrayAsync, HttpContent.ReadAsStringAsync, WebClient.DownloadData …: their result comes from a server.</summary>
    public bool IsDownload(IMethodSymbol method) => sources.Match(method) is { Role: NetworkInput.Download };

    /// <summary>A socket, network stream, UDP client or web socket: what it receives comes from the network.</summary>
    public bool IsNetworkObject(ITypeSymbol? type) => sources.MatchType(type) is not null;

    /// <summary>A NetworkStream or an SslStream itself (a type derived from one is a network object only): every byte read from it comes from the network.</summary>
    public bool IsNetworkStream(ITypeSymbol? type)
        => type is INamedTypeSymbol named && sources.MatchType(named) is { Role: NetworkInput.Stream } hit
            && SymbolEqualityComparer.Default.Equals(hit.Type, named.OriginalDefinition);

    /// <summary>HttpListenerRequest.QueryString, HttpRequest.Query, BasicDeliverEventArgs.Body …</summary>
    public bool IsSourceProperty(IPropertySymbol property) => sources.Match(property) is { Role: NetworkInput.RequestProperty };

    /// <summary>The type and the types derived from it.</summary>
    private static ApiEntry<NetworkInput> Receives(string typeName, NetworkInput input) => new(typeName, [], input, ApiScope.DerivedTypes);

    private static ApiEntry<NetworkInput> Carries(string typeName, params string[] properties)
        => new(typeName, properties, NetworkInput.RequestProperty, ApiScope.DerivedTypes);

    private static ApiEntry<NetworkInput> Downloads(string typeName, params string[] methods)
        => new(typeName, methods, NetworkInput.Download, ApiScope.DerivedTypes);
}
