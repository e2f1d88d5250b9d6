// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>Moves a private key out of a string literal into an environment-variable or IConfiguration read.</summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(SE1002PrivateKeyMaterialCodeFix)), Shared]
public sealed class SE1002PrivateKeyMaterialCodeFix : SourceExposureCodeFix
{
    public const string ReadFromEnvironmentKey = RuleIds.SE1002 + ".ReadFromEnvironment";

    public const string ReadFromConfigurationKey = RuleIds.SE1002 + ".ReadFromConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SE1002);

    // Keys in comments or inside interpolations have no expression to replace: the developer deletes them.
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SecretLiteralFix.RegisterAsync(context, RuleIds.SE1002, nameProperty: "Name", fallbackName: "privateKey", noun: "key");
}
