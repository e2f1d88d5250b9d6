// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

/// <summary>SE1003–SE1006: credentials found by parsing, naming and data flow.</summary>
internal static partial class Rules
{
    public static readonly DiagnosticDescriptor SE1003 = Create(
        RuleIds.SE1003, RuleCategories.Secrets, DiagnosticSeverity.Warning,
        title: "Credential in a connection string or URI",
        message: "{0} ('{1}') is hard-coded in a connection string or URL: whoever receives this source or the assembly can connect with it; read it from configuration or a secret store at run time",
        description: "A password, account key or shared access key written into a connection string, into the user information of a URI or into a credential-named URL query parameter (apikey, access_token, secret) is disclosed with the source and compiled into the assembly, so every reader of either can connect to the database, queue or storage account as the application.",
        tags: RuleTags.Secret);

    public static readonly DiagnosticDescriptor SE1004 = Create(
        RuleIds.SE1004, RuleCategories.Secrets, DiagnosticSeverity.Info,
        title: "Secret assigned to a credential-named symbol",
        message: "'{0}' is assigned a hard-coded {1} ('{2}'): whoever receives this source or the assembly holds it; read it from configuration or a secret store at run time",
        description: "A literal that looks like a secret (judged by length, character mix and entropy, placeholders excluded) assigned to a field, property, variable, argument or dictionary entry named password, secret, token, API key and the like is disclosed with the source and compiled into the assembly.",
        tags: [RuleTags.Secret, RuleTags.Heuristic]);

    public static readonly DiagnosticDescriptor SE1005 = Create(
        RuleIds.SE1005, RuleCategories.Secrets, DiagnosticSeverity.Warning,
        title: "Hard-coded credential passed to a credential-taking API",
        message: "{0} receives a hard-coded {1} ('{2}'): whoever receives this source or the assembly can authenticate with it; pass a value read from configuration or a secret store",
        description: "A literal, constant or constant expression that reaches the password, key or token parameter of an API that authenticates (NetworkCredential, AuthenticationHeaderValue, X509Certificate2, cloud SDK credentials) is a working credential compiled into the assembly and disclosed with the source.",
        tags: RuleTags.Secret);

    public static readonly DiagnosticDescriptor SE1006 = Create(
        RuleIds.SE1006, RuleCategories.Secrets, DiagnosticSeverity.Info,
        title: "Hard-coded cryptographic key or IV",
        message: "{0} receives a hard-coded {1} ('{2}'): whoever receives this source or the assembly can decrypt or forge what it protects; load the key from a key store or key vault at run time",
        description: "Key bytes written into source (a byte array, a base64 or hex string, or encoded text) that reach a symmetric cipher, an HMAC or a signing key protect nothing once the source or the assembly is disclosed.",
        tags: RuleTags.Secret);
}
