// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Analyzers.Secrets.Scanning;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>SE1003: Credential in a connection string or URI.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE1003ConnectionStringCredentialAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE1003);

    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static start =>
    {
        var options = new Configuration.OptionReader(start.Options);
        var allowlist = SecretAllowlist.Create(start.Compilation, start.Options, options, start.CancellationToken);
        var scope = CodeScope.For(start.Compilation, options);
        start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, allowlist, scope));
    });

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, SecretAllowlist allowlist, CodeScope scope)
    {
        // One pass over the file's text finds where a credential could be; only the string or comment at each of those
        // places is parsed, so the tree is not walked and most strings are never looked at.
        if (!scope.Reports(RuleOptions.SE1003CodeKinds, context.Tree))
        {
            return;
        }

        var sourceText = context.Tree.GetText(context.CancellationToken);
        var text = context.Tree.FullText(context.CancellationToken);
        var position = ConnectionStrings.NextCandidate(text, 0);
        if (position < 0)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        var judgedUpTo = -1;
        ExpressionSyntax? lastConcatenation = null;
        while (position >= 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var token = root.FindToken(position, findInsideTrivia: false);
            if (token.Span.Contains(position))
            {
                judgedUpTo = token.Span.End;
                if (SourceStringWalker.LiteralConcatenation(token, out var concatenation) is { } parts)
                {
                    // "…;Password=" + "pw" + ";": the parts are judged joined, once per concatenation.
                    if (concatenation != lastConcatenation)
                    {
                        lastConcatenation = concatenation;
                        AnalyzeConcatenation(context, concatenation!, parts, allowlist);
                    }
                }
                else if (token.IsStringText())
                {
                    AnalyzeString(context, token, allowlist);
                }
            }
            else
            {
                var trivia = root.FindTrivia(position, findInsideTrivia: false);
                judgedUpTo = Math.Max(trivia.FullSpan.End, position + 1);
                if (trivia.IsCommentOrDocumentation())
                {
                    AnalyzeComment(context, trivia, sourceText, allowlist);
                }
            }

            position = ConnectionStrings.NextCandidate(text, Math.Max(position + 1, judgedUpTo));
        }
    }

    private static void AnalyzeConcatenation(SyntaxTreeAnalysisContext context, ExpressionSyntax concatenation, List<LiteralExpressionSyntax> parts, SecretAllowlist allowlist)
    {
        foreach (var secret in ConnectionStrings.Find(SourceStringWalker.JoinedText(parts)))
        {
            if (allowlist.IsAllowed(secret.Value, context.Tree))
            {
                continue;
            }

            // A value inside one part is reported (and fixed) there, as if that literal stood alone.
            var offset = 0;
            var reported = false;
            foreach (var part in parts)
            {
                var length = part.Token.ValueText.Length;
                if (secret.Start >= offset && secret.Start + secret.Length <= offset + length)
                {
                    Report(context, part.Token, new TextCredential(secret.Kind, secret.Key, secret.Start - offset, secret.Length, secret.Value));
                    reported = true;
                    break;
                }

                offset += length;
            }

            if (!reported)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.SE1003, concatenation.GetLocation(), secret.Kind, Redaction.Redact(secret.Value)));
            }
        }
    }

    private static void AnalyzeString(SyntaxTreeAnalysisContext context, SyntaxToken token, SecretAllowlist allowlist)
    {
        var value = token.ValueText;
        var secrets = ConnectionStrings.Find(value);
        if (secrets.Count == 0)
        {
            return;
        }

        // In $"…Password={pw}" the text part ends where the hole begins: a value running into a hole is not literal.
        var continuesIntoHole = token.IsKind(SyntaxKind.InterpolatedStringTextToken)
            && token.Parent is InterpolatedStringTextSyntax text
            && text.Parent is InterpolatedStringExpressionSyntax interpolated
            && interpolated.Contents.IndexOf(text) is var index && index + 1 < interpolated.Contents.Count;

        foreach (var secret in secrets)
        {
            if ((continuesIntoHole && secret.Start + secret.Length >= value.Length) || allowlist.IsAllowed(secret.Value, context.Tree))
            {
                continue;
            }

            Report(context, token, secret);
        }
    }

    /// <summary>Reports <paramref name="secret"/>, whose offsets are in <paramref name="token"/>'s value, with what the fix needs.</summary>
    private static void Report(SyntaxTreeAnalysisContext context, SyntaxToken token, TextCredential secret)
    {
        // Where the source text holds the value verbatim (no escapes), offsets map 1:1 and the squiggle marks the secret.
        var value = token.ValueText;
        var sourceOffset = token.Text.IndexOf(value, StringComparison.Ordinal);
        var location = sourceOffset >= 0 && value.Length > 0
            ? Location.Create(context.Tree, new TextSpan(token.SpanStart + sourceOffset + secret.Start, secret.Length))
            : token.Parent is LiteralExpressionSyntax literal ? literal.GetLocation() : token.GetLocation();
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Key, secret.Key).WithValueSpan(secret.Start, secret.Length);
        context.ReportDiagnostic(Diagnostic.Create(Rules.SE1003, location, properties, secret.Kind, Redaction.Redact(secret.Value)));
    }

    private static void AnalyzeComment(SyntaxTreeAnalysisContext context, SyntaxTrivia comment, SourceText sourceText, SecretAllowlist allowlist)
    {
        foreach (var secret in ConnectionStrings.Find(sourceText.ToString(comment.FullSpan)))
        {
            // A link copied from a browser into a comment carries the site's own session token
            // (https://open.weixin.qq.com/cgi-bin/showdocument?…&token=577c…): a page address, not a credential of
            // the code. Named credentials (apikey, access_token, secret, password) in a comment are still reported.
            if (secret.Key == "token" || allowlist.IsAllowed(secret.Value, context.Tree))
            {
                continue;
            }

            var span = new TextSpan(comment.FullSpan.Start + secret.Start, secret.Length);
            context.ReportDiagnostic(Diagnostic.Create(Rules.SE1003, Location.Create(context.Tree, span), secret.Kind, Redaction.Redact(secret.Value)));
        }
    }
}
