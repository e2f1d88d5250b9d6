// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Secrets;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>
/// Replaces only the secret inside a connection string: <c>"Host=db;Password=pw;Database=x"</c> becomes
/// <c>"Host=db;Password=" + Environment.GetEnvironmentVariable("…_PASSWORD") + ";Database=x"</c> (or an
/// <c>IConfiguration</c> read), so the rest of the string stays readable and the value leaves the source.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE1003ConnectionStringCredentialCodeFix)), Shared]
public sealed class SE1003ConnectionStringCredentialCodeFix : SourceExposureCodeFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1003 + ".ReadFromEnvironment";

    public const string ReadFromConfigurationKey = RuleIds.SE1003 + ".ReadFromConfiguration";

    private static readonly string[] ConnectionSuffixes = ["_CONNECTION_STRING", "_CONNECTION", "_CONN_STRING", "_CONN_STR", "_CONN", "_URI", "_URL"];

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SE1003);

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
            // Comments, interpolated and UTF-8 strings have no string expression to split: no fix.
            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            if (token.Parent is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression)
                || !literal.Span.Contains(diagnostic.Location.SourceSpan)
                || !ConfigurationRead.CanReplace(literal)
                || !TryGetInt(diagnostic, SE1003ConnectionStringCredentialAnalyzer.ValueStartProperty, out var start)
                || !TryGetInt(diagnostic, SE1003ConnectionStringCredentialAnalyzer.ValueLengthProperty, out var length)
                || start < 0 || length <= 0 || start + length > token.ValueText.Length)
            {
                continue;
            }

            var key = diagnostic.Properties.TryGetValue(SE1003ConnectionStringCredentialAnalyzer.KeyProperty, out var k) ? k ?? "password" : "password";
            var suffix = key switch
            {
                "accountkey" => "ACCOUNT_KEY",
                "sharedaccesskey" => "SHARED_ACCESS_KEY",
                "sharedaccesssignature" => "SAS_TOKEN",
                "authkey" or "authorizationkey" => "AUTH_KEY",
                "apikey" => "API_KEY",
                "apisecret" or "appsecret" or "clientsecret" or "secret" or "secretkey" or "accesskeysecret" or "privatekey" => "SECRET",
                "accesstoken" or "authtoken" or "token" => "TOKEN",
                _ => "PASSWORD",
            };

            var baseName = ConfigurationRead.SuggestName(literal, model, "connection");
            foreach (var connection in ConnectionSuffixes)
            {
                if (baseName.EndsWith(connection, StringComparison.Ordinal) && baseName.Length > connection.Length)
                {
                    baseName = baseName.Substring(0, baseName.Length - connection.Length);
                    break;
                }
            }

            var variable = baseName + "_" + suffix;
            var value = token.ValueText;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read the {suffix.Replace('_', ' ').ToLowerInvariant()} from environment variable {variable}",
                    _ => Task.FromResult(Replace(context.Document, root, literal, value, start, length, ConfigurationRead.EnvironmentRead(variable))),
                    ReadFromEnvironmentKey),
                diagnostic);

            if (ConfigurationRead.ConfigurationInScope(model, literal, context.CancellationToken) is { } configuration)
            {
                var type = literal.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText;
                var typePrefix = type is null ? null : ConfigurationRead.UpperSnake(type) + "_";
                var local = typePrefix is not null && variable.StartsWith(typePrefix, StringComparison.Ordinal) ? variable.Substring(typePrefix.Length) : variable;
                var configKey = (type is null ? string.Empty : type + ":") + ConfigurationRead.Pascal(local);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read the {suffix.Replace('_', ' ').ToLowerInvariant()} from configuration key {configKey}",
                        _ => Task.FromResult(Replace(context.Document, root, literal, value, start, length, ConfigurationRead.ConfigurationLookup(configuration, configKey))),
                        ReadFromConfigurationKey),
                    diagnostic);
            }
        }
    }

    private static Document Replace(Document document, SyntaxNode root, LiteralExpressionSyntax literal, string value, int start, int length, ExpressionSyntax read)
    {
        // "prefix" + read + "suffix": string literals re-escaped by SyntaxFactory, empty parts left out.
        ExpressionSyntax result = read;
        if (start > 0)
        {
            result = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, StringLiteral(value.Substring(0, start)), result);
        }

        if (start + length < value.Length)
        {
            result = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, result, StringLiteral(value.Substring(start + length)));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(literal, result.WithTriviaFrom(literal)));
    }

    private static LiteralExpressionSyntax StringLiteral(string text)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

    private static bool TryGetInt(Diagnostic diagnostic, string property, out int value)
    {
        value = 0;
        return diagnostic.Properties.TryGetValue(property, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
