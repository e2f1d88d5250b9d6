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

/// <summary>Replaces a literal that is exactly one credential with an environment-variable or IConfiguration read.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE1001KnownFormatCredentialCodeFix)), Shared]
public sealed class SE1001KnownFormatCredentialCodeFix : SourceExposureCodeFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1001 + ".ReadFromEnvironment";

    public const string ReadFromConfigurationKey = RuleIds.SE1001 + ".ReadFromConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SE1001);

    // Comments, interpolated text and character arrays have no string expression to stand in for: no fix there.
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SecretLiteralFix.RegisterAsync(context, RuleIds.SE1001, nameProperty: "Name", fallbackName: "apiToken", noun: "credential", IsWholeCredential);

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
