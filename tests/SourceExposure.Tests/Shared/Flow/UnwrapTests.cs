// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Tests.Shared.Flow;

/// <summary>Unwrap: conversions always; arguments only when asked.</summary>
public sealed class UnwrapTests
{
    [Fact]
    public void Conversions_StripsImplicitAndExplicitConversions_ButNotArguments()
    {
        var source = FlowSource.Of("Use((object)(IComparable)\"k\");", members: "static void Use(object o) { }");
        var argument = ((IInvocationOperation)source.Expression("Use((object)(IComparable)\"k\")")).Arguments[0];

        Assert.IsAssignableFrom<ILiteralOperation>(Unwrap.Conversions(argument.Value));
        Assert.Same(argument, Unwrap.Conversions(argument));
    }

    [Fact]
    public void ToValue_StripsArgumentsAndConversions()
    {
        var source = FlowSource.Of("Use(\"k\");", members: "static void Use(object o) { }");
        var argument = ((IInvocationOperation)source.Expression("Use(\"k\")")).Arguments[0];

        Assert.IsAssignableFrom<IConversionOperation>(argument.Value);
        Assert.IsAssignableFrom<ILiteralOperation>(Unwrap.ToValue(argument));
    }

    [Fact]
    public void BothLeaveOtherOperationsAlone()
    {
        var source = FlowSource.Of("var n = p.Length;", "string p");
        var length = source.Expression("p.Length");

        Assert.Same(length, Unwrap.Conversions(length));
        Assert.Same(length, Unwrap.ToValue(length));
    }
}
