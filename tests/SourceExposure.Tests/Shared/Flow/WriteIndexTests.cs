// SPDX-License-Identifier: MIT
using System.Linq;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Tests.Shared.Flow;

/// <summary>The per-body write index: each kind of write, in source order, and one index per body.</summary>
public sealed class WriteIndexTests
{
    [Theory]
    [InlineData("var x = \"a\";", nameof(WriteKind.Declaration), "\"a\"")]
    [InlineData("string x; x = \"a\";", nameof(WriteKind.Assignment), "\"a\"")]
    [InlineData("string x; x = string.Empty; x += \"b\";", nameof(WriteKind.CompoundAssignment), "\"b\"")]
    [InlineData("string? x = null; x ??= \"b\";", nameof(WriteKind.CoalesceAssignment), "\"b\"")]
    [InlineData("var (x, y) = (\"a\", 1);", nameof(WriteKind.Deconstruction), "(\"a\", 1)")]
    [InlineData("int x; int.TryParse(\"1\", out x);", nameof(WriteKind.RefArgument), null)]
    [InlineData("int x = 0; Inc(ref x);", nameof(WriteKind.RefArgument), null)]
    [InlineData("foreach (var x in new[] { \"a\" }) { }", nameof(WriteKind.ForEach), "new[] { \"a\" }")]
    [InlineData("var x = new UriBuilder(); x.Host = \"h\";", nameof(WriteKind.MemberAssignment), "\"h\"")]
    [InlineData("var x = new string[1]; x[0] = \"v\";", nameof(WriteKind.ElementAssignment), "\"v\"")]
    [InlineData("var x = new List<string>(); x.Add(\"v\");", nameof(WriteKind.Mutator), "\"v\"")]
    [InlineData("var x = new StringBuilder(); x.Append(\"v\");", nameof(WriteKind.Mutator), "\"v\"")]
    [InlineData("var x = new byte[4]; stream.Read(x, 0, 4);", nameof(WriteKind.Filled), "stream")]
    [InlineData("var x = new byte[4]; stream.ReadAsync(x.AsMemory());", nameof(WriteKind.Filled), "stream")]
    [InlineData("var x = new byte[4]; socket.ReceiveAsync(new ArraySegment<byte>(x));", nameof(WriteKind.Filled), "socket")]
    public void EachKindOfWrite_IsIndexed_WithTheValueWritten(string body, string kind, string? value)
    {
        var source = FlowSource.Of(body, "Stream stream, Socket socket", "static void Inc(ref int i) => i++;");
        var local = source.Local("x");
        var write = WriteIndex.For(source.Body).WritesTo(local).Last();

        Assert.Equal(kind, write.Kind.ToString());
        Assert.Equal(value, write.Value?.Syntax.ToString());
    }

    [Theory]
    [InlineData("var x = new List<string>(); var found = x.Contains(\"v\");")] // a query, not a mutator
    [InlineData("var x = new UriBuilder(); var host = x.Host;")] // a member read
    [InlineData("var x = new byte[4]; var copy = (byte[])x.Clone();")] // a call on the buffer, not a read into it
    [InlineData("var x = new byte[4]; Console.WriteLine(x);")] // WriteLine on Console, not on the local
    [InlineData("var x = new byte[4]; var n = new MemoryStream(x).Length;")] // handed to a constructor, not a read
    public void Reads_AreNotWrites(string body)
    {
        var source = FlowSource.Of(body);

        Assert.Equal([WriteKind.Declaration], WriteIndex.For(source.Body).WritesTo(source.Local("x")).Select(w => w.Kind));
    }

    [Fact]
    public void Writes_ComeInSourceOrder_IncludingThoseInsideLambdas()
    {
        var source = FlowSource.Of("var x = \"a\"; x = \"b\"; Action set = () => x = \"c\"; x += \"d\";");
        var writes = WriteIndex.For(source.Expression("x")).WritesTo(source.Local("x"));

        Assert.Equal(
            ["\"a\"", "\"b\"", "\"c\"", "\"d\""],
            writes.Select(w => w.Value!.Syntax.ToString()));
        Assert.Equal(
            [WriteKind.Declaration, WriteKind.Assignment, WriteKind.Assignment, WriteKind.CompoundAssignment],
            writes.Select(w => w.Kind));
    }

    [Fact]
    public void DeconstructionIntoAnElement_CountsEveryLocalTheTargetMentions()
    {
        // Conservative: the index i is only read, but the deconstruction mentions it.
        var source = FlowSource.Of("var a = new string[2]; int i = 0; string y; (a[i], y) = (\"p\", \"q\");");
        var index = WriteIndex.For(source.Expression("y"));

        Assert.Contains(index.WritesTo(source.Local("i")), w => w.Kind == WriteKind.Deconstruction);
        Assert.Contains(index.WritesTo(source.Local("y")), w => w.Kind == WriteKind.Deconstruction);
    }

    [Fact]
    public void OneBody_SharesOneIndex_AnotherBodyGetsItsOwn()
    {
        var source = FlowSource.Of("var x = 1; var y = x;", members: "int N() { var z = 2; return z; }");

        Assert.Same(WriteIndex.For(source.Expression("x")), WriteIndex.For(source.Body));
        Assert.NotSame(WriteIndex.For(source.Expression("x")), WriteIndex.For(source.Expression("z")));
    }

    [Fact]
    public void ValuesOf_KeepsOnlyTheKindsAsked_InSourceOrder()
    {
        var source = FlowSource.Of("var x = new List<string> { \"a\" }; x.Add(\"b\"); x = new List<string>(); x.Add(\"c\");");
        var index = WriteIndex.For(source.Expression("x"));
        var local = source.Local("x");

        Assert.Equal(
            ["new List<string> { \"a\" }", "\"b\"", "new List<string>()", "\"c\""],
            index.ValuesOf(local, WritePolicy.Residency).Select(v => v.Syntax.ToString()));
        Assert.Equal(
            ["new List<string> { \"a\" }", "new List<string>()"],
            index.ValuesOf(local, WritePolicy.Network).Select(v => v.Syntax.ToString()));
        Assert.Empty(index.ValuesOf(local, WriteKind.ForEach));
    }

    [Fact]
    public void UnwrittenLocal_HasNoWrites()
    {
        var source = FlowSource.Of("string x; string y = \"a\";");

        Assert.Empty(WriteIndex.For(source.Expression("\"a\"")).WritesTo(source.Local("x")));
    }
}
