// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Backdoors.Detection;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>A comparison read from its operation: two operands, one hard-coded, the other named and classified.</summary>
public sealed class CredentialComparisonTests
{
    [Theory]
    [InlineData("""password == "Winter2024!" """, "password", "Winter2024!", "Secret", true)]
    [InlineData("""  "Winter2024!" != password""", "password", "Winter2024!", "Secret", true)]
    [InlineData("""user is "field-engineer" """, "user", "field-engineer", "Identity", true)]
    [InlineData("""request.Code is "000000" or "123456" """, "Code", "000000", "None", true)]
    [InlineData("""string.Equals(Master, request.Password)""", "Password", "m4ster-k3y-0001", "Secret", true)]
    [InlineData("""reply == "pong-2024" """, "reply", "pong-2024", "None", false)]
    public void ValueComparedWithHardCodedOne_IsRead(string expression, string name, string literal, string kind, bool supplied)
    {
        var comparison = Read(expression.Trim());

        Assert.Equal(name, comparison.Name);
        Assert.Equal(literal, comparison.Literal);
        Assert.Equal(kind, comparison.Kind.ToString());
        Assert.Equal(supplied, comparison.Supplied);
    }

    [Fact]
    public void HashComparedWithDigest_IsNamedForWhatWasHashed_AndWithOtherTextForTheHash()
    {
        const string Hash = "var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));";
        var digest = CompiledSnippet.InLogin(Hash + """ if (hash == "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8") return true;""");
        var other = CompiledSnippet.InLogin(Hash + """ if (hash == "not-a-digest-77") return true;""");

        Assert.True(CredentialComparison.TryRead(digest.Operation("""hash == "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8" """.Trim()), out var hashed));
        Assert.Equal(("password", CredentialKind.Secret), (hashed.Name, hashed.Kind));
        Assert.True(CredentialComparison.TryRead(other.Operation("""hash == "not-a-digest-77" """.Trim()), out var named));
        Assert.Equal("hash", named.Name);
        Assert.NotEqual(CredentialKind.Secret, named.Kind);
    }

    [Theory]
    [InlineData("""Master == "m4ster-k3y-0001" """)] // two constants
    [InlineData("""password == user""")] // nothing hard-coded
    [InlineData("""password.Length > 3""")] // not an equality
    [InlineData("""password == "none" """)] // a benign value
    [InlineData("""password == "1.2.3" """)] // a version
    [InlineData("""password == "<your-token-here>" """)] // a template
    [InlineData("""string.Equals(password, "random", StringComparison.OrdinalIgnoreCase)""")] // a keyword, ignoring case
    [InlineData("""Read() == "Winter2024!" """)] // a call with no name to read
    public void OtherComparisons_AreNotRead(string expression)
        => Assert.False(CredentialComparison.TryRead(Snippet(expression.Trim()).Operation(expression.Trim()), out _));

    [Fact]
    public void KeywordComparedCaseSensitively_IsRead()
        => Assert.Equal("random", Read("""string.Equals(password, "random", StringComparison.Ordinal)""").Literal);

    private static CompiledSnippet Snippet(string expression) => CompiledSnippet.InLogin("var compared = " + expression + ";");

    private static CredentialComparison Read(string expression)
    {
        Assert.True(CredentialComparison.TryRead(Snippet(expression).Operation(expression), out var comparison));
        return comparison;
    }
}
