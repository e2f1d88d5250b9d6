// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

internal static partial class RuleIds
{
    /// <summary>Private key material in source.</summary>
    public const string SE1002 = nameof(SE1002);
}
