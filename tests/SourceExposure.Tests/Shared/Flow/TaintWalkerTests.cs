// SPDX-License-Identifier: MIT
using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Backdoors.Flow;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Tests.Shared.Flow;

/// <summary>
/// The two walkers on the shared index, side by side on the same code: the residency walker (any part of a value,
/// through framework calls, containers, and what is added to a local) and the derivation walker (derived values only,
/// through every call, and buffers filled by reads).
/// </summary>
public sealed class TaintWalkerTests
{
    private const string Members = """
        static string Secret() => "s";
        static string Wrap(string s) => s;
        static void Send(object o) { }
        class Record { public string? Secret; public int Id; }
        """;

    [Theory]
    [InlineData("var s = Secret(); Send(s);", "the secret", "the secret")]
    [InlineData("var s = Secret(); var list = new List<string>(); list.Add(s); Send(list);", "the secret", null)] // Add: a residency write only
    [InlineData("var s = Wrap(Secret()); Send(s);", null, "the secret")] // the application's own method: residency stops there
    [InlineData("var s = string.Concat(Secret(), \"!\"); Send(s);", "the secret", "the secret")] // framework calls: both
    [InlineData("var s = \"a\"; s = s + Secret(); Send(s);", "the secret", "the secret")] // a cycle through the local
    [InlineData("var s = \"a\"; s = s + \"b\"; Send(s);", null, null)]
    [InlineData("var r = new Record { Secret = Secret() }; Send(r);", "the secret", null)] // object initializers: residency only
    [InlineData("var s = Secret(); var n = s.Length > 3; Send(n);", null, "the secret")] // a boolean: no data to residency, derived to the back-door rule
    public void Walkers_FollowTheWritesTheirPolicyNames(string body, string? residency, string? derivation)
    {
        var source = FlowSource.Of(body, members: Members);
        var sent = ((IInvocationOperation)source.Expression("Send(" + SentName(body) + ")")).Arguments[0].Value;

        Assert.Equal(residency, new TaintWalker(WriteIndex.For(sent), SecretSources.Instance).Find(sent)?.Description);
        Assert.Equal(derivation, new DerivationWalker(sent, SecretSources.Instance, CancellationToken.None).SourceOf(sent));
    }

    [Fact]
    public void TaintWalker_ReportsAContainer_WhenOnlyItsTypeHoldsTheData()
    {
        var source = FlowSource.Of("var r = new Record(); Send(r); Send(r.Id);", members: Members);
        var walker = new TaintWalker(WriteIndex.For(source.Body), SecretSources.Instance);

        Assert.Equal(new Taint("a Record", isContainer: true), walker.Find(source.Expression("r")));
        Assert.Null(walker.Find(source.Expression("r.Id"))); // a plain member of a container is not the data
    }

    [Theory]
    [InlineData("var buffer = new byte[8]; socket.Receive(buffer); Send(Encoding.UTF8.GetString(buffer));", "Socket.Receive")]
    [InlineData("var buffer = new byte[8]; network.ReadAsync(buffer.AsMemory()); Send(Encoding.UTF8.GetString(buffer));", "NetworkStream.ReadAsync")]
    [InlineData("var buffer = new byte[8]; new MemoryStream().Read(buffer, 0, 8); Send(Encoding.UTF8.GetString(buffer));", null)]
    [InlineData("Send(new StreamReader(network).ReadToEnd());", "NetworkStream")]
    [InlineData("Send(query);", "[FromQuery] parameter 'query'")]
    [InlineData("Send(plain);", null)]
    public void DerivationWalker_WithSE4002Sources_NamesTheNetworkSource(string body, string? expected)
    {
        var source = FlowSource.Of(
            body,
            "Socket socket, System.Net.Sockets.NetworkStream network, [FromQuery] string query, string plain",
            Members + "class FromQueryAttribute : Attribute { }");
        var sources = new NetworkTaintSources(NetworkSources.Resolve(source.Compilation));
        var sent = ((IInvocationOperation)source.Expression(body.Substring(body.LastIndexOf("Send(", StringComparison.Ordinal)).TrimEnd(';'))).Arguments[0].Value;

        Assert.Equal(expected, new DerivationWalker(sent, sources, CancellationToken.None).SourceOf(sent));
    }

    private static string SentName(string body)
    {
        var start = body.LastIndexOf("Send(", StringComparison.Ordinal) + "Send(".Length;
        return body.Substring(start, body.IndexOf(')', start) - start);
    }

    /// <summary>Secret() produces the data; a Record holds it.</summary>
    private sealed class SecretSources : TaintSources
    {
        public static readonly SecretSources Instance = new();

        public override string? ValueSource(IOperation operation)
            => operation is IInvocationOperation { TargetMethod.Name: "Secret" } ? "the secret" : null;

        public override string? Container(ITypeSymbol? type) => type?.Name == "Record" ? "a Record" : null;
    }
}
