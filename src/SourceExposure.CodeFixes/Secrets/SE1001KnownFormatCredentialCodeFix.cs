// SPDX-License-Identifier: MIT
using System;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SourceExposure.Analyzers;
using SourceExposure.CodeFixes.Configuration;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>Replaces a literal that is exactly one credential with an environment-variable or IConfiguration read.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE1001KnownFormatCredentialCodeFix)), Shared]
public sealed class SE1001KnownFormatCredentialCodeFix : MoveToConfigurationFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1001 + ReadFromEnvironment;

    public const string ReadFromConfigurationKey = RuleIds.SE1001 + ReadFromConfiguration;

    public SE1001KnownFormatCredentialCodeFix()
        : base(RuleIds.SE1001)
    {
    }

    // Comments, interpolated text and character arrays have no string expression to stand in for: no fix there.
    private protected override ValueToMove? FindValue(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
        => SecretExpression.Find(diagnostic, root, model, cancellationToken, noun: "credential", fallbackName: "apiToken", IsWholeCredential);

    /// <summary>
    /// The literal is the credential and nothing else (a webhook URL counts whole), as the analyzer located it: it
    /// hands over where the credential sits only when the value holds no other. Replacing a literal that also holds
    /// other text ("Authorization: Bearer …") would change what the program sends, so no fix is offered there.
    /// </summary>
    private static bool IsWholeCredential(Diagnostic diagnostic, string value)
    {
        if (!diagnostic.Properties.TryGetValueSpan(value.Length, out var start, out var length) || start + length != value.Length)
        {
            return false;
        }

        var before = value.Substring(0, start);
        return before.Length == 0 || (before.StartsWith("https://", StringComparison.Ordinal) && before.IndexOf(' ') < 0);
    }
}
