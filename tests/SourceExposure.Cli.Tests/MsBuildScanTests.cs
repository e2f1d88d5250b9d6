// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Tests;

/// <summary>Projects loaded through MSBuildWorkspace (the .NET SDK on this machine; no restore or network needed).</summary>
public sealed class MsBuildScanTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <SourceExposureDelivery>hosted</SourceExposureDelivery>
          </PropertyGroup>
        </Project>
        """;

    [Fact]
    public async Task ProjectWithEditorConfig_IsReportedThroughMsBuildWithProjectSeverity()
    {
        using var tree = new TempTree();
        var project = tree.Write("App/App.csproj", Project);
        tree.Write("App/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.SE1002.severity = error\n");
        tree.Write("App/Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", project, "--no-reports", "--fail-on", "error");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("(msbuild)", run.Output);
        Assert.Contains("Signer.cs:5: error SE1002", run.Output);
        Assert.DoesNotContain(Samples.SecretFragment, run.All);
    }

    [Fact]
    public async Task FolderWithUnloadableProject_FallsBackToSourcesReported()
    {
        using var tree = new TempTree();
        tree.Write("App/App.csproj", "<Project this is not xml");
        tree.Write("App/Signer.cs", Samples.Signer());

        var run = await Cli.RunAsync("scan", tree["App"], "--no-reports");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("scanning its folder's C# files without MSBuild", run.All);
        Assert.Contains("Signer.cs:5: warning SE1002", run.Output);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public void ProjectProperties_AreReadByEvaluation()
    {
        using var tree = new TempTree();
        var project = tree.Write("App/App.csproj", Project);
        tree.Write("Directory.Build.props", "<Project><PropertyGroup><SourceExposureMarkets>cn;hk</SourceExposureMarkets></PropertyGroup></Project>");

        var values = MsBuildLoader.Evaluate(project, ["SourceExposureDelivery", "SourceExposureMarkets", "IsTestProject"], NullProgress.Instance);

        Assert.Equal("hosted", values["SourceExposureDelivery"]);
        Assert.Equal("cn;hk", values["SourceExposureMarkets"]);
    }

    [Fact]
    public void AugmentedOptions_AddMissingBuildPropertiesButKeepProjectValues()
    {
        var inner = new FixedProvider(new Dictionary<string, string> { ["build_property.IsTestProject"] = "true" });

        var augmented = new AugmentedOptionsProvider(inner, new Dictionary<string, string>
        {
            ["build_property.IsTestProject"] = "false",
            ["build_property.SourceExposureDelivery"] = "hosted",
        });

        Assert.True(augmented.GlobalOptions.TryGetValue("build_property.istestproject", out var test));
        Assert.Equal("true", test);
        Assert.True(augmented.GlobalOptions.TryGetValue("build_property.SourceExposureDelivery", out var delivery));
        Assert.Equal("hosted", delivery);
    }

    private sealed class FixedProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryConfigOptions(global.ToImmutableDictionary());

        public override AnalyzerConfigOptions GetOptions(Microsoft.CodeAnalysis.SyntaxTree tree) => DictionaryConfigOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(Microsoft.CodeAnalysis.AdditionalText textFile) => DictionaryConfigOptions.Empty;
    }
}
