// SPDX-License-Identifier: MIT
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Backdoors.Detection;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>The names SE4001 reads from syntax: an assignment target's and an invoked method's.</summary>
public sealed class SyntaxNamesTests
{
    [Theory]
    [InlineData("isAdmin", "isAdmin")]
    [InlineData("this.session.IsAdmin", "IsAdmin")]
    [InlineData("flags[0]", null)]
    [InlineData("(isAdmin)", null)]
    public void LastName_IsTheNameAValueIsAssignedTo(string target, string? name)
        => Assert.Equal(name, SyntaxNames.LastName(SyntaxFactory.ParseExpression(target)));

    [Theory]
    [InlineData("Equals(a, b)", "Equals")]
    [InlineData("Compare<string>(a, b)", "Compare")]
    [InlineData("string.Equals(a, b)", "Equals")]
    [InlineData("a?.Equals(b)", "Equals")]
    [InlineData("handlers[0](a)", null)]
    public void MethodName_IsTheNameOfTheInvokedMethod(string call, string? name)
        => Assert.Equal(name, SyntaxNames.MethodName(SyntaxFactory.ParseExpression(call).DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().First().Expression));
}
