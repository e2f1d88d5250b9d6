// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

/// <summary>
/// Every diagnostic id SourceExposure reports. Ids are stable once shipped and never reused.
/// Each family declares its ids in its own part of this class (RuleIds.&lt;Family&gt;.cs).
/// </summary>
internal static partial class RuleIds
{
    /// <summary>Invalid SourceExposure configuration (.editorconfig key or MSBuild property).</summary>
    public const string SE0001 = nameof(SE0001);

    /// <summary>An approved exception (SourceExposure.exceptions.json) has expired: the finding is back.</summary>
    public const string SE0002 = nameof(SE0002);

    /// <summary>An approved exception expires within the configured number of days.</summary>
    public const string SE0003 = nameof(SE0003);

    /// <summary>The exceptions file, or one of its entries, cannot be used.</summary>
    public const string SE0004 = nameof(SE0004);
}
