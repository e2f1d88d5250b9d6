// SPDX-License-Identifier: MIT
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Tests.Shared;

/// <summary>Names read from syntax alone: the rightmost simple name of a callee or member access.</summary>
public sealed class SyntaxNamesTests
{
    [Theory]
    [InlineData("Equals(a, b)", "Equals")]
    [InlineData("Compare<string>(a, b)", "Compare")]
    [InlineData("string.Equals(a, b)", "Equals")]
    [InlineData("a?.Equals(b)", "Equals")]
    [InlineData("handlers[0](a)", null)]
    public void Rightmost_IsTheNameOfTheInvokedMethod(string call, string? name)
        => Assert.Equal(name, SyntaxNames.Rightmost(SyntaxFactory.ParseExpression(call).DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().First().Expression));
}
