// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers;

namespace SourceExposure.Cli.Inspection;

/// <summary>The names of the inspect checks that report the artifact-only rules (SARIF <c>rule.name</c>, list-rules).</summary>
internal static class ArtifactChecks
{
    public static string Name(string ruleId) => ruleId switch
    {
        RuleIds.SE2006 => "SE2006ReadableTradeSecret",
        RuleIds.SE5003 => "SE5003SymbolsNameBuildEnvironment",
        _ => ruleId,
    };
}
