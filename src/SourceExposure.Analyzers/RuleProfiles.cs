// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Linq;

namespace SourceExposure.Analyzers;

/// <summary>How often a rule's findings are right, in the tiers code-scanning tools use (CodeQL's precision).</summary>
internal enum Precision
{
    Low,
    Medium,
    High,
    VeryHigh,
}

/// <summary>
/// What the rule pages, the CLI's SARIF and the HTML report say about a rule beyond its descriptor: a plain-language
/// summary, who acts and what they do, its precision tier (backed by the real-code corpus, bench/RealCode), the
/// security-severity number code-scanning services sort by, its CWE and OWASP entries, why its default severity is
/// what it is, and the regimes of docs/regimes.md it relates to.
/// </summary>
internal sealed class RuleProfile
{
    public RuleProfile(Precision precision, string securitySeverity, string[] cwe, string measured, string severityReason)
    {
        Precision = precision;
        SecuritySeverity = securitySeverity;
        Cwe = cwe;
        Measured = measured;
        SeverityReason = severityReason;
    }

    public Precision Precision { get; }

    /// <summary>"very-high", "high", "medium", "low": the SARIF <c>precision</c> property and the docs' front matter.</summary>
    public string PrecisionName => Precision switch
    {
        Precision.VeryHigh => "very-high",
        Precision.High => "high",
        Precision.Medium => "medium",
        _ => "low",
    };

    /// <summary>0.0–10.0 as text, as GitHub code scanning reads the <c>security-severity</c> property.</summary>
    public string SecuritySeverity { get; }

    /// <summary>"CWE-798" …; SARIF carries them as <c>external/cwe/cwe-798</c> tags.</summary>
    public string[] Cwe { get; }

    /// <summary>OWASP Top 10 (2021) categories where one fits ("A07:2021"); empty where none does.</summary>
    public string[] Owasp { get; private set; } = [];

    /// <summary>What the corpus measured, in words, for the rule page.</summary>
    public string Measured { get; }

    public string SeverityReason { get; }

    /// <summary>One or two plain-language sentences for a non-developer: what is found and the risk.</summary>
    public string Summary { get; private set; } = string.Empty;

    /// <summary>Who typically owns a finding (the report's per-finding owner; the page's "who acts").</summary>
    public string Owner { get; private set; } = string.Empty;

    /// <summary>What to do about a finding, in one sentence without a full stop (the report shows it per finding).</summary>
    public string Action { get; private set; } = string.Empty;

    /// <summary>Anchors of docs/regimes.md (<see cref="RegimeReferences"/>) the rule relates to; empty when none does.</summary>
    public string[] Regimes { get; private set; } = [];

