// SPDX-License-Identifier: MIT
using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Tests.Verifiers;

namespace SourceExposure.Tests.Shared.Flow;

/// <summary>
/// A method body compiled against net8.0, for the flow-engine tests: <c>void M(…) { body }</c> in a class that may
/// declare more members, with the operations of its locals and expressions looked up by name and text.
/// </summary>
internal sealed class FlowSource
{
    private const string Usings = "using System; using System.Collections.Generic; using System.IO; using System.Net.Sockets; using System.Text;\n";

    private readonly SemanticModel model;
    private readonly SyntaxNode root;

    private FlowSource(SemanticModel model, SyntaxNode root)
    {
        this.model = model;
        this.root = root;
    }

    /// <summary><paramref name="body"/> as the body of <c>M(<paramref name="parameters"/>)</c>, beside <paramref name="members"/>.</summary>
    public static FlowSource Of(string body, string parameters = "", string members = "")
    {
        var tree = CSharpSyntaxTree.ParseText(
            Usings + "#nullable enable\nclass C\n{\n" + members + "\nvoid M(" + parameters + ")\n{\n" + body + "\n}\n}\n",
            new CSharpParseOptions(TestProjectDefaults.DefaultLanguageVersion));
        var compilation = TestProjectDefaults.Compile([tree], mustCompile: true);
        return new FlowSource(compilation.GetSemanticModel(tree), tree.GetRoot());
    }

    public Compilation Compilation => model.Compilation;

    /// <summary>M's body, the root of its operation tree.</summary>
    public IOperation Body => model.GetOperation(Method())!;

    /// <summary>The last reference to the local named <paramref name="name"/> in M (where a sink would read it).</summary>
    public ILocalReferenceOperation Reference(string name)
        => (ILocalReferenceOperation)model.GetOperation(Method().DescendantNodes().OfType<IdentifierNameSyntax>().Last(i => i.Identifier.ValueText == name))!;

    /// <summary>The local named <paramref name="name"/> declared in M.</summary>
    public ILocalSymbol Local(string name)
        => Method().DescendantNodes().Select(n => model.GetDeclaredSymbol(n)).OfType<ILocalSymbol>().First(l => l.Name == name);

    /// <summary>The operation of the last expression in the file whose text is <paramref name="text"/>.</summary>
    public IOperation Expression(string text)
        => model.GetOperation(root.DescendantNodes().OfType<ExpressionSyntax>().Last(e => e.ToString() == text))
            ?? throw new InvalidOperationException("No operation for " + text);

    private MethodDeclarationSyntax Method() => root.DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "M");
}
