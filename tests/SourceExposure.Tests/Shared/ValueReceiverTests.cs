// SPDX-License-Identifier: MIT
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Shared;
using SourceExposure.Tests.Verifiers;

namespace SourceExposure.Tests.Shared;

/// <summary>Which name receives a value: each receiving shape, and the near misses that receive nothing by name.</summary>
public sealed class ValueReceiverTests
{
    private const string Declarations = """
        class Client { public Client(string secret) { } public string ApiKey { get; set; } }
        class AuthAttribute : System.Attribute { public AuthAttribute(string value = null) { } public string Token { get; set; } }
        """;

    [Theory]
    [InlineData("string apiKey = \"VALUE\";", "apiKey")]
    [InlineData("void M() { var token = \"VALUE\"; }", "token")]
    [InlineData("string Secret { get; } = \"VALUE\";", "Secret")]
    [InlineData("string Secret => \"VALUE\";", "Secret")]
    [InlineData("void M(string password = \"VALUE\") { }", "password")]
    [InlineData("string apiKey; void M() { apiKey = \"VALUE\"; }", "apiKey")]
    [InlineData("string apiKey; void M() { this.apiKey = \"VALUE\"; }", "apiKey")]
    [InlineData("void M(Client client) { client.ApiKey = \"VALUE\"; }", "ApiKey")]
    [InlineData("object M() => new Client { ApiKey = \"VALUE\" };", "ApiKey")]
    [InlineData("string token = \"ab\" + (\"VALUE\" + \"cd\");", "token")]
    [InlineData("void M(string apiKey) { } void N() { M(apiKey: \"VALUE\"); }", "apiKey")]
    [InlineData("object M() => new Client(\"VALUE\");", "secret")]
    [InlineData("[Auth(Token = \"VALUE\")] class Marked { }", "Token")]
    [InlineData("[Auth(value: \"VALUE\")] class Marked { }", "value")]
    public void Receiver_IsNamed(string members, string expected)
        => Assert.Equal(expected, NameOf(members, withModel: true));

    [Theory]
    [InlineData("string Secret() => \"VALUE\";")]
    [InlineData("string Secret() { return \"VALUE\"; }")]
    [InlineData("object M() => new { Token = \"VALUE\" };")]
    [InlineData("System.Collections.Generic.Dictionary<string, string> map; void M() { map[\"apiKey\"] = \"VALUE\"; }")]
    [InlineData("string token = (string)\"VALUE\";")]
    [InlineData("string[] tokens = { \"VALUE\" };")]
    [InlineData("int M() => \"VALUE\".Length;")]
    [InlineData("[Auth(\"VALUE\")] class Marked { }")]
    [InlineData("void M() { System.Console.WriteLine($\"{\"VALUE\"}\"); }")]
    public void NoReceiverByName_IsNull(string members)
        => Assert.Null(NameOf(members, withModel: true));

    [Fact]
    public void PositionalArgument_NeedsTheModel_NamedArgumentDoesNot()
    {
        Assert.Null(NameOf("object M() => new Client(\"VALUE\");", withModel: false));
        Assert.Equal("secret", NameOf("object M() => new Client(secret: \"VALUE\");", withModel: false));
    }

    [Fact]
    public void NameAt_DoesNotClimbOutOfAConcatenation_NameOfDoes()
    {
        var (literal, model) = Find("string token = \"ab\" + \"VALUE\";");
        Assert.Null(ValueReceiver.NameAt(literal, model, CancellationToken.None));
        Assert.Equal("token", ValueReceiver.NameAt(literal.Parent!, model, CancellationToken.None));
        Assert.Equal("token", ValueReceiver.NameOf(literal, model, CancellationToken.None));
    }

    [Theory]
    [InlineData("apiKey", "apiKey")]
    [InlineData("this.options.ApiKey", "ApiKey")]
    [InlineData("map[\"apiKey\"]", null)]
    [InlineData("(a, b)", null)]
    public void TargetName_IsTheAssignedIdentifierOrMember(string target, string? expected)
        => Assert.Equal(expected, ValueReceiver.TargetName(SyntaxFactory.ParseExpression(target)));

    [Theory]
    [InlineData("void M(Client client) { client.ApiKey = \"https://\" + \"VALUE\"; }", "ApiKey", null)]
    [InlineData("void M(string a) { var host = a ?? \"VALUE\"; }", "host", null)]
    [InlineData("void M(bool b) { var host = b ? \"other\" : \"VALUE\"; }", "host", null)]
    [InlineData("void M() { new System.Uri(\"VALUE\"); }", "uriString", null)]
    [InlineData("void Send(object target) { } void M() { Send(\"VALUE\"); }", "target", "Object")]
    public void SlotOf_NamesTheBoundReceiver_AndTheTypeItIsConvertedTo(string members, string expected, string? convertedTo)
    {
        var (literal, model) = Find(members);
        var operation = model.GetOperation(literal)!;

        Assert.Equal(expected, ValueReceiver.SlotOf(operation, out var type));
        Assert.Equal(convertedTo, type?.Name);
    }

    [Theory]
    [InlineData("string Secret() => \"VALUE\";")]
    [InlineData("void M() { System.Console.WriteLine(\"VALUE\".Length); }")]
    [InlineData("void M() { var parts = new[] { \"VALUE\" }; }")]
    public void SlotOf_IsNull_WhereNothingReceivesTheValueByName(string members)
    {
        var (literal, model) = Find(members);
        Assert.Null(ValueReceiver.SlotOf(model.GetOperation(literal)!, out _));
    }

    private static string? NameOf(string members, bool withModel)
    {
        var (literal, model) = Find(members);
        return ValueReceiver.NameOf(literal, withModel ? model : null, CancellationToken.None);
    }

    private static (LiteralExpressionSyntax Literal, SemanticModel Model) Find(string members)
    {
        var tree = CSharpSyntaxTree.ParseText(Declarations + "class Subject {\n" + members + "\n}\n");
        var compilation = TestProjectDefaults.Compile([tree]);
        var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().First(l => l.Token.ValueText == "VALUE");
        return (literal, compilation.GetSemanticModel(tree));
    }
}
