// SPDX-License-Identifier: MIT
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SourceExposure.Analyzers;
using SourceExposure.CodeFixes.Configuration;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>Replaces a secret assigned to a credential-named symbol with an environment-variable or IConfiguration read.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE1004CredentialNamedSymbolCodeFix)), Shared]
public sealed class SE1004CredentialNamedSymbolCodeFix : MoveToConfigurationFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1004 + ReadFromEnvironment;

    public const string ReadFromConfigurationKey = RuleIds.SE1004 + ReadFromConfiguration;

    public SE1004CredentialNamedSymbolCodeFix()
        : base(RuleIds.SE1004)
    {
    }

    private protected override ValueToMove? FindValue(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
        => SecretExpression.Find(diagnostic, root, model, cancellationToken, noun: "secret", fallbackName: "secret");
}
