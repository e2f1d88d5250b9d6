// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Backdoors.Detection;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>SE4001's hard-coded operands, and the shared flow engine's answers to the questions SE4001 asks of it.</summary>
public sealed class HardCodedOperandTests
{
    [Theory]
    [InlineData("\"Winter2024!\"", "Winter2024!")]
    [InlineData("Master", "m4ster-k3y-0001")]
    [InlineData("Fallback", "fallback-pin-77")]
    [InlineData("constant", "local-pin-77")]
    [InlineData("Encoding.UTF8.GetBytes(Master)", "m4ster-k3y-0001")]
    [InlineData("Convert.FromBase64String(\"c2VjcmV0\")", "c2VjcmV0")]
    [InlineData("expected", "expected-pin-77")]
    [InlineData("\"utf8-pin-77\"u8.ToArray()", "utf8-pin-77")]
    public void ConstantsAndTheirBytes_AreHardCoded(string expression, string value)
    {
        Assert.True(HardCodedOperand.TryGet(Snippet(expression).Operation(expression), out var found));
        Assert.Equal(value, found);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("mutable")]
    [InlineData("instance")]
    [InlineData("Encoding.UTF8.GetBytes(password)")]
    [InlineData("Read()")]
    [InlineData("reassigned")]
    public void ParametersMutableFieldsAndCalls_AreNotHardCoded(string expression)
        => Assert.False(HardCodedOperand.TryGet(Snippet(expression).Operation(expression), out _));

    [Fact]
    public void Unwrap_LooksThroughConversionsAndArguments_NotThroughCalls()
    {
        var snippet = Snippet("string.Equals((object)password, Read())");
        var call = (IInvocationOperation)snippet.Operation("string.Equals((object)password, Read())");

        Assert.IsAssignableFrom<IParameterReferenceOperation>(Unwrap.ToValue(call.Arguments[0]));
        Assert.IsAssignableFrom<IInvocationOperation>(Unwrap.ToValue(call.Arguments[1]));
    }

    [Fact]
    public void Initializer_IsTheValueALocalIsDeclaredWith_EvenWhenWrittenAgain()
    {
        var snippet = CompiledSnippet.InLogin("var declared = user.Trim(); string later; later = user; declared = user; var compared = declared + later;");

        var declared = (ILocalReferenceOperation)snippet.Operation("declared");
        var later = (ILocalReferenceOperation)snippet.Operation("later");
        Assert.Equal("user.Trim()", LiteralFlow.Initializer(declared)?.Syntax.ToString());
        Assert.Null(LiteralFlow.SingleDefinition(declared));
        Assert.Null(LiteralFlow.Initializer(later));
    }

    private static CompiledSnippet Snippet(string expression) => CompiledSnippet.InLogin("""
        const string constant = "local-pin-77";
        var expected = Encoding.UTF8.GetBytes("expected-pin-77");
        var reassigned = "first-pin-77";
        reassigned = Read();
        var compared = 
        """ + expression + "; var other = Read();");
}
