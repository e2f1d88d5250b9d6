// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Tests.Shared.Flow;

/// <summary>Where a value written in source comes from: single definitions, initializers, fields, properties, constants.</summary>
public sealed class LiteralFlowTests
{
    [Theory]
    [InlineData("object x = \"k\"; Use(x);", "\"k\"")] // conversions stripped
    [InlineData("var x = \"k\"; var y = x + x; Use(x);", "\"k\"")] // read, never written again
    [InlineData("string? x = \"k\"; x ??= \"other\"; Use(x);", "\"k\"")] // ??= never replaces a constant initializer
    [InlineData("var x = \"k\"; x = \"other\"; Use(x);", null)] // reassigned later
    [InlineData("var x = \"k\"; Use(x); x = \"other\";", null)] // reassigned after the use: still not a single definition
    [InlineData("var x = \"k\"; x += \"!\"; Use(x);", null)]
    [InlineData("var x = \"k\"; Swap(ref x); Use(x);", null)] // a ref pass may write it
    [InlineData("var x = \"k\"; (x, var y) = (\"a\", \"b\"); Use(x);", null)]
    [InlineData("string x; x = \"k\"; Use(x);", null)] // written once, but not by its declaration
    public void SingleDefinition_IsTheInitializer_OnlyWhenNothingElseWritesTheLocal(string body, string? expected)
    {
        var source = FlowSource.Of(body, members: "static void Use(object o) { } static void Swap(ref string s) { }");

        Assert.Equal(expected, LiteralFlow.SingleDefinition(source.Reference("x"))?.Syntax.ToString());
    }

    [Fact]
    public void Initializer_IsTheDeclaredValue_AsWritten_EvenWhenTheLocalIsWrittenAgain()
    {
        // SE4001's question: what did the local start with (whose parameter does it come from)?
        var source = FlowSource.Of("object x = p.Trim(); x = \"other\"; Use(x);", "string p", "static void Use(object o) { }");
        var initializer = LiteralFlow.Initializer(source.Reference("x"));

        Assert.Null(LiteralFlow.SingleDefinition(source.Reference("x")));
        Assert.IsAssignableFrom<IConversionOperation>(initializer);
        Assert.Equal("p.Trim()", initializer!.Syntax.ToString());
    }

    [Fact]
    public void Initializer_IsNull_ForALocalDeclaredWithoutOne()
    {
        var source = FlowSource.Of("string x; x = \"k\"; Use(x);", members: "static void Use(object o) { }");

        Assert.Null(LiteralFlow.Initializer(source.Reference("x")));
    }

    [Theory]
    [InlineData("\"a\"", true)]
    [InlineData("\"a\" + \"b\"", true)]
    [InlineData("\"a\" + p", false)]
    [InlineData("\"a\" + Constant", false)] // constant, but not written right here
    [InlineData("Constant", false)]
    public void IsWrittenString_OnlyForLiteralsAndTheirConcatenations(string expression, bool expected)
    {
        var source = FlowSource.Of("Use(" + expression + ");", "string p", "const string Constant = \"c\"; static void Use(object o) { }");

        Assert.Equal(expected, LiteralFlow.IsWrittenString(source.Expression(expression)));
    }

    [Theory]
    [InlineData("local", "\"in-method\"")]
    [InlineData("ReadOnlyField", "\"readonly\"")]
    [InlineData("privateField", "\"never-assigned\"")]
    [InlineData("assignedField", "assignedField")] // assigned in the constructor: itself
    [InlineData("Arrow", "\"arrow\"")]
    [InlineData("GetOnly", "\"get-only\"")]
    [InlineData("Settable", "Settable")] // a setter may change it: itself
    [InlineData("Key", "{ 1, 2 }")] // the array creation behind an initializer list
    public void Origin_LeadsToWhereTheValueIsWritten(string expression, string expected)
    {
        var source = FlowSource.Of(
            "var local = \"in-method\"; Use(" + expression + ");",
            members: """
                static void Use(object o) { }
                readonly string ReadOnlyField = "readonly";
                private string privateField = "never-assigned";
                private string assignedField = "initial";
                C() { assignedField = "changed"; }
                string Arrow => "arrow";
                string GetOnly { get; } = "get-only";
                string Settable { get; set; } = "settable";
                static readonly byte[] Key = { 1, 2 };
                """);

        Assert.Equal(expected, LiteralFlow.Origin(source.Expression(expression)).Syntax.ToString());
    }

    [Theory]
    [InlineData("\"direct\"", "direct")]
    [InlineData("local", "in-method")]
    [InlineData("p", null)]
    public void ConstantString_FollowsTheOrigin(string expression, string? expected)
    {
        var source = FlowSource.Of("var local = \"in-method\"; Use(" + expression + ");", "string p", "static void Use(object o) { }");

        Assert.Equal(expected, LiteralFlow.ConstantString(source.Expression(expression)));
    }

    [Theory]
    [InlineData("new byte[] { 1, 2, 3 }", 3)]
    [InlineData("new byte[] { 1, b, 3 }", null)]
    [InlineData("new byte[3]", null)]
    public void ConstantElements_OnlyWhenEveryElementIsConstant(string expression, int? expected)
    {
        var source = FlowSource.Of("Use(" + expression + ");", "byte b", "static void Use(object o) { }");

        Assert.Equal(expected, LiteralFlow.ConstantElements(Unwrap.Conversions(source.Expression(expression)))?.Count);
    }
}