    internal RuleProfile Describe(string summary, string owner, string action, string[] owasp, string[] regimes)
    {
        Summary = summary;
        Owner = owner;
        Action = action;
        Owasp = owasp;
        Regimes = regimes;
        return this;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>The regimes in words, each with its status, linking to docs/regimes.md by <paramref name="regimesPage"/>.</summary>
    public string RegimesMarkdown(string regimesPage)
        => Regimes.Length == 0
            ? $"none: no law, standard or rule on the [regimes page]({regimesPage}) relates to this rule"
            : string.Join("; ", Array.ConvertAll(Regimes, a => $"[{RegimeReferences.ByAnchor[a].Name}]({regimesPage}#{a}) ({RegimeReferences.ByAnchor[a].Status})"))
                + (Array.Exists(Regimes, a => a == "gdpr-chapter-v")
                    ? $". Which of them applies depends on where the data comes from: see [the direction of a transfer]({regimesPage}#transfer-direction)"
                    : string.Empty)
                + $". Status, dates and sources on the [regimes page]({regimesPage}); not legal advice";

    /// <summary>The block under a rule page's title; a convention test keeps every page equal to it.</summary>
    public string Markdown(Microsoft.CodeAnalysis.DiagnosticSeverity defaultSeverity)
    {
        var cwe = Cwe.Length == 0
            ? "none that fits"
            : string.Join(", ", Array.ConvertAll(Cwe, c => $"[{c}](https://cwe.mitre.org/data/definitions/{c.Substring(4)}.html)"));
        var owasp = Owasp.Length == 0
            ? "none that fits"
            : string.Join(", ", Array.ConvertAll(Owasp, o => $"[{o} {OwaspTop10.Names[o]}]({OwaspTop10.Url(o)})"));
        return $"> **In short:** {Summary} **Who acts:** {Owner}.\n"
            + ">\n"
            + $"> - **What to do:** {Action}.\n"
            + $"> - **Precision:** {PrecisionName}. {Capitalised(Measured)}.\n"
            + $"> - **Default severity:** {defaultSeverity}: {SeverityReason}.\n"
            + $"> - **Security severity:** {SecuritySeverity} · **CWE:** {cwe} · **OWASP Top 10:** {owasp}\n"
            + $"> - **Regimes:** {RegimesMarkdown("../regimes.md")}.\n";
    }
}

/// <summary>The OWASP Top 10 (2021) categories the profiles use.</summary>
internal static class OwaspTop10
{
    public static readonly ImmutableDictionary<string, string> Names = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
    {
        new System.Collections.Generic.KeyValuePair<string, string>("A01:2021", "Broken Access Control"),
        new System.Collections.Generic.KeyValuePair<string, string>("A02:2021", "Cryptographic Failures"),
        new System.Collections.Generic.KeyValuePair<string, string>("A03:2021", "Injection"),
        new System.Collections.Generic.KeyValuePair<string, string>("A07:2021", "Identification and Authentication Failures"),
    });

    /// <summary>owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/.</summary>
    public static string Url(string id) => "https://owasp.org/Top10/" + id.Replace(':', '_') + "-" + Names[id].Replace(' ', '_') + "/";
}

/// <summary>A section of docs/regimes.md that a rule relates to: its heading anchor, name and status.</summary>
internal sealed class RegimeReference(string anchor, string name, string status)
{
    public string Anchor { get; } = anchor;

    public string Name { get; } = name;

    /// <summary>The status as the section's <c>**Status**</c> line gives it (a convention test checks it does).</summary>
    public string Status { get; } = status;
}

/// <summary>
/// The regimes rules relate to, one per section of docs/regimes.md. The page's "Regimes and rules" matrix, the rule
/// pages' Regimes line and the profiles' <see cref="RuleProfile.Regimes"/> are kept equal by convention tests.
/// </summary>
internal static class RegimeReferences
{
    public static readonly ImmutableDictionary<string, RegimeReference> ByAnchor = new[]
    {
        new RegimeReference("tc260-drafts", "China's TC260 \"secure and controllable\" drafts of 2016", "draft"),
        new RegimeReference("gbt-36630", "GB/T 36630 standards", "recommended"),
        new RegimeReference("banking-it-rules", "China's banking IT rules (Notice 317)", "suspended"),
        new RegimeReference("russia", "Russia's source-code reviews", "reported practice"),
        new RegimeReference("india", "India's smartphone source-code proposal", "proposal"),
        new RegimeReference("cybersecurity-law", "China's Cybersecurity Law", "in force"),
        new RegimeReference("data-security-law", "China's Data Security Law", "in force"),
        new RegimeReference("personal-information-protection-law", "China's PIPL", "in force"),
        new RegimeReference("cac-2024-provisions", "CAC 2024 Provisions", "in force"),
        new RegimeReference("cac-order-no-11", "CAC Order No. 11", "thresholds superseded in practice"),
        new RegimeReference("national-intelligence-law", "China's National Intelligence Law", "in force"),
        new RegimeReference("gdpr-chapter-v", "GDPR Chapter V", "in force"),
    }.ToImmutableDictionary(r => r.Anchor, StringComparer.Ordinal);
}

/// <summary>One profile per rule id; a convention test keeps it equal to the catalog and the rule pages.</summary>
internal static class RuleProfiles
{
    private const string Corpus = "on the real-code corpus (bench/RealCode, 18 repositories)";

