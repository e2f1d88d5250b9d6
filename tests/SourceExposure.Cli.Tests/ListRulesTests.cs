// SPDX-License-Identifier: MIT
using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Cli.Tests;

public sealed class ListRulesTests
{
    /// <summary>The descriptors, found independently of the CLI: every analyzer type in the analyzers assembly, and the artifact-only rules of inspect.</summary>
    private static (string Id, string Severity, string Title, string Help)[] Descriptors() =>
        typeof(SourceExposure.Analyzers.SourceExposureAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Concat(SourceExposure.Analyzers.ArtifactRules.All)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => (d.Id, d.DefaultSeverity switch
            {
                Microsoft.CodeAnalysis.DiagnosticSeverity.Error => "error",
                Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => "warning",
                Microsoft.CodeAnalysis.DiagnosticSeverity.Info => "note",
                _ => "none",
            }, d.Title.ToString(), d.HelpLinkUri))
            .ToArray();

    [Fact]
    public async Task TextOutput_EqualsAnalyzerDescriptors()
    {
        var run = await Cli.RunAsync("list-rules");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var expected = Descriptors().Select(d => $"{d.Id}\t{d.Severity}\t{d.Title}\t{d.Help}").ToArray();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, lines);
        Assert.Contains(lines, l => l.StartsWith("SE1002\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JsonOutput_EqualsAnalyzerDescriptors()
    {
        var run = await Cli.RunAsync("list-rules", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var actual = json.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("severity").GetString()!, r.GetProperty("title").GetString()!, r.GetProperty("helpUri").GetString()!))
            .ToArray();
        Assert.Equal(Descriptors(), actual);
        Assert.True(json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "SE1002").GetProperty("codeFix").GetBoolean());
    }
}
