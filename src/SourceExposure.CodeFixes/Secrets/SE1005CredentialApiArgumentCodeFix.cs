// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Secrets;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>Replaces a literal credential passed to a credential-taking API with an environment-variable or IConfiguration read.</summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(SE1005CredentialApiArgumentCodeFix)), Shared]
public sealed class SE1005CredentialApiArgumentCodeFix : SourceExposureCodeFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1005 + ".ReadFromEnvironment";

    public const string ReadFromConfigurationKey = RuleIds.SE1005 + ".ReadFromConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SE1005);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SecretLiteralFix.RegisterAsync(context, RuleIds.SE1005, SE1005CredentialApiArgumentAnalyzer.NameProperty, "credential", "credential");
}
