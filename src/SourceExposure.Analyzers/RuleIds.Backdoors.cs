// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

internal static partial class RuleIds
{
    /// <summary>Authentication against a hard-coded credential.</summary>
    public const string SE4001 = nameof(SE4001);

    /// <summary>Network input reaches process start, code loading or a script engine.</summary>
    public const string SE4002 = nameof(SE4002);

    /// <summary>TLS certificate validation disabled.</summary>
    public const string SE4003 = nameof(SE4003);
}
