// SPDX-License-Identifier: MIT
using System;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;
using SourceExposure.CodeFixes.Configuration;

namespace SourceExposure.CodeFixes.DataResidency;

/// <summary>Moves a hard-coded endpoint out of the source into an environment variable read, so operators choose where data goes.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE3001HardCodedEndpointCodeFix)), Shared]
public sealed class SE3001HardCodedEndpointCodeFix : MoveToConfigurationFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE3001 + ReadFromEnvironment;

    private static readonly string[] EndpointWords = ["ENDPOINT", "URL", "URI", "HOST", "SERVER", "ADDRESS", "CONNECTION"];

    public SE3001HardCodedEndpointCodeFix()
        : base(RuleIds.SE3001)
    {
    }

    private protected override ValueToMove? FindValue(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        // Only a whole string literal can be replaced; text inside an interpolated string is left to the developer.
        // An endpoint is read from the environment only: no configuration key is offered.
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
            || literal.Span != diagnostic.Location.SourceSpan
            || !literal.IsKind(SyntaxKind.StringLiteralExpression)
            || !ConfigurationRead.CanReplace(literal))
        {
            return null;
        }

        return ValueToMove.Whole(literal, "endpoint", VariableName(literal, model, cancellationToken), configurationKey: null);
    }

    /// <summary>
    /// The containing type and receiving symbol in upper snake case (<c>OrderStore.uploadUrl</c> →
    /// <c>ORDER_STORE_UPLOAD_URL</c>); framework parameter names (<c>uriString</c>, <c>requestUri</c>) become ENDPOINT,
    /// and a name without an endpoint word gets <c>_ENDPOINT</c> (<c>_CONNECTION_STRING</c> for a connection string).
    /// </summary>
    private static string VariableName(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        var name = ConfigurationRead.SuggestName(literal, model, "endpoint", cancellationToken);
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
        var text = literal.Token.ValueText;
        return name + (text.IndexOf('=') > 0 && text.IndexOf("://", StringComparison.Ordinal) < 0 ? "_CONNECTION_STRING" : "_ENDPOINT");
    }
}
