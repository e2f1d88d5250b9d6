// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

/// <summary>SE1xxx: embedded secrets.</summary>
internal static partial class Rules
{
    public static readonly DiagnosticDescriptor SE1001 = Create(
        RuleIds.SE1001, RuleCategories.Secrets, DiagnosticSeverity.Warning,
        title: "Credential in a known provider format",
        message: "{0} ('{1}') is embedded in {2}: whoever receives this source or the built assembly can use it; revoke it and read the new one from configuration or a secret store at run time",
        description: "A token, key or webhook URL in a format its provider documents (AWS, Azure, Google, Alibaba Cloud, Tencent Cloud, GitHub, GitLab, Stripe, Slack, npm, NuGet, OpenAI, JWTs and more) is a working credential: it is disclosed with the source and compiled into every copy of the assembly.",
        tags: RuleTags.Secret);

    public static readonly DiagnosticDescriptor SE1002 = Create(
        RuleIds.SE1002, RuleCategories.Secrets, DiagnosticSeverity.Warning,
        title: "Private key material in source",
        message: "{0} ('{1}') is embedded in {2}: whoever receives this source or the built assembly holds the key; load it from a certificate store or secret manager at run time",
        description: "A private key written into source code or comments is disclosed with the source and compiled into the assembly, so every copy of either can impersonate its owner or decrypt its traffic.",
        tags: RuleTags.Secret);

    public static readonly DiagnosticDescriptor SE1007 = Create(
        RuleIds.SE1007, RuleCategories.Secrets, DiagnosticSeverity.Warning,
        title: "Secret-bearing file compiled into the assembly",
        message: "{0} in '{1}' ships with the build as {2}: anyone holding the assembly or package can extract it; keep the file out of the build and load the secret at run time",
        description: "A key container or a configuration file holding a credential, included as an embedded resource, content or other build item, travels with every copy of the assembly or package and can be extracted without the source.",
        tags: RuleTags.Secret);
}
