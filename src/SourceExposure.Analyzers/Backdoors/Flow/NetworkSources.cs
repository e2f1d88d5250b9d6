// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers.Backdoors.Flow;

/// <summary>
/// The network sources SE4002 knows, resolved by metadata name once per compilation. A type absent from the
/// compilation (no RabbitMQ reference, say) is simply never matched.
/// </summary>
internal sealed class NetworkSources
{
    private readonly ImmutableHashSet<INamedTypeSymbol> networkObjects;
    private readonly ImmutableHashSet<INamedTypeSymbol> networkStreams;
    private readonly ImmutableDictionary<INamedTypeSymbol, ImmutableHashSet<string>> sourceProperties;
    private readonly ImmutableDictionary<INamedTypeSymbol, ImmutableHashSet<string>> downloadMethods;

    private NetworkSources(
        ImmutableHashSet<INamedTypeSymbol> networkObjects,
        ImmutableHashSet<INamedTypeSymbol> networkStreams,
        ImmutableDictionary<INamedTypeSymbol, ImmutableHashSet<string>> sourceProperties,
        ImmutableDictionary<INamedTypeSymbol, ImmutableHashSet<string>> downloadMethods)
    {
        this.networkObjects = networkObjects;
        this.networkStreams = networkStreams;
        this.sourceProperties = sourceProperties;
        this.downloadMethods = downloadMethods;
    }

    public static NetworkSources Resolve(Compilation compilation)
    {
        var objects = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in new[]
        {
            "System.Net.Sockets.Socket", "System.Net.Sockets.NetworkStream", "System.Net.Sockets.UdpClient",
            "System.Net.WebSockets.WebSocket", "System.Net.Security.SslStream",
        })
        {
            if (KnownSymbols.For(compilation).Type(name) is { } type)
            {
                objects.Add(type);
            }
        }

        var streams = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in new[] { "System.Net.Sockets.NetworkStream", "System.Net.Security.SslStream" })
        {
            if (KnownSymbols.For(compilation).Type(name) is { } type)
            {
                streams.Add(type);
            }
        }

        var properties = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, ImmutableHashSet<string>>(SymbolEqualityComparer.Default);
        void Add(string typeName, params string[] members)
        {
            if (KnownSymbols.For(compilation).Type(typeName) is { } type)
            {
                properties[type] = ImmutableHashSet.Create(members);
            }
        }

        Add("System.Net.HttpListenerRequest", "QueryString", "InputStream", "Headers", "Url", "RawUrl", "Cookies", "UserAgent");
        Add("Microsoft.AspNetCore.Http.HttpRequest", "Query", "Form", "Headers", "Body", "BodyReader", "Cookies", "Path", "QueryString", "RouteValues");
        Add("RabbitMQ.Client.Events.BasicDeliverEventArgs", "Body");
        Add("Azure.Messaging.ServiceBus.ServiceBusReceivedMessage", "Body");
        Add("Confluent.Kafka.ConsumeResult`2", "Message", "Value", "Key");
        Add("Confluent.Kafka.Message`2", "Value", "Key");
        Add("Amazon.SQS.Model.Message", "Body");
        Add("Azure.Storage.Queues.Models.QueueMessage", "Body", "MessageText");

        // What a download returns is whatever the server sends: code loaded or commands run from it are chosen remotely.
        var downloads = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, ImmutableHashSet<string>>(SymbolEqualityComparer.Default);
        void Download(string typeName, params string[] methods)
        {
            if (KnownSymbols.For(compilation).Type(typeName) is { } type)
            {
                downloads[type] = ImmutableHashSet.Create(methods);
            }
        }

        Download("System.Net.Http.HttpClient", "GetByteArrayAsync", "GetStringAsync", "GetStreamAsync");
        Download("System.Net.Http.HttpContent", "ReadAsByteArrayAsync", "ReadAsStringAsync", "ReadAsStreamAsync");
        Download("System.Net.WebClient", "DownloadData", "DownloadString", "DownloadDataTaskAsync", "DownloadStringTaskAsync", "OpenRead", "OpenReadTaskAsync");
        return new NetworkSources(objects.ToImmutable(), streams.ToImmutable(), properties.ToImmutable(), downloads.ToImmutable());
    }

    /// <summary>HttpClient.GetByteArrayAsync, HttpContent.ReadAsStringAsync, WebClient.DownloadData …: their result comes from a server.</summary>
    public bool IsDownload(IMethodSymbol method)
    {
        for (var current = method.ContainingType; current is not null; current = current.BaseType)
        {
            if (downloadMethods.TryGetValue(current.OriginalDefinition, out var names) && names.Contains(method.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A socket, network stream, UDP client or web socket: what it receives comes from the network.</summary>
    public bool IsNetworkObject(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (networkObjects.Contains(current.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A NetworkStream or an SslStream: every byte read from it comes from the network.</summary>
    public bool IsNetworkStream(ITypeSymbol? type)
        => type is INamedTypeSymbol named && networkStreams.Contains(named.OriginalDefinition);

    /// <summary>HttpListenerRequest.QueryString, HttpRequest.Query, BasicDeliverEventArgs.Body …</summary>
    public bool IsSourceProperty(IPropertySymbol property)
    {
        for (var current = property.ContainingType; current is not null; current = current.BaseType)
        {
            if (sourceProperties.TryGetValue(current.OriginalDefinition, out var names) && names.Contains(property.Name))
            {
                return true;
            }
        }

        return false;
    }
}
