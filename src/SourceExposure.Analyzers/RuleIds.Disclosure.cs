// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

internal static partial class RuleIds
{
    /// <summary>Comment announces a security weakness.</summary>
    public const string SE5001 = nameof(SE5001);

    /// <summary>Internal infrastructure named in code.</summary>
    public const string SE5002 = nameof(SE5002);

    /// <summary>Shipped symbols name repositories, build machines or users (artifact-only: <c>source-exposure inspect</c>).</summary>
    public const string SE5003 = nameof(SE5003);
}
