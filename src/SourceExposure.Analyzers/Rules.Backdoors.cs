// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

// The SE4xxx back doors and hidden access family in one place: its ids, its descriptors and its options.

internal static partial class RuleIds
{
    /// <summary>Authentication against a hard-coded credential.</summary>
    public const string SE4001 = nameof(SE4001);

    /// <summary>Network input reaches process start, code loading or a script engine.</summary>
    public const string SE4002 = nameof(SE4002);

    /// <summary>TLS certificate validation disabled.</summary>
    public const string SE4003 = nameof(SE4003);
}

/// <summary>SE4xxx: back doors and hidden access.</summary>
internal static partial class Rules
{
    public static readonly DiagnosticDescriptor SE4001 = Create(
        RuleIds.SE4001, RuleCategories.Backdoors, DiagnosticSeverity.Warning,
        title: "Authentication against a hard-coded credential",
        message: "'{0}' is compared with the hard-coded value '{1}': anyone who reads this source can pass the check, and an auditor reads it as a back door; verify credentials against a hashed store or an identity provider",
        description: "A password, token or user name checked against a literal is a master key written into the program: everyone who receives the source or decompiles the assembly learns it, and a reviewer cannot tell it from a deliberate back door.",
        tags: [RuleTags.Secret, RuleTags.Heuristic]);

    public static readonly DiagnosticDescriptor SE4002 = Create(
        RuleIds.SE4002, RuleCategories.Backdoors, DiagnosticSeverity.Warning,
        title: "Network input reaches process start or code loading",
        message: "Data from {0} reaches {1}: whoever can send that input can run commands or load code on this host; map remote requests to a fixed set of allowed operations instead",
        description: "A program that starts processes, loads assemblies or evaluates scripts named by data from a socket, an HTTP request or a message queue is a remote command channel: the shape of an implant, whatever its purpose.",
        tags: [RuleTags.Heuristic]);

    public static readonly DiagnosticDescriptor SE4003 = Create(
        RuleIds.SE4003, RuleCategories.Backdoors, DiagnosticSeverity.Warning,
        title: "TLS certificate validation disabled",
        message: "{0} accepts every server certificate: anyone on the network path can impersonate the server and read or change the traffic; remove the callback, or validate the chain and pin the expected key",
        description: "A certificate validation callback that always returns true turns TLS into unauthenticated encryption, so traffic can be intercepted by whoever sits on the path; to a reviewer it is an interception point left open on purpose.");
}

/// <summary>Options of the SE4xxx rules.</summary>
internal static partial class RuleOptions
{

}
