// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Secrets;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>Replaces a secret assigned to a credential-named symbol with an environment-variable or IConfiguration read.</summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(SE1004CredentialNamedSymbolCodeFix)), Shared]
public sealed class SE1004CredentialNamedSymbolCodeFix : SourceExposureCodeFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1004 + ".ReadFromEnvironment";

    public const string ReadFromConfigurationKey = RuleIds.SE1004 + ".ReadFromConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SE1004);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SecretLiteralFix.RegisterAsync(context, RuleIds.SE1004, SE1004CredentialNamedSymbolAnalyzer.NameProperty, "secret", "secret");
}
