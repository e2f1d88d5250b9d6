// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;

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
/// What the rule pages, the CLI's SARIF and the HTML report say about a rule beyond its descriptor: its precision
/// tier (backed by the real-code corpus, bench/RealCode), the security-severity number code-scanning services sort
/// by, its CWE entries, and why its default severity is what it is.
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

    /// <summary>What the corpus measured, in words, for the rule page.</summary>
    public string Measured { get; }

    public string SeverityReason { get; }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>The block under a rule page's title; a convention test keeps every page equal to it.</summary>
    public string Markdown(Microsoft.CodeAnalysis.DiagnosticSeverity defaultSeverity)
    {
        var cwe = Cwe.Length == 0
            ? "none that fits"
            : string.Join(", ", Array.ConvertAll(Cwe, c => $"[{c}](https://cwe.mitre.org/data/definitions/{c.Substring(4)}.html)"));
        return $"> - **Precision:** {PrecisionName}. {Capitalised(Measured)}.\n"
            + $"> - **Default severity:** {defaultSeverity}: {SeverityReason}.\n"
            + $"> - **Security severity:** {SecuritySeverity} · **CWE:** {cwe}\n";
    }
}

/// <summary>One profile per rule id; a convention test keeps it equal to the catalog and the rule pages.</summary>
internal static class RuleProfiles
{
    private const string Corpus = "on the real-code corpus (bench/RealCode, 18 repositories)";

    public static readonly ImmutableDictionary<string, RuleProfile> ById = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
    {
        Entry(RuleIds.SE0001, Precision.VeryHigh, "0.0", [], "a configuration check: every value it reports is one the analyzers cannot parse",
            "a setting the analyzers cannot use silently changes what they report"),
        Entry(RuleIds.SE1001, Precision.High, "9.0", ["CWE-798"], "1 product finding " + Corpus + ", a licence JWT judged not a credential; vendor prefixes and checksums make the other formats exact",
            "a live credential in a documented format is usable as it stands"),
        Entry(RuleIds.SE1002, Precision.VeryHigh, "9.0", ["CWE-321", "CWE-798"], "no product finding " + Corpus + "; key headers and structure are unambiguous",
            "a private key in source hands out the identity it proves"),
        Entry(RuleIds.SE1003, Precision.High, "8.0", ["CWE-798", "CWE-259"], "no product finding " + Corpus + "; its 54 test-code findings, all fixtures, are out of its default scope",
            "a connection-string password logs into the database it names"),
        Entry(RuleIds.SE1004, Precision.Medium, "7.0", ["CWE-798"], "2 of 3 product findings true " + Corpus + "; 2 of 9 before its false-finding classes were fixed",
            "judged by a name and the value's shape, so some findings are names or codes: shown as a suggestion, raise it where the code base is clean"),
        Entry(RuleIds.SE1005, Precision.High, "8.0", ["CWE-798"], "no product finding " + Corpus + "; the API says what the value is",
            "the API receiving the literal is a credential sink"),
        Entry(RuleIds.SE1006, Precision.Medium, "7.5", ["CWE-321"], "no product finding " + Corpus + "; byte arrays reaching crypto APIs include test vectors and protocol constants",
            "a fixed key protects nothing once the source is read, but some fixed values are protocol constants: shown as a suggestion"),
        Entry(RuleIds.SE1007, Precision.High, "8.0", ["CWE-798", "CWE-538"], "3 of 3 product findings true " + Corpus + "; 3 of 19 before",
            "a credential in a file shipped with the assembly reaches every recipient"),
        Entry(RuleIds.SE2001, Precision.VeryHigh, "6.0", ["CWE-540"], "declaration-based: it reports what the team marked as a trade secret",
            "trade-secret code in a delivery to a market with a source-disclosure regime"),
        Entry(RuleIds.SE2002, Precision.VeryHigh, "5.0", ["CWE-540"], "declaration-based: it reports what the team marked as a trade secret",
            "a public trade secret is one decompiler away for every recipient"),
        Entry(RuleIds.SE2003, Precision.VeryHigh, "5.0", ["CWE-540"], "declaration-based: it reports what the team marked as a trade secret",
            "InternalsVisibleTo opens the trade secrets to another assembly"),
        Entry(RuleIds.SE2004, Precision.Low, "5.5", ["CWE-327"], "0 of 3 product findings true " + Corpus + " before its false-finding classes were fixed, none after",
            "bit-twiddling heuristics meet hashes and ciphers of other trades: shown as a suggestion"),
        Entry(RuleIds.SE2005, Precision.VeryHigh, "6.5", ["CWE-540"], "build-setting based: the setting is as reported",
            "the build hands out the source itself"),
        Entry(RuleIds.SE2006, Precision.High, "5.5", ["CWE-540"], "declaration-based: it reports what the team marked as a trade secret, in compiled assemblies; names judged readable by their shape",
            "a readable trade secret is one decompiler away for every recipient of the binaries"),
        Entry(RuleIds.SE3001, Precision.VeryHigh, "6.5", [], "645 of 647 product findings true " + Corpus + "; must-find recall 95%",
            "data sent to a host the policy does not allow crosses a border"),
        Entry(RuleIds.SE3002, Precision.High, "6.5", [], "no product finding " + Corpus + "; it needs the provider's SDK types to bind",
            "a client pinned to a region stores data there"),
        Entry(RuleIds.SE3003, Precision.Medium, "7.0", ["CWE-359"], "no finding " + Corpus + "; flows are followed within one method",
            "a data-flow heuristic: shown as a suggestion; the endpoint itself is SE3001's warning"),
        Entry(RuleIds.SE3004, Precision.Medium, "5.5", ["CWE-359"], "no finding " + Corpus + "; flows are followed within one method",
            "a data-flow heuristic: shown as a suggestion"),
        Entry(RuleIds.SE4001, Precision.High, "8.5", ["CWE-798", "CWE-912"], "1 of 1 product finding true " + Corpus + "; 1 of 2 before",
            "a hard-coded credential check lets in whoever reads the source"),
        Entry(RuleIds.SE4002, Precision.Medium, "9.0", ["CWE-78", "CWE-94"], "no finding " + Corpus,
            "network input that starts processes or loads code is a remote command channel, whatever the precision"),
        Entry(RuleIds.SE4003, Precision.VeryHigh, "7.5", ["CWE-295"], "7 of 7 product findings true " + Corpus,
            "disabled certificate validation lets anyone on the path read and change the traffic"),
        Entry(RuleIds.SE5001, Precision.Medium, "3.0", ["CWE-615"], "0 of 2 product findings true " + Corpus + " before its phrase list was fixed, none after",
            "a comment is a pointer to a weakness, not the weakness: shown as a suggestion"),
        Entry(RuleIds.SE5002, Precision.Low, "3.5", ["CWE-200"], "0 of 56 product findings true " + Corpus + " before ranges, defaults and service names were excluded, none after",
            "internal names map a network but open nothing: shown as a suggestion"),
        Entry(RuleIds.SE5003, Precision.Medium, "3.0", ["CWE-215"], "not measured on the corpus, which holds source and no symbols; user names and hosts are judged by the shape of paths and URLs",
            "build paths and repository addresses map the build environment but open nothing: shown as a suggestion"),
    });

    private static System.Collections.Generic.KeyValuePair<string, RuleProfile> Entry(
        string id, Precision precision, string securitySeverity, string[] cwe, string measured, string severityReason)
        => new(id, new RuleProfile(precision, securitySeverity, cwe, measured, severityReason));
}
