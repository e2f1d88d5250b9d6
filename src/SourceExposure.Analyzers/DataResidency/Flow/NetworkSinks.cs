// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared.Api;

namespace SourceExposure.Analyzers.DataResidency.Flow;

/// <summary>The kind of channel a sink sends over, which says how its destination is known.</summary>
internal enum SendChannel
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
    public Sink(SendChannel channel, string name, IOperation? receiver)
    {
        Channel = channel;
        Name = name;
        Receiver = receiver;
    }

    public SendChannel Channel { get; }

    /// <summary>For messages: <c>HttpClient.PostAsync</c>.</summary>
    public string Name { get; }

    /// <summary>The client the call is made on (the first argument of an extension method).</summary>
    public IOperation? Receiver { get; }
}

/// <summary>The network-sending APIs SE3003 and SE3004 know, as an API table resolved once per compilation.</summary>
internal sealed class NetworkSinks
{
    private static readonly ApiTable<SendChannel> Table = new(
    [
        Sends("System.Net.Http.HttpClient", SendChannel.Http, "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "SendAsync", "Send"),
        Sends("System.Net.Http.Json.HttpClientJsonExtensions", SendChannel.Http, "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "GetFromJsonAsync", "DeleteFromJsonAsync"),
        Sends("System.Net.WebClient", SendChannel.Http, "UploadString", "UploadStringAsync", "UploadStringTaskAsync", "UploadData", "UploadDataAsync", "UploadDataTaskAsync", "UploadValues", "UploadValuesAsync", "UploadValuesTaskAsync", "DownloadString", "DownloadStringTaskAsync", "DownloadData", "DownloadDataTaskAsync"),
        Sends("System.Net.Sockets.Socket", SendChannel.Raw, "Send", "SendAsync", "SendTo", "SendToAsync"),
        Sends("System.Net.Sockets.UdpClient", SendChannel.Raw, "Send", "SendAsync"),
        Sends("System.Net.Sockets.NetworkStream", SendChannel.Raw, "Write", "WriteAsync"),
        Sends("System.Net.Mail.SmtpClient", SendChannel.Raw, "Send", "SendAsync", "SendMailAsync"),
        Sends("System.Net.WebSockets.WebSocket", SendChannel.Raw, "SendAsync"),
        Sends("System.Net.WebSockets.ClientWebSocket", SendChannel.Raw, "SendAsync"),
        Sends("Aliyun.OSS.OssClient", SendChannel.CloudSdk, "PutObject", "AppendObject", "PutObjectAsync"),
        Sends("Amazon.S3.AmazonS3Client", SendChannel.CloudSdk, "PutObject", "PutObjectAsync"),
        Sends("Amazon.SQS.AmazonSQSClient", SendChannel.CloudSdk, "SendMessage", "SendMessageAsync", "SendMessageBatchAsync"),
        Sends("COSXML.CosXmlServer", SendChannel.CloudSdk, "PutObject"),
        Sends("OBS.ObsClient", SendChannel.CloudSdk, "PutObject"),
        Sends("BaiduBce.Services.Bos.BosClient", SendChannel.CloudSdk, "PutObject"),
        Sends("Azure.Storage.Blobs.BlobClient", SendChannel.CloudSdk, "Upload", "UploadAsync"),
        Sends("Azure.Storage.Blobs.BlobContainerClient", SendChannel.CloudSdk, "UploadBlob", "UploadBlobAsync"),
        Sends("Azure.Storage.Queues.QueueClient", SendChannel.CloudSdk, "SendMessage", "SendMessageAsync"),
        Sends("Azure.Messaging.ServiceBus.ServiceBusSender", SendChannel.CloudSdk, "SendMessageAsync", "SendMessagesAsync"),
    ]);

    private readonly ApiLookup<SendChannel> sinks;

    private NetworkSinks(ApiLookup<SendChannel> sinks) => this.sinks = sinks;

    /// <summary>The sinks this compilation can call, or null when it references none (then the rules register nothing).</summary>
    public static NetworkSinks? Resolve(Compilation compilation)
        => Table.For(compilation) is { IsEmpty: false } sinks ? new NetworkSinks(sinks) : null;

    public bool TryGetSink(IInvocationOperation invocation, out Sink sink)
    {
        sink = default;
        var method = invocation.TargetMethod;
        if (sinks.Match(method) is not { } hit)
        {
            return false;
        }

        var receiver = invocation.Instance
            ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        sink = new Sink(hit.Role, (receiver?.Type?.Name ?? hit.Type.Name) + "." + method.Name, receiver);
        return true;
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

    /// <summary>A sending method of the type or of a type derived from it (ClientWebSocket.SendAsync for WebSocket).</summary>
    private static ApiEntry<SendChannel> Sends(string typeName, SendChannel channel, params string[] methods)
        => new(typeName, methods, channel, ApiScope.DerivedTypes);
}
