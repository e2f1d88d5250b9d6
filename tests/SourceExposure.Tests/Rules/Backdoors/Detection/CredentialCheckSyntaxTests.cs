// SPDX-License-Identifier: MIT
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Backdoors.Detection;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>SE4001's text prefilter: which comparisons are worth the semantic model, from syntax alone.</summary>
public sealed class CredentialCheckSyntaxTests
{
    [Theory]
    [InlineData("""password == "x-77" """)]
    [InlineData("""  "x-77" != request.ApiKey""")]
    [InlineData("""headers["X-Api-Key"] == "x-77" """)]
    [InlineData("""password?.Trim() == "x-77" """)]
    [InlineData("""hash == "5f4dcc3b5aa765d61d8327deb882cf99" """)]
    [InlineData("""account.UserName == expected""")]
    [InlineData("""pin is "0000" or "1234" """)]
    [InlineData("""string.Equals(password, expected)""")]
    [InlineData("""SlowEquals(a, "x-77")""")]
    [InlineData("""CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), bytes)""")]
    public void ComparisonsOfCredentialsOrWithLiterals_MayBeCredentialChecks(string expression)
        => Assert.True(CredentialCheckSyntax.MayBeCredentialCheck(Expression(expression.Trim(), method: "Render")));

    [Theory]
    [InlineData("""status == "active" """)]
    [InlineData("""role == "admin" """)]
    [InlineData("""name == "x-77" """)]
    [InlineData("""count == limit""")]
    [InlineData("""pin is { Length: 4 }""")]
    [InlineData("""password.Contains("x-77")""")]
    [InlineData("""string.Equals(status, role)""")]
    [InlineData("""Equals()""")]
    public void OtherExpressions_AreNotCredentialChecks(string expression)
        => Assert.False(CredentialCheckSyntax.MayBeCredentialCheck(Expression(expression.Trim(), method: "Render")));

    [Fact]
    public void PlainIdentifier_IsWorthTheModel_InALoginMethodOrWhenInitialisedFromACredential()
    {
        Assert.True(CredentialCheckSyntax.MayBeCredentialCheck(Expression("""name == "x-77" """.Trim(), method: "SignIn")));

        var root = CSharpSyntaxTree.ParseText("""
            class C
            {
                bool Render(Login login, string other)
                {
                    var p = login.Password.Trim();
                    var q = other.Trim();
                    return p == "x-77" || q == "x-77";
                }
            }
            """).GetRoot();
        var comparisons = root.DescendantNodes().OfType<BinaryExpressionSyntax>().Where(b => b.IsKind(SyntaxKind.EqualsExpression)).ToList();
        Assert.True(CredentialCheckSyntax.MayBeCredentialCheck(comparisons[0]));
        Assert.False(CredentialCheckSyntax.MayBeCredentialCheck(comparisons[1]));
    }

    private static SyntaxNode Expression(string expression, string method)
    {
        var root = CSharpSyntaxTree.ParseText("class C { object " + method + "() => " + expression + "; }").GetRoot();
        return root.DescendantNodes().OfType<ExpressionSyntax>().First(e => e.ToString() == expression);
    }
}
