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
}
