// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.DataResidency.Flow;

/// <summary>How a sink's destination is known.</summary>
internal enum SinkKind
{
    /// <summary>HTTP: the request URL, or the client's BaseAddress for a relative one.</summary>
    Http,

    /// <summary>A storage or queue SDK client: the endpoint or region it was created with.</summary>
    CloudSdk,

    /// <summary>Sockets, streams, mail: the destination is set elsewhere (Connect, the server name).</summary>
    Raw,
}

/// <summary>A call that sends data over the network.</summary>
internal readonly struct Sink
{
    public Sink(SinkKind kind, string name, IOperation? receiver)
    {
        Kind = kind;
        Name = name;
        Receiver = receiver;
    }

    public SinkKind Kind { get; }

    /// <summary>For messages: <c>HttpClient.PostAsync</c>.</summary>
    public string Name { get; }

    /// <summary>The client the call is made on (the first argument of an extension method).</summary>
    public IOperation? Receiver { get; }
}

/// <summary>The network-sending APIs, resolved by metadata name once per compilation.</summary>
internal sealed class NetworkSinks
{
    private static readonly (string Type, SinkKind Kind, string[] Methods)[] Known =
    [
        ("System.Net.Http.HttpClient", SinkKind.Http, ["GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "SendAsync", "Send"]),
        ("System.Net.Http.Json.HttpClientJsonExtensions", SinkKind.Http, ["PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "GetFromJsonAsync", "DeleteFromJsonAsync"]),
        ("System.Net.WebClient", SinkKind.Http, ["UploadString", "UploadStringAsync", "UploadStringTaskAsync", "UploadData", "UploadDataAsync", "UploadDataTaskAsync", "UploadValues", "UploadValuesAsync", "UploadValuesTaskAsync", "DownloadString", "DownloadStringTaskAsync", "DownloadData", "DownloadDataTaskAsync"]),
        ("System.Net.Sockets.Socket", SinkKind.Raw, ["Send", "SendAsync", "SendTo", "SendToAsync"]),
        ("System.Net.Sockets.UdpClient", SinkKind.Raw, ["Send", "SendAsync"]),
        ("System.Net.Sockets.NetworkStream", SinkKind.Raw, ["Write", "WriteAsync"]),
        ("System.Net.Mail.SmtpClient", SinkKind.Raw, ["Send", "SendAsync", "SendMailAsync"]),
        ("System.Net.WebSockets.WebSocket", SinkKind.Raw, ["SendAsync"]),
        ("System.Net.WebSockets.ClientWebSocket", SinkKind.Raw, ["SendAsync"]),
        ("Aliyun.OSS.OssClient", SinkKind.CloudSdk, ["PutObject", "AppendObject", "PutObjectAsync"]),
        ("Amazon.S3.AmazonS3Client", SinkKind.CloudSdk, ["PutObject", "PutObjectAsync"]),
        ("Amazon.SQS.AmazonSQSClient", SinkKind.CloudSdk, ["SendMessage", "SendMessageAsync", "SendMessageBatchAsync"]),
        ("COSXML.CosXmlServer", SinkKind.CloudSdk, ["PutObject"]),
        ("OBS.ObsClient", SinkKind.CloudSdk, ["PutObject"]),
        ("BaiduBce.Services.Bos.BosClient", SinkKind.CloudSdk, ["PutObject"]),
        ("Azure.Storage.Blobs.BlobClient", SinkKind.CloudSdk, ["Upload", "UploadAsync"]),
        ("Azure.Storage.Blobs.BlobContainerClient", SinkKind.CloudSdk, ["UploadBlob", "UploadBlobAsync"]),
        ("Azure.Storage.Queues.QueueClient", SinkKind.CloudSdk, ["SendMessage", "SendMessageAsync"]),
        ("Azure.Messaging.ServiceBus.ServiceBusSender", SinkKind.CloudSdk, ["SendMessageAsync", "SendMessagesAsync"]),
    ];

    private readonly Dictionary<INamedTypeSymbol, (SinkKind Kind, HashSet<string> Methods)> types;
    private readonly HashSet<string> methodNames;

    private NetworkSinks(Dictionary<INamedTypeSymbol, (SinkKind, HashSet<string>)> types, HashSet<string> methodNames)
    {
        this.types = types;
        this.methodNames = methodNames;
    }

    /// <summary>The sinks this compilation can call, or null when it references none (then the rules register nothing).</summary>
    public static NetworkSinks? Resolve(Compilation compilation)
    {
        var types = new Dictionary<INamedTypeSymbol, (SinkKind, HashSet<string>)>(SymbolEqualityComparer.Default);
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var (typeName, kind, methods) in Known)
        {
            if (KnownSymbols.For(compilation).Type(typeName) is { } type)
            {
                types[type] = (kind, new HashSet<string>(methods, System.StringComparer.Ordinal));
                names.UnionWith(methods);
            }
        }

        return types.Count == 0 ? null : new NetworkSinks(types, names);
    }

    public bool TryGetSink(IInvocationOperation invocation, out Sink sink)
    {
        sink = default;
        var method = invocation.TargetMethod;
        if (!methodNames.Contains(method.Name))
        {
            return false;
        }

        for (var type = method.ContainingType?.OriginalDefinition; type is not null; type = type.BaseType)
        {
            if (types.TryGetValue(type, out var known) && known.Methods.Contains(method.Name))
            {
                var receiver = invocation.Instance
                    ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                sink = new Sink(known.Kind, (receiver?.Type?.Name ?? type.Name) + "." + method.Name, receiver);
                return true;
            }
        }

        return false;
    }

    /// <summary>The arguments that carry data: every argument except an extension method's receiver.</summary>
    public static IEnumerable<IArgumentOperation> DataArguments(IInvocationOperation invocation)
    {
        var skip = invocation.TargetMethod.IsExtensionMethod && invocation.Instance is null ? 1 : 0;
        for (var i = skip; i < invocation.Arguments.Length; i++)
        {
            yield return invocation.Arguments[i];
        }
    }
}
