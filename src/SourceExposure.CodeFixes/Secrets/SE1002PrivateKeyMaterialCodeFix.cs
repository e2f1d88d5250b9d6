// SPDX-License-Identifier: MIT
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SourceExposure.Analyzers;
using SourceExposure.CodeFixes.Configuration;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>Moves a private key out of a string literal into an environment-variable or IConfiguration read.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SE1002PrivateKeyMaterialCodeFix)), Shared]
public sealed class SE1002PrivateKeyMaterialCodeFix : MoveToConfigurationFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1002 + ReadFromEnvironment;

    public const string ReadFromConfigurationKey = RuleIds.SE1002 + ReadFromConfiguration;

    public SE1002PrivateKeyMaterialCodeFix()
        : base(RuleIds.SE1002)
    {
    }

    // Keys in comments or inside interpolations have no expression to replace: the developer deletes them.
    private protected override ValueToMove? FindValue(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
        => SecretExpression.Find(diagnostic, root, model, cancellationToken, noun: "key", fallbackName: "privateKey");
}
