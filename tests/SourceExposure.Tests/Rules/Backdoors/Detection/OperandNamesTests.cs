// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Backdoors.Detection;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>The name a compared value is read from, through calls that keep the value and through locals.</summary>
public sealed class OperandNamesTests
{
    [Theory]
    [InlineData("password", "password", "Secret")]
    [InlineData("user", "user", "Identity")]
    [InlineData("request.Password", "Password", "Secret")]
    [InlineData("""headers["X-Api-Key"]""", "X-Api-Key", "Secret")]
    [InlineData("""form.Get("password")""", "password", "Secret")]
    [InlineData("password.Trim().ToUpperInvariant()", "password", "Secret")]
    [InlineData("Encoding.UTF8.GetBytes(password)", "password", "Secret")]
    [InlineData("maybe?.Password", "Password", "Secret")]
    [InlineData("Fallback", "Fallback", "None")]
    public void ReadValues_AreNamedForWhereTheyComeFrom(string expression, string name, string kind)
    {
        Assert.True(OperandNames.TryName(Snippet(expression).Operation(expression), throughHashes: false, out var found, out var foundKind));
        Assert.Equal((name, kind), (found, foundKind.ToString()));
    }

    [Theory]
    [InlineData("Read()")]
    [InlineData("string.Concat(password, user)")]
    [InlineData("form.Get(user)")]
    public void ComputedValues_HaveNoName(string expression)
        => Assert.False(OperandNames.TryName(Snippet(expression).Operation(expression), throughHashes: false, out _, out _));

    [Fact]
    public void Local_CarriesTheNameOfItsInitializer_UnlessItIsNamedItself()
    {
        var snippet = CompiledSnippet.InLogin("""
            var p = request.Password.Trim();
            var pin = user;
            var length = password.Length.ToString();
            var compared = p == pin && length == "";
            """);

        Assert.True(OperandNames.TryName(snippet.Operation("p"), throughHashes: false, out var name, out var kind));
        Assert.Equal(("Password", CredentialKind.Secret), (name, kind));
        Assert.True(OperandNames.TryName(snippet.Operation("pin"), throughHashes: false, out name, out kind));
        Assert.Equal(("pin", CredentialKind.Secret), (name, kind));
        Assert.True(OperandNames.TryName(snippet.Operation("length"), throughHashes: false, out name, out kind));
        Assert.Equal(("length", CredentialKind.Excluded), (name, kind));
    }

    [Fact]
    public void LocalNamedForAHash_IsFollowedOnlyThroughHashes()
    {
        var snippet = CompiledSnippet.InLogin("""
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
            var compared = hash == "";
            """);

        Assert.True(OperandNames.TryName(snippet.Operation("hash"), throughHashes: true, out var name, out var kind));
        Assert.Equal(("password", CredentialKind.Secret), (name, kind));
        Assert.True(OperandNames.TryName(snippet.Operation("hash"), throughHashes: false, out name, out kind));
        Assert.Equal(("hash", CredentialKind.Excluded), (name, kind));
    }

    private static CompiledSnippet Snippet(string expression) => CompiledSnippet.InLogin("var compared = " + expression + ";");
}
