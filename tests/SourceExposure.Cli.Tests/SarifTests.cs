// SPDX-License-Identifier: MIT
using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NJsonSchema;

namespace SourceExposure.Cli.Tests;

public sealed class SarifTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json"))));

    private static async Task<(CliRun Run, string Sarif)> ScanAsync(TempTree tree, params string[] extra)
    {
        var sarif = tree["out/report.sarif"];
        var run = await Cli.RunAsync(["scan", tree["repo"], "--sarif", sarif, .. extra]);
        Assert.True(File.Exists(sarif), run.ToString());
        return (run, File.ReadAllText(sarif));
    }

    [Fact]
    public async Task Findings_ReportedAsSarifValidAgainstSchema()
    {
        using var tree = new TempTree();
        tree.Write("repo/src/Signer.cs", Samples.Signer());
        tree.Write("repo/src/Other Dir/Second.cs", Samples.Signer("SecondSigner"));

        var (_, sarif) = await ScanAsync(tree);

        var errors = (await Schema.Value).Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task CorruptedSarif_NotReportedValidBySchema()
    {
        using var tree = new TempTree();
        tree.Write("repo/Signer.cs", Samples.Signer());

        var (_, sarif) = await ScanAsync(tree);
        var corrupted = sarif.Replace("\"level\": \"warning\"", "\"level\": \"severe\"", StringComparison.Ordinal);

        Assert.NotEqual(sarif, corrupted);
        Assert.NotEmpty((await Schema.Value).Validate(corrupted));
    }

    [Fact]
    public async Task Results_ReportedWithRuleMetadataRelativeLocationsAndFingerprints()
    {
        using var tree = new TempTree();
        tree.Write("repo/src/Signer.cs", Samples.Signer());

        var (_, sarif) = await ScanAsync(tree);
        using var json = JsonDocument.Parse(sarif);
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var result = run.GetProperty("results").EnumerateArray().Single();
        var rule = rules[result.GetProperty("ruleIndex").GetInt32()];

        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        Assert.Equal("SE1002", result.GetProperty("ruleId").GetString());
        Assert.Equal("SE1002", rule.GetProperty("id").GetString());
        Assert.Equal("PrivateKeyMaterial", rule.GetProperty("name").GetString());
        Assert.Equal("Private key material in source", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.EndsWith(".", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.EndsWith("docs/rules/SE1002.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("SourceExposure.Secrets", rule.GetProperty("properties").GetProperty("category").GetString());
        Assert.Contains(rule.GetProperty("properties").GetProperty("tags").EnumerateArray(), t => t.GetString() == "SourceExposure.Secret");
        Assert.Contains(rule.GetProperty("properties").GetProperty("tags").EnumerateArray(), t => t.GetString() == "external/cwe/cwe-321");
        Assert.Equal("very-high", rule.GetProperty("properties").GetProperty("precision").GetString());
        Assert.Equal("9.0", rule.GetProperty("properties").GetProperty("security-severity").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Signer.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Matches("^[0-9a-f]{32}$", result.GetProperty("partialFingerprints").GetProperty("sourceExposure/v1").GetString());
        Assert.StartsWith("file:///", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
        Assert.DoesNotContain(Samples.SecretFragment, sarif);
    }

    [Fact]
    public async Task AllCatalogRules_ReportedInDriverEvenWithoutFindings()
    {
        using var tree = new TempTree();
        tree.Write("repo/Ledger.cs", Samples.Clean);

        var (_, sarif) = await ScanAsync(tree);
        using var json = JsonDocument.Parse(sarif);
        var ids = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();

        Assert.Equal(RuleCatalog.Instance.Rules.Select(r => r.Id), ids);
        Assert.Empty(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }
}
