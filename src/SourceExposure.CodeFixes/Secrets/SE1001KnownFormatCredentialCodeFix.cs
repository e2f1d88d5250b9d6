// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Secrets.Detection;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>Replaces a literal that is exactly one credential with an environment variable read.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE1001KnownFormatCredentialCodeFix)), Shared]
public sealed class SE1001KnownFormatCredentialCodeFix : SourceExposureCodeFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1001 + ".ReadFromEnvironment";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SE1001);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // Comments, interpolated text and character arrays have no string expression to stand in for.
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
                || expression.Span != diagnostic.Location.SourceSpan
                || expression is not (LiteralExpressionSyntax or BinaryExpressionSyntax)
                || !ConfigurationRead.CanReplace(expression)
                || model.GetTypeInfo(expression, context.CancellationToken).ConvertedType?.SpecialType != SpecialType.System_String
                || model.GetConstantValue(expression, context.CancellationToken).Value is not string value
                || !IsWholeCredential(value))
            {
                continue;
            }

            var name = ConfigurationRead.SuggestName(expression, model, "apiToken");
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read the credential from environment variable {name}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, ConfigurationRead.EnvironmentRead(name).WithTriviaFrom(expression)))),
                    ReadFromEnvironmentKey),
                diagnostic);
        }
    }

    /// <summary>
    /// The literal is the credential and nothing else (a webhook URL counts whole): replacing a literal that also holds
    /// other text ("Authorization: Bearer …") would change what the program sends, so no fix is offered there.
    /// </summary>
    private static bool IsWholeCredential(string value)
    {
        var matches = TokenScanner.Scan(value);
        if (matches is null)
        {
            return true; // contextual formats are judged on the whole value
        }

        if (matches.Count != 1 || matches[0].Start + matches[0].Length != value.Length)
        {
            return false;
        }

        var before = value.Substring(0, matches[0].Start);
        return before.Length == 0 || (before.StartsWith("https://", StringComparison.Ordinal) && before.IndexOf(' ') < 0);
    }
}
