// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

internal static partial class RuleIds
{
    /// <summary>Credential in a known provider format.</summary>
    public const string SE1001 = nameof(SE1001);

    /// <summary>Private key material in source.</summary>
    public const string SE1002 = nameof(SE1002);

    /// <summary>Secret-bearing file compiled into the assembly.</summary>
    public const string SE1007 = nameof(SE1007);
}
