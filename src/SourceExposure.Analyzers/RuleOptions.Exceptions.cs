// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>Options of the approved-exceptions file (SE0002–SE0004 and the suppressor); see docs/governance.md.</summary>
internal static partial class RuleOptions
{
    /// <summary><c>SourceExposureExceptionsDueDays</c>: how early SE0003 warns of an expiring exception.</summary>
    public static readonly RuleOption<int> ExceptionsDueDays = RuleOption.Integer(
        OptionScope.BuildProperty, string.Empty, "SourceExposureExceptionsDueDays", defaultValue: 30, min: 0, max: 3650,
        "Days before an approved exception's expiry from which SE0003 reports it as due (0: only on its last day).");

    /// <summary><c>SourceExposureExceptionsFile</c>: the exceptions file, when it is not found beside or above the project.</summary>
    public static readonly RuleOption<string> ExceptionsFile = RuleOption.Text(
        OptionScope.BuildProperty, string.Empty, "SourceExposureExceptionsFile", string.Empty,
        "Path of the approved-exceptions file; by default the nearest SourceExposure.exceptions.json in the project's folder or a parent.");

    /// <summary><c>SourceExposureExceptionsRoot</c>: the folder that fingerprint paths are relative to.</summary>
    public static readonly RuleOption<string> ExceptionsRoot = RuleOption.Text(
        OptionScope.BuildProperty, string.Empty, "SourceExposureExceptionsRoot", string.Empty,
        "Folder that the paths in fingerprints are relative to; by default the folder of a SourceExposure.exceptions.json found beside or above the project, else the project folder.");
}
