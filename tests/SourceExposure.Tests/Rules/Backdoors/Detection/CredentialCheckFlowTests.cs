// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Backdoors.Detection;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>SE4001's own value following: hard-coded operands, unwrapping and a local's initializer.</summary>
public sealed class CredentialCheckFlowTests
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
        Assert.True(CredentialCheckFlow.TryGetHardCoded(Snippet(expression).Operation(expression), out var found));
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
        => Assert.False(CredentialCheckFlow.TryGetHardCoded(Snippet(expression).Operation(expression), out _));

    [Fact]
    public void Unwrap_LooksThroughConversionsAndArguments_NotThroughCalls()
    {
        var snippet = Snippet("string.Equals((object)password, Read())");
        var call = (IInvocationOperation)snippet.Operation("string.Equals((object)password, Read())");

        Assert.IsAssignableFrom<IParameterReferenceOperation>(CredentialCheckFlow.Unwrap(call.Arguments[0]));
        Assert.IsAssignableFrom<IInvocationOperation>(CredentialCheckFlow.Unwrap(call.Arguments[1]));
    }

    [Fact]
    public void Initializer_IsTheValueALocalIsDeclaredWith()
    {
        var snippet = CompiledSnippet.InLogin("var declared = user.Trim(); string later; later = user; var compared = declared + later;");
        var model = snippet.Operation("declared").SemanticModel;

        var declared = ((ILocalReferenceOperation)snippet.Operation("declared")).Local;
        var later = ((ILocalReferenceOperation)snippet.Operation("later")).Local;
        Assert.Equal("user.Trim()", CredentialCheckFlow.Initializer(declared, model)?.Syntax.ToString());
        Assert.Null(CredentialCheckFlow.Initializer(later, model));
        Assert.Null(CredentialCheckFlow.Initializer(declared, model: null));
    }

    private static CompiledSnippet Snippet(string expression) => CompiledSnippet.InLogin("""
        const string constant = "local-pin-77";
        var expected = Encoding.UTF8.GetBytes("expected-pin-77");
        var reassigned = "first-pin-77";
        reassigned = Read();
        var compared = 
        """ + expression + "; var other = Read();");
}
