// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Backdoors.Detection;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>The two operands of an equality comparison, however it is spelled, and whether it ignores case.</summary>
public sealed class ComparisonOperandsTests
{
    [Theory]
    [InlineData("password == user", "password", "user")]
    [InlineData("password != user", "password", "user")]
    [InlineData("""password is "a-pin" """, "password", "\"a-pin\"")]
    [InlineData("""password is "a-pin" or "b-pin" """, "password", "\"a-pin\"")]
    [InlineData("password.Equals(user)", "password", "user")]
    [InlineData("password.Equals(user, StringComparison.Ordinal)", "password", "user")]
    [InlineData("StringComparer.Ordinal.Equals(password, user)", "password", "user")]
    [InlineData("string.Equals(password, user, StringComparison.Ordinal)", "password", "user")]
    [InlineData("CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(user))", "Encoding.UTF8.GetBytes(password)", "Encoding.UTF8.GetBytes(user)")]
    [InlineData("password.SequenceEqual(user)", "password", "user")]
    public void EqualityComparisons_HaveTwoOperands(string expression, string left, string right)
    {
        expression = expression.Trim();
        var operation = Snippet(expression).Operation(expression);

        Assert.True(ComparisonOperands.TryGet(operation, out var first, out var second));
        Assert.Equal(left, first.Syntax.ToString());
        Assert.Equal(right, second.Syntax.ToString());
    }

    [Theory]
    [InlineData("password.Length < user.Length")]
    [InlineData("password.ToString()")]
    [InlineData("password is { Length: 6 }")]
    [InlineData("password is not null")]
    public void OtherOperations_HaveNoOperands(string expression)
        => Assert.False(ComparisonOperands.TryGet(Snippet(expression).Operation(expression), out _, out _));

    [Theory]
    [InlineData("string.Equals(password, user, StringComparison.OrdinalIgnoreCase)", true)]
    [InlineData("password.Equals(user, StringComparison.InvariantCultureIgnoreCase)", true)]
    [InlineData("StringComparer.OrdinalIgnoreCase.Equals(password, user)", true)]
    [InlineData("string.Equals(password, user, StringComparison.Ordinal)", false)]
    [InlineData("StringComparer.Ordinal.Equals(password, user)", false)]
    [InlineData("password == user", false)]
    public void CaseInsensitiveComparisons_IgnoreCase(string expression, bool ignoresCase)
        => Assert.Equal(ignoresCase, ComparisonOperands.IgnoresCase(Snippet(expression).Operation(expression)));

    private static CompiledSnippet Snippet(string expression) => CompiledSnippet.InLogin("var compared = " + expression + ";");
}
