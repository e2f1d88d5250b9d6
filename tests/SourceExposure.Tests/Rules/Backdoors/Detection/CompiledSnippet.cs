// SPDX-License-Identifier: MIT
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SourceExposure.Tests.Verifiers;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>
/// A compiled piece of code for SE4001's detection tests: the syntax and operation of an expression found by its text.
/// Code that does not compile fails the test, so no assertion runs against an error operation.
/// </summary>
internal sealed class CompiledSnippet
{
    /// <summary>Members and types the statements of <see cref="InLogin"/> can use.</summary>
    private const string LoginTemplate = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Cryptography;
        using System.Text;

        class LoginRequest { public string Password { get; set; } = ""; public string Code { get; set; } = ""; }

        class Form { public string? Get(string key) => null; }

        class Service
        {
            const string Master = "m4ster-k3y-0001";
            static readonly string Fallback = "fallback-pin-77";
            static string mutable = "mutable-pin-77";
            readonly string instance = "instance-pin-77";
            string reply = "";
            bool isAdmin;

            static string Read() => "";

            bool Login(string password, string user, LoginRequest request, LoginRequest? maybe, Form form, Dictionary<string, string> headers)
            {
                STATEMENTS
                return false;
            }
        }
        """;

    private readonly SemanticModel model;

    private CompiledSnippet(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source);
        var compilation = TestProjectDefaults.Compile([tree], mustCompile: true);
        model = compilation.GetSemanticModel(tree);
    }

    public static CompiledSnippet Of(string source) => new(source);

    /// <summary>Statements inside <c>Service.Login</c>, which has parameters, constants and fields to compare.</summary>
    public static CompiledSnippet InLogin(string statements) => new(LoginTemplate.Replace("STATEMENTS", statements));

    /// <summary>The first node of type <typeparamref name="T"/> whose text is <paramref name="text"/>.</summary>
    public T Node<T>(string text)
        where T : SyntaxNode
        => model.SyntaxTree.GetRoot().DescendantNodes().OfType<T>().First(n => n.ToString() == text);

    /// <summary>The operation of the first expression whose text is <paramref name="text"/>.</summary>
    public IOperation Operation(string text)
        => model.GetOperation(Node<Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax>(text))!;
}
