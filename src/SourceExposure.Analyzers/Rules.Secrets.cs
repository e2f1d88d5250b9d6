// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

// The SE1xxx embedded secrets family in one place: its ids, its descriptors and its options.

internal static partial class RuleIds
{
    /// <summary>Credential in a known provider format.</summary>
    public const string SE1001 = nameof(SE1001);

    /// <summary>Private key material in source.</summary>
    public const string SE1002 = nameof(SE1002);

    /// <summary>Credential inside a connection string or URI.</summary>
    public const string SE1003 = nameof(SE1003);

    /// <summary>Secret assigned to a credential-named symbol.</summary>
    public const string SE1004 = nameof(SE1004);

    /// <summary>Hard-coded credential passed to a credential-taking API.</summary>
    public const string SE1005 = nameof(SE1005);

    /// <summary>Hard-coded cryptographic key or IV.</summary>
    public const string SE1006 = nameof(SE1006);

    /// <summary>Secret-bearing file compiled into the assembly.</summary>
    public const string SE1007 = nameof(SE1007);
}

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

    public static readonly DiagnosticDescriptor SE1007 = Create(
        RuleIds.SE1007, RuleCategories.Secrets, DiagnosticSeverity.Warning,
        title: "Secret-bearing file compiled into the assembly",
        message: "{0} in '{1}' ships with the build as {2}: anyone holding the assembly or package can extract it; keep the file out of the build and load the secret at run time",
        description: "A key container or a configuration file holding a credential, included as an embedded resource, content or other build item, travels with every copy of the assembly or package and can be extracted without the source.",
        tags: RuleTags.Secret);
}

/// <summary>SE1xxx options.</summary>
internal static partial class RuleOptions
{
    /// <summary>Values every secrets rule ignores (test fixtures, public keys the team has reviewed).</summary>
    public static readonly RuleOption<ImmutableArray<Regex>> SecretsAllowedValues = RuleOption.Patterns(
        OptionScope.Family, "secrets", "allowed_values",
        "Values no SE1xxx rule reports (matched anywhere in the value; anchor with `^…$`). Fingerprints of allowed values can also be listed, one SHA-256 per line (`printf %s \"$value\" | sha256sum`), in an additional file named `SourceExposure.Allowlist.txt`.").Documented(defaultText: "(none)");

    /// <summary>SE1007 reads the files the package's build targets mark; plain AdditionalFiles only on request.</summary>
    public static readonly RuleOption<bool> SE1007ScanAllAdditionalFiles = RuleOption.Flag(
        OptionScope.Rule, RuleIds.SE1007, "scan_all_additional_files", defaultValue: false,
        "Also scan additional files that the SourceExposure build targets did not mark as EmbeddedResource, Content or None items.");

    /// <summary>Entropy floor for machine-generated secrets (tokens, API keys, client secrets).</summary>
    public static readonly RuleOption<double> SE1004MinEntropy = RuleOption.Number(
        OptionScope.Rule, RuleIds.SE1004, "min_entropy", defaultValue: 3.0, min: 0, max: 8,
        "Bits per character below which a literal assigned to a token, key or secret is not reported.").Documented(defaultText: "3.0");

    /// <summary>Entropy floor for human-chosen passwords, which are secrets even when weak ("Winter2024!").</summary>
    public static readonly RuleOption<double> SE1004MinPasswordEntropy = RuleOption.Number(
        OptionScope.Rule, RuleIds.SE1004, "min_password_entropy", defaultValue: 2.3, min: 0, max: 8,
        "Bits per character below which a literal assigned to a password is not reported.");

    /// <summary>Shortest byte array SE1006 treats as key material.</summary>
    public static readonly RuleOption<int> SE1006MinBytes = RuleOption.Integer(
        OptionScope.Rule, RuleIds.SE1006, "min_bytes", defaultValue: 8, min: 1, max: 1024,
        "Fewest bytes a hard-coded array or decoded literal must hold to be reported as a key or IV (8 covers DES and 3DES IVs).");
}
