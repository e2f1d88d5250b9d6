// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

internal static partial class RuleIds
{
    /// <summary>Comment announces a security weakness.</summary>
    public const string SE5001 = nameof(SE5001);

    /// <summary>Internal infrastructure named in code.</summary>
    public const string SE5002 = nameof(SE5002);
}
