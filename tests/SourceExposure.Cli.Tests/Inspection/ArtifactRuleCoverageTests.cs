// SPDX-License-Identifier: MIT
using System;
using System.Linq;
using System.Reflection;
using SourceExposure.Analyzers;

namespace SourceExposure.Cli.Tests.Inspection;

/// <summary>
/// The artifact-only rules have no analyzer for SourceExposure.Tests to probe, so their part of the "every rule has
/// tests" convention lives here: one <c>SE####…Tests</c> class per rule with a reporting case and a near miss.
/// </summary>
public sealed class ArtifactRuleCoverageTests
{
    public static TheoryData<string> Ids => [.. ArtifactRules.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void ArtifactRule_HasATestClass_WithReportingAndNearMissCases(string id)
    {
        var classes = typeof(ArtifactRuleCoverageTests).Assembly.GetTypes()
            .Where(t => t.Name.StartsWith(id, StringComparison.Ordinal) && t.Name.EndsWith("Tests", StringComparison.Ordinal))
            .ToList();
        Assert.True(classes.Count == 1, $"expected one {id}…Tests class, found {classes.Count}");
        var facts = classes[0].GetMethods().Where(m => m.GetCustomAttributes<FactAttribute>().Any()).Select(m => m.Name).ToList();
        Assert.Contains(facts, n => n.Contains("IsReported", StringComparison.Ordinal));
        Assert.Contains(facts, n => n.Contains("NotReported", StringComparison.Ordinal));
    }

    [Fact]
    public void ArtifactRules_AreInTheToolsCatalog_NamedAfterTheirCheck()
    {
        foreach (var descriptor in ArtifactRules.All)
        {
            var rule = RuleCatalog.Instance.ById[descriptor.Id];
            Assert.StartsWith(descriptor.Id, rule.AnalyzerName, StringComparison.Ordinal);
            Assert.NotNull(rule.Doc);
        }
    }
}
