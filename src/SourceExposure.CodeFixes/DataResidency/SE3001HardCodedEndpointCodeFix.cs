// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;
using SourceExposure.CodeFixes.Secrets;

namespace SourceExposure.CodeFixes.DataResidency;

/// <summary>Moves a hard-coded endpoint out of the source into an environment variable read, so operators choose where data goes.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE3001HardCodedEndpointCodeFix)), Shared]
public sealed class SE3001HardCodedEndpointCodeFix : SourceExposureCodeFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE3001 + ".ReadFromEnvironment";

    private static readonly string[] EndpointWords = ["ENDPOINT", "URL", "URI", "HOST", "SERVER", "ADDRESS", "CONNECTION"];

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SE3001);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // Only a whole string literal can be replaced; text inside an interpolated string is left to the developer.
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || literal.Span != diagnostic.Location.SourceSpan
                || !literal.IsKind(SyntaxKind.StringLiteralExpression)
                || !ConfigurationRead.CanReplace(literal))
            {
                continue;
            }

            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            var name = VariableName(literal, model);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read the endpoint from environment variable {name}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, ConfigurationRead.EnvironmentRead(name).WithTriviaFrom(literal)))),
                    ReadFromEnvironmentKey),
                diagnostic);
        }
    }

    /// <summary>
    /// The containing type and receiving symbol in upper snake case (<c>OrderStore.uploadUrl</c> →
    /// <c>ORDER_STORE_UPLOAD_URL</c>); framework parameter names (<c>uriString</c>, <c>requestUri</c>) become ENDPOINT,
    /// and a name without an endpoint word gets <c>_ENDPOINT</c> (<c>_CONNECTION_STRING</c> for a connection string).
    /// </summary>
    internal static string VariableName(ExpressionSyntax literal, SemanticModel? model)
    {
        var name = ConfigurationRead.SuggestName(literal, model, "endpoint");
        foreach (var generic in new[] { "URI_STRING", "REQUEST_URI" })
        {
            if (name.EndsWith(generic, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - generic.Length) + "ENDPOINT";
            }
        }

        foreach (var word in EndpointWords)
        {
            if (name.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return name;
            }
        }

        // A connection string carries more than the server: name it for what it is.
        var text = literal is LiteralExpressionSyntax { Token.ValueText: { } value } ? value : string.Empty;
        return name + (text.IndexOf('=') > 0 && text.IndexOf("://", StringComparison.Ordinal) < 0 ? "_CONNECTION_STRING" : "_ENDPOINT");
    }
}
