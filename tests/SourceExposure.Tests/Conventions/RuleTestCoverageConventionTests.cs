// SPDX-License-Identifier: MIT
using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SourceExposure.Tests.Conventions;

/// <summary>Each rule has its own test class with at least one case that reports and one that stays silent.</summary>
public sealed class RuleTestCoverageConventionTests
{
    public static TheoryData<string> Ids => [.. Catalog.Descriptors.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_HasATestClass_WithReportingAndNearMissCases(string id)
    {
        var classes = typeof(RuleTestCoverageConventionTests).Assembly.GetTypes()
            .Where(t => t.Name.StartsWith(id, StringComparison.Ordinal) && t.Name.EndsWith("Tests", StringComparison.Ordinal))
            .ToList();
        Assert.True(classes.Count == 1, $"expected one {id}…Tests class, found {classes.Count}");

        var tests = classes[0].GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute))
            .Select(m => m.Name)
            .ToList();
        Assert.Contains(tests, n => Regex.IsMatch(n, "(?<!Not)Report(ed|s)"));
        Assert.Contains(tests, n => n.Contains("NotReported", StringComparison.Ordinal));
    }
}
