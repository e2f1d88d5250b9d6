// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

internal static partial class RuleIds
{
    /// <summary>Hard-coded endpoint in a disallowed jurisdiction.</summary>
    public const string SE3001 = nameof(SE3001);

    /// <summary>Cloud region in a disallowed jurisdiction.</summary>
    public const string SE3002 = nameof(SE3002);

    /// <summary>Personal data sent to a disallowed jurisdiction.</summary>
    public const string SE3003 = nameof(SE3003);

    /// <summary>Device or user identifier sent over the network.</summary>
    public const string SE3004 = nameof(SE3004);
}
