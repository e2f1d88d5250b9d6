// SPDX-License-Identifier: MIT
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Backdoors.Detection;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>Where a comparison decides who gets in.</summary>
public sealed class AccessGrantsTests
{
    [Theory]
    [InlineData("bool Login(string u) { return u == \"x\"; }")]
    [InlineData("bool VerifyPin(string u) => u == \"x\";")]
    [InlineData("void Render(string u) { bool CheckPassword() => u == \"x\"; }")]
    public void ComparisonInAnAuthenticationMethod_IsInOne(string member)
        => Assert.True(AccessGrants.IsInAuthenticationMethod(Comparison(member)));

    [Theory]
    [InlineData("bool Render(string u) { return u == \"x\"; }")]
    [InlineData("System.Func<string, bool> Login = u => u == \"x\";")]
    public void ComparisonElsewhere_IsNotInOne(string member)
        => Assert.False(AccessGrants.IsInAuthenticationMethod(Comparison(member)));

    [Theory]
    [InlineData("void M(string u) { if (u == \"x\") return true; }")]
    [InlineData("void M(string u, bool ok) { if (ok && (u == \"x\")) { log(); return true; } }")]
    [InlineData("void M(string u) { if (u == \"x\") { isAdmin = true; } }")]
    [InlineData("void M(string u) { if (u == \"x\") this.accessGranted = true; }")]
    [InlineData("bool Login(string u) { return u == \"x\"; }")]
    [InlineData("bool Login(string u) => u == \"x\";")]
    [InlineData("void M(string u) { authenticated = u == \"x\"; }")]
    [InlineData("void M(string u) { var trusted = u == \"x\"; }")]
    public void MatchThatLetsSomeoneIn_GrantsAccess(string member)
        => Assert.True(AccessGrants.GrantsAccess(Comparison(member)));

    [Theory]
    [InlineData("void M(string u) { if (u == \"x\") return false; }")]
    [InlineData("void M(string u, bool ok) { if (ok || u == \"x\") return true; }")]
    [InlineData("void M(string u) { if (u == \"x\") { count = 1; } }")]
    [InlineData("void M(string u) { if (u == \"x\") isAdmin = false; }")]
    [InlineData("bool Render(string u) { return u == \"x\"; }")]
    [InlineData("void M(string u) { matches = u == \"x\"; }")]
    [InlineData("void M(string u) { var same = u == \"x\"; }")]
    [InlineData("void M(string u) { if (!(u == \"x\")) return true; }")]
    public void OtherMatches_DoNotGrantAccess(string member)
        => Assert.False(AccessGrants.GrantsAccess(Comparison(member)));

    private static SyntaxNode Comparison(string member)
        => CSharpSyntaxTree.ParseText("class C { " + member + " }").GetRoot()
            .DescendantNodes().OfType<BinaryExpressionSyntax>().First(b => b.IsKind(SyntaxKind.EqualsExpression));
}