    // Regime sets, as the matrix of docs/regimes.md gives them.
    private static readonly string[] SourceReview = ["tc260-drafts", "gbt-36630"];
    private static readonly string[] SourceReviewAndBanking = ["tc260-drafts", "gbt-36630", "banking-it-rules"];
    private static readonly string[] TransferLaws =
    [
        "cybersecurity-law", "data-security-law", "personal-information-protection-law", "cac-2024-provisions", "cac-order-no-11",
        "national-intelligence-law", "gdpr-chapter-v",
    ];

    private static readonly string[] IdentifierLaws =
        ["cybersecurity-law", "data-security-law", "personal-information-protection-law", "cac-2024-provisions", "cac-order-no-11", "gdpr-chapter-v"];

    private const string Developers = "the developers who own the code";
    private const string Credential = Developers + ", with whoever administers the credential revoking it";

    public static readonly ImmutableDictionary<string, RuleProfile> ById = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
    {
        Entry(RuleIds.SE0001, Precision.VeryHigh, "0.0", [], "a configuration check: every value it reports is one the analyzers cannot parse",
            "a setting the analyzers cannot use silently changes what they report; it is not configurable, so it stays a warning",
            "A SourceExposure setting has a value the tool cannot use, so the setting falls back to its default. Until the value is corrected, the scan may check more or less than the team intended.",
            "the team that maintains the build configuration",
            "correct the value as the message says; every key and its accepted values are in docs/configuration.md",
            [], []),
        Entry(RuleIds.SE0002, Precision.VeryHigh, "0.0", [], "a date check: it reports exactly the entries of the exceptions file whose expiry has passed and whose finding is still there",
            "an accepted risk whose approval has lapsed is an open finding again, and the build must say so beside it",
            "A risk the company accepted for a limited time (an entry of the exceptions file, with an approver and an end date) has passed its end date. The finding it covered is reported again until someone renews the approval or fixes the code.",
            "the approver named in the message, with the developers who own the code",
            "fix the finding, or have the approver renew the entry with a new expiry date in the exceptions file (docs/governance.md)",
            [], []),
        Entry(RuleIds.SE0003, Precision.VeryHigh, "0.0", [], "a date check: it reports exactly the live entries whose expiry falls within the configured number of days",
            "a reminder, not a problem yet: the finding is still accepted",
            "A risk the company accepted for a limited time is close to its end date. The finding is still accepted, but it will be reported again once the date passes.",
            "the approver named in the message",
            "decide before the date whether to renew the approval or fix the code (docs/governance.md)",
            [], []),
        Entry(RuleIds.SE0004, Precision.VeryHigh, "0.0", [], "a format check: every problem it reports is one the analyzers cannot read",
            "an exceptions file that cannot be read silently changes what is accepted; it is not configurable, so it stays a warning",
            "The file that records accepted risks (who accepted which finding, why and until when) is missing, unreadable or malformed, or one of its entries is. The broken part accepts nothing until it is corrected.",
            "whoever maintains the exceptions file, usually the compliance or security team",
            "correct the file or entry as the message says; the format is in docs/governance.md and its JSON schema",
            [], []),
        Entry(RuleIds.SE1001, Precision.High, "9.0", ["CWE-798"], "1 product finding " + Corpus + ", a licence JWT judged not a credential; vendor prefixes and checksums make the other formats exact",
            "a live credential in a documented format is usable as it stands",
            "An access token, API key or webhook address of a known provider is written into the source code. Anyone who receives the source or the built program can use it to reach the provider account, and through it the company's or its clients' systems.",
            Credential,
            "revoke and replace the credential at the provider, then load it from a secret store or configuration",
            ["A07:2021"], SourceReview),
        Entry(RuleIds.SE1002, Precision.VeryHigh, "9.0", ["CWE-321", "CWE-798"], "no product finding " + Corpus + "; key headers and structure are unambiguous",
            "a private key in source hands out the identity it proves",
            "A private key (the secret half of a key pair) is written into the source code. Whoever holds the source or the program can sign, decrypt or log in as the system the key identifies.",
            Developers + ", with the security or PKI team replacing the key pair",
            "replace the key pair and revoke its certificate if it has one, then load the key from a key store, an HSM or a secret store",
            ["A02:2021", "A07:2021"], SourceReview),
        Entry(RuleIds.SE1003, Precision.High, "8.0", ["CWE-798", "CWE-259"], "no product finding " + Corpus + "; its 54 test-code findings, all fixtures, are out of its default scope",
            "a connection-string password logs into the database it names",
            "A database or service connection string in the source code contains a password. Anyone who reads the source can log into that database or service.",
            Developers + ", with the database or service administrators changing the password",
            "change the password, then read the connection string from configuration or a secret store",
            ["A07:2021"], SourceReview),
        Entry(RuleIds.SE1004, Precision.Medium, "7.0", ["CWE-798"], "2 of 3 product findings true " + Corpus + "; 2 of 9 before its false-finding classes were fixed",
            "judged by a name and the value's shape, so some findings are names or codes: shown as a suggestion, raise it where the code base is clean",
            "A value that looks like a secret is stored in a variable or setting named like a password, key or token. If it is a real credential, anyone reading the source can use it; some findings turn out to be names or codes.",
            Developers,
            "check whether the value is a real secret; if it is, replace it and load it from configuration or a secret store",
            ["A07:2021"], SourceReview),
        Entry(RuleIds.SE1005, Precision.High, "8.0", ["CWE-798"], "no product finding " + Corpus + "; the API says what the value is",
            "the API receiving the literal is a credential sink",
            "A password or key is written directly into a call that logs in or authenticates. Anyone who reads the source can use the same credential.",
            Credential,
            "rotate the credential, then pass a value read from configuration or a secret store",
            ["A07:2021"], SourceReview),
        Entry(RuleIds.SE1006, Precision.Medium, "7.5", ["CWE-321"], "no product finding " + Corpus + "; byte arrays reaching crypto APIs include test vectors and protocol constants",
            "a fixed key protects nothing once the source is read, but some fixed values are protocol constants: shown as a suggestion",
            "A fixed encryption key or starting value (IV) is written into the source code. Anyone who reads the source can decrypt or forge what that key protects.",
            Developers + ", with the security team planning the re-encryption of protected data",
            "generate keys at run time or load them from a key store, and re-encrypt data protected with the fixed key",
            ["A02:2021"], SourceReview),
        Entry(RuleIds.SE1007, Precision.High, "8.0", ["CWE-798", "CWE-538"], "3 of 3 product findings true " + Corpus + "; 3 of 19 before",
            "a credential in a file shipped with the assembly reaches every recipient",
            "A file holding a secret (a private key, a key container such as a .pfx file, a settings file with a password) is built into or shipped with the program. Everyone who receives the program receives the secret.",
            Developers + " and the build or release engineers, with whoever administers the secret rotating it",
            "take the file out of the build output, rotate the secret, and supply it at deployment from a secret store",
            ["A07:2021", "A01:2021"], SourceReview),
        Entry(RuleIds.SE2001, Precision.VeryHigh, "6.0", ["CWE-540"], "declaration-based: it reports what the team marked as a trade secret",
            "trade-secret code in a delivery to a market where source-code review has been sought or proposed",
            "Code the company has declared a trade secret is compiled into software delivered to customers, in a market where authorities have sought or proposed source-code review. Anyone who reviews the delivered source, or decompiles the program, obtains the secret.",
            "the product owner, with the developers and legal deciding what may ship to which market",
            "move the trade secret behind a service the company runs, or out of the assemblies delivered to that market",
            [], ["tc260-drafts", "gbt-36630", "banking-it-rules", "russia", "india"]),
        Entry(RuleIds.SE2002, Precision.VeryHigh, "5.0", ["CWE-540"], "declaration-based: it reports what the team marked as a trade secret",
            "a public trade secret is one decompiler away for every recipient",
            "Code declared a trade secret is part of the program's public interface. Anyone with the program can find and call it, and a decompiler shows how it works.",
            Developers,
            "make the trade-secret type or member internal or private",
            [], SourceReview),
        Entry(RuleIds.SE2003, Precision.VeryHigh, "5.0", ["CWE-540"], "declaration-based: it reports what the team marked as a trade secret",
            "InternalsVisibleTo opens the trade secrets to another assembly",
            "A program part that contains trade secrets opens its internals to another program part. That other part, and whoever receives it, can reach the secrets.",
            Developers,
            "remove the InternalsVisibleTo grant, or limit it to test assemblies that are never shipped",
            [], SourceReview),
        Entry(RuleIds.SE2004, Precision.Low, "5.5", ["CWE-327"], "0 of 3 product findings true " + Corpus + " before its false-finding classes were fixed, none after",
            "bit-twiddling heuristics meet hashes and ciphers of other trades: shown as a suggestion",
            "The code appears to contain home-made encryption instead of a standard algorithm. Once the source is read, whatever it protects can usually be decrypted.",
            Developers + ", with the security team",
            "replace it with a standard algorithm from System.Security.Cryptography and re-encrypt the data it protected",
            ["A02:2021"], SourceReview),
        Entry(RuleIds.SE2005, Precision.VeryHigh, "6.5", ["CWE-540"], "build-setting based: the setting is as reported",
            "the build hands out the source itself",
            "The build puts the program's own source code inside the files delivered to customers. Everyone who receives the program receives the source.",
            "the build or release engineers",
            "turn off EmbedAllSources (and embedded debug information) for shipped builds",
            [], SourceReview),
        Entry(RuleIds.SE2006, Precision.High, "5.5", ["CWE-540"], "declaration-based: it reports what the team marked as a trade secret, in compiled assemblies; names judged readable by their shape",
            "a readable trade secret is one decompiler away for every recipient of the binaries",
            "Code declared a trade secret ships in compiled form with readable names and a body large enough to study. A decompiler turns it back into readable source for anyone who receives the program.",
            Developers + ", with the build or release engineers",
            "move the trade secret behind a service the company runs, or keep it out of the assemblies delivered to that recipient",
            [], SourceReview),
        Entry(RuleIds.SE3001, Precision.VeryHigh, "6.5", [], "645 of 647 product findings true " + Corpus + "; must-find recall 95%",
            "data sent to a host the policy does not allow crosses a border",
            "The code sends data to an internet address in a country or region the company's data-residency policy does not allow. The data may cross a border the company says it does not cross, which the sender's data-protection law may restrict.",
            Developers + ", with the data-protection officer or legal deciding whether the transfer is allowed",
            "read the endpoint from configuration and use one in an allowed jurisdiction, or record the transfer's legal basis and allow the jurisdiction",
            [], TransferLaws),
        Entry(RuleIds.SE3002, Precision.High, "6.5", [], "no product finding " + Corpus + "; it needs the provider's SDK types to bind",
            "a client pinned to a region stores data there",
            "The code pins a cloud service to a region in a jurisdiction the data-residency policy does not allow. Data stored or processed there crosses a border the company says it does not cross.",
            Developers + " and the cloud platform team, with the data-protection officer or legal deciding whether the transfer is allowed",
            "read the region from configuration and choose one in an allowed jurisdiction",
            [], TransferLaws),
        Entry(RuleIds.SE3003, Precision.Medium, "7.0", ["CWE-359"], "no finding " + Corpus + "; flows are followed within one method",
            "a data-flow heuristic: shown as a suggestion; the endpoint itself is SE3001's warning",
            "The code sends personal data, such as phone numbers or ID numbers, to an address in a jurisdiction the data-residency policy does not allow. That is a cross-border transfer of personal data, which the sender's data-protection law may restrict.",
            Developers + ", with the data-protection officer",
            "send the data to an endpoint in an allowed jurisdiction, send less of it, or record the transfer's legal basis",
            [], TransferLaws),
        Entry(RuleIds.SE3004, Precision.Medium, "5.5", ["CWE-359"], "no finding " + Corpus + "; flows are followed within one method",
            "a data-flow heuristic: shown as a suggestion",
            "The code collects identifiers of the machine or its user (hardware addresses, account names, installed software) and sends them to a remote server. Such silent telemetry can profile people and map the organisation's systems.",
            Developers + ", with the data-protection officer",
            "stop collecting the identifiers, or document the collection, tell users and obtain consent where the law requires it",
            [], IdentifierLaws),
        Entry(RuleIds.SE4001, Precision.High, "8.5", ["CWE-798", "CWE-912"], "1 of 1 product finding true " + Corpus + "; 1 of 2 before",
            "a hard-coded credential check lets in whoever reads the source",
            "The code lets in anyone who presents a password or token written into the source. Everyone who reads the source or decompiles the program gets that master key, and a reviewer will read it as a back door.",
            Developers + ", with the security team",
            "remove the hard-coded check and authenticate against the real identity store",
            ["A07:2021"], SourceReviewAndBanking),
        Entry(RuleIds.SE4002, Precision.Medium, "9.0", ["CWE-78", "CWE-94"], "no finding " + Corpus,
            "network input that starts processes or loads code is a remote command channel, whatever the precision",
            "Data received over the network can start programs or load code on the machine. That is a remote-control channel: whoever can send that data can run commands.",
            Developers + ", with the security team",
            "remove the channel, or restrict it to authenticated, allow-listed operations",
            ["A03:2021"], SourceReviewAndBanking),
        Entry(RuleIds.SE4003, Precision.VeryHigh, "7.5", ["CWE-295"], "7 of 7 product findings true " + Corpus,
            "disabled certificate validation lets anyone on the path read and change the traffic",
            "The code turns off the check that a server's security certificate is genuine. Anyone on the network path can then read and change the traffic.",
            Developers,
            "remove the override and let the platform validate certificates, trusting a private CA through the certificate store if needed",
            ["A07:2021"], SourceReview),
        Entry(RuleIds.SE5001, Precision.Medium, "3.0", ["CWE-615"], "0 of 2 product findings true " + Corpus + " before its phrase list was fixed, none after",
            "a comment is a pointer to a weakness, not the weakness: shown as a suggestion",
            "A code comment says there is a weakness, a back door or a shortcut, such as a temporary bypass of a check. A reviewer reading the source is pointed straight at it.",
            Developers,
            "fix the weakness the comment describes, then remove the comment",
            [], SourceReviewAndBanking),
        Entry(RuleIds.SE5002, Precision.Low, "3.5", ["CWE-200"], "0 of 56 product findings true " + Corpus + " before ranges, defaults and service names were excluded, none after",
            "internal names map a network but open nothing: shown as a suggestion",
            "The code names internal servers, network addresses or file shares. A reader learns the layout of the internal network, which helps an attacker plan.",
            Developers + ", with IT operations",
            "move host names, addresses and share paths to configuration",
            ["A01:2021"], SourceReview),
        Entry(RuleIds.SE5003, Precision.Medium, "3.0", ["CWE-215"], "not measured on the corpus, which holds source and no symbols; user names and hosts are judged by the shape of paths and URLs",
            "build paths and repository addresses map the build environment but open nothing: shown as a suggestion",
            "The debug symbols shipped with the program name build machines, user accounts or private source repositories. A recipient learns where and by whom the software is built.",
            "the build or release engineers",
            "build with ContinuousIntegrationBuild or PathMap so paths are neutral, and ship symbols without private Source Link addresses",
            [], SourceReview),
    });

    private static System.Collections.Generic.KeyValuePair<string, RuleProfile> Entry(
        string id, Precision precision, string securitySeverity, string[] cwe, string measured, string severityReason,
        string summary, string owner, string action, string[] owasp, string[] regimes)
        => new(id, new RuleProfile(precision, securitySeverity, cwe, measured, severityReason).Describe(summary, owner, action, owasp, regimes));
}
