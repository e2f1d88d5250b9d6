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

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>
/// Replaces only the secret inside a connection string: <c>"Host=db;Password=pw;Database=x"</c> becomes
/// <c>"Host=db;Password=" + Environment.GetEnvironmentVariable("…_PASSWORD") + ";Database=x"</c> (or an
/// <c>IConfiguration</c> read), so the rest of the string stays readable and the value leaves the source.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE1003ConnectionStringCredentialCodeFix)), Shared]
public sealed class SE1003ConnectionStringCredentialCodeFix : MoveToConfigurationFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1003 + ReadFromEnvironment;

    public const string ReadFromConfigurationKey = RuleIds.SE1003 + ReadFromConfiguration;

    private static readonly string[] ConnectionSuffixes = ["_CONNECTION_STRING", "_CONNECTION", "_CONN_STRING", "_CONN_STR", "_CONN", "_URI", "_URL"];

    public SE1003ConnectionStringCredentialCodeFix()
        : base(RuleIds.SE1003)
    {
    }

    private protected override ValueToMove? FindValue(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        // Comments, interpolated and UTF-8 strings have no string expression to split: no fix.
        var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
        if (token.Parent is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression)
            || !literal.Span.Contains(diagnostic.Location.SourceSpan)
            || !ConfigurationRead.CanReplace(literal)
            || !diagnostic.Properties.TryGetValueSpan(token.ValueText.Length, out var start, out var length))
        {
            return null;
        }

        var key = diagnostic.Properties.TryGetValue(DiagnosticProperties.Key, out var k) ? k ?? "password" : "password";
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

        var baseName = ConfigurationRead.SuggestName(literal, model, "connection", cancellationToken);
        foreach (var connection in ConnectionSuffixes)
        {
            if (baseName.EndsWith(connection, StringComparison.Ordinal) && baseName.Length > connection.Length)
            {
                baseName = baseName.Substring(0, baseName.Length - connection.Length);
                break;
            }
        }

        // The key is the variable without its type prefix, in the type's section: OrderStore:DbPassword.
        var variable = baseName + "_" + suffix;
        var type = literal.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText;
        var typePrefix = type is null ? null : ConfigurationRead.UpperSnake(type) + "_";
        var local = typePrefix is not null && variable.StartsWith(typePrefix, StringComparison.Ordinal) ? variable.Substring(typePrefix.Length) : variable;
        var configurationKey = (type is null ? string.Empty : type + ":") + ConfigurationRead.Pascal(local);
        var noun = suffix.Replace('_', ' ').ToLowerInvariant();
        return ValueToMove.Part(literal, token.ValueText, start, length, noun, variable, configurationKey);
    }
}
