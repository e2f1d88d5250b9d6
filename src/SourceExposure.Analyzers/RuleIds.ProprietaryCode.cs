// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

internal static partial class RuleIds
{
    /// <summary>Trade-secret code compiled into a shipped assembly.</summary>
    public const string SE2001 = nameof(SE2001);

    /// <summary>Trade-secret symbol visible outside its assembly.</summary>
    public const string SE2002 = nameof(SE2002);

    /// <summary>Internals of an assembly with trade secrets opened to another assembly.</summary>
    public const string SE2003 = nameof(SE2003);

    /// <summary>Hand-rolled cryptography protected only by secrecy.</summary>
    public const string SE2004 = nameof(SE2004);

    /// <summary>Shipped assembly carries its own source.</summary>
    public const string SE2005 = nameof(SE2005);

    /// <summary>Trade-secret code readable in a shipped assembly (artifact-only: <c>source-exposure inspect</c>).</summary>
    public const string SE2006 = nameof(SE2006);
}
