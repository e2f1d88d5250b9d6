// SPDX-License-Identifier: MIT
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SourceExposure.Analyzers;
using SourceExposure.CodeFixes.Configuration;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>Replaces a literal credential passed to a credential-taking API with an environment-variable or IConfiguration read.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE1005CredentialApiArgumentCodeFix)), Shared]
public sealed class SE1005CredentialApiArgumentCodeFix : MoveToConfigurationFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1005 + ReadFromEnvironment;

    public const string ReadFromConfigurationKey = RuleIds.SE1005 + ReadFromConfiguration;

    public SE1005CredentialApiArgumentCodeFix()
        : base(RuleIds.SE1005)
    {
    }

    private protected override ValueToMove? FindValue(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
        => SecretExpression.Find(diagnostic, root, model, cancellationToken, noun: "credential", fallbackName: "credential");
}
