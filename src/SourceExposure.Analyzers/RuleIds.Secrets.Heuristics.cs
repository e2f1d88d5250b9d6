// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

// SE1003–SE1006: the heuristic and data-flow part of the secrets family (kept apart from RuleIds.Secrets.cs so the
// two secrets branches never edit the same file).
internal static partial class RuleIds
{
    /// <summary>Credential inside a connection string or URI.</summary>
    public const string SE1003 = nameof(SE1003);

    /// <summary>Secret assigned to a credential-named symbol.</summary>
    public const string SE1004 = nameof(SE1004);

    /// <summary>Hard-coded credential passed to a credential-taking API.</summary>
    public const string SE1005 = nameof(SE1005);

    /// <summary>Hard-coded cryptographic key or IV.</summary>
    public const string SE1006 = nameof(SE1006);
}
