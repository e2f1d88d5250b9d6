// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace SourceExposure.Tests.Conventions;

/// <summary>
/// Each rule has its own test class with at least one case that reports the rule and one near miss that stays silent.
/// The cases are found by name (<c>…_IsReported</c>, <c>…_NotReported</c>) and then confirmed through the library's
/// test types: <see cref="RuleTestProbe"/> calls each candidate with its analyzer and code-fix tests recording what
/// they would verify. A reporting case counts only if it runs the rule's analyzer and expects the rule's ID; a near
/// miss counts only if it runs the rule's analyzer and expects no diagnostic with that ID.
/// </summary>
public sealed class RuleTestCoverageConventionTests
{
    /// <summary>
    /// Rules an analyzer reports. The artifact-only rules of <c>source-exposure inspect</c> have no analyzer to probe;
    /// SourceExposure.Cli.Tests holds their test classes and checks the same two cases (ArtifactRuleCoverageTests).
    /// </summary>
    public static TheoryData<string> Ids => [.. Catalog.Descriptors.Select(d => d.Id).Where(id => !Analyzers.ArtifactRules.IsArtifactOnly(id))];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Rule_HasATestClass_WithReportingAndNearMissCases(string id)
    {
        var classes = typeof(RuleTestCoverageConventionTests).Assembly.GetTypes()
            .Where(t => t.Name.StartsWith(id, StringComparison.Ordinal) && t.Name.EndsWith("Tests", StringComparison.Ordinal))
            .ToList();
        Assert.True(classes.Count == 1, $"expected one {id}…Tests class, found {classes.Count}");

        var tests = classes[0].GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute))
            .ToList();
        var reporting = tests.Where(m => Regex.IsMatch(m.Name, "(?<!Not)Report(ed|s)")).ToList();
        var nearMisses = tests.Where(m => m.Name.Contains("NotReported", StringComparison.Ordinal)).ToList();

        Assert.True(
            await AnyRunAsync(classes[0], reporting, run => run.Runs(id) && run.ExpectedIds.Contains(id)),
            $"no test of {classes[0].Name} named …Reported/…Reports runs the {id} analyzer expecting {id}; candidates: {Names(reporting)}");
        Assert.True(
            await AnyRunAsync(classes[0], nearMisses, run => run.Runs(id) && !run.ExpectedIds.Contains(id)),
            $"no test of {classes[0].Name} named …NotReported runs the {id} analyzer expecting no {id}; candidates: {Names(nearMisses)}");
    }

    [Fact]
    public async Task Probe_RecordsWhatATestExpects_WithoutRunningIt()
    {
        // Run for real, this markup fails: "x" is no secret. Probed, it is only recorded.
        var runs = await RuleTestProbe.ProbeAsync(() => CSharpAnalyzerVerifier<Analyzers.Secrets.SE1004CredentialNamedSymbolAnalyzer>.VerifyAnalyzerAsync(
            """class C { string password = [|"x"|]; }"""));

        var run = Assert.Single(runs);
        Assert.True(run.Runs("SE1004"));
        Assert.Equal("SE1004", Assert.Single(run.ExpectedIds));
    }

    /// <summary>True when some data row of some method asks for a run that <paramref name="proves"/> accepts.</summary>
    private static async Task<bool> AnyRunAsync(Type testClass, IEnumerable<MethodInfo> methods, Func<ProbedRun, bool> proves)
    {
        foreach (var method in methods)
        {
            foreach (var arguments in DataRows(method))
            {
                var instance = Activator.CreateInstance(testClass);
                var runs = await RuleTestProbe.ProbeAsync(() => method.Invoke(instance, arguments) as Task ?? Task.CompletedTask);
                if (runs.Any(proves))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<object?[]?> DataRows(MethodInfo method)
        => method.GetParameters().Length == 0
            ? [null]
            : method.GetCustomAttributes<DataAttribute>().SelectMany(data => data.GetData(method));

    private static string Names(IEnumerable<MethodInfo> methods)
        => string.Join(", ", methods.Select(m => m.Name).DefaultIfEmpty("none"));
}
