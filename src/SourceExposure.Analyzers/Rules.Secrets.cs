// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

/// <summary>SE1xxx: embedded secrets.</summary>
internal static partial class Rules
{
    public static readonly DiagnosticDescriptor SE1002 = Create(
        RuleIds.SE1002, RuleCategories.Secrets, DiagnosticSeverity.Warning,
        title: "Private key material in source",
        message: "{0} ('{1}') is embedded in {2}: whoever receives this source or the built assembly holds the key; load it from a certificate store or secret manager at run time",
        description: "A private key written into source code or comments is disclosed with the source and compiled into the assembly, so every copy of either can impersonate its owner or decrypt its traffic.",
        tags: RuleTags.Secret);
}
