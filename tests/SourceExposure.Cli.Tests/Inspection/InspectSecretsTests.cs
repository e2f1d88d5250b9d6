// SPDX-License-Identifier: MIT
using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NJsonSchema;

namespace SourceExposure.Cli.Tests.Inspection;

/// <summary>Strings, constants, resources and shipped files of built assemblies, read through the analyzers' engines.</summary>
public sealed class InspectSecretsTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json"))));

    private static string Signer => $$"""
        namespace Contoso.Payments;

        public static class Gateway
        {
            public const string ApiKey = "{{TestAssemblies.StripeKey}}";

            public static string SigningKey() => "{{TestAssemblies.Pem.Replace("\n", "\\n")}}";

            public static string Ledger() => "Server=ledger.contoso.com;Database=Ledger;User Id=svc;Password={{TestAssemblies.DbPassword}}";

            public static string Greeting() => "Hello, customer";
        }
        """;

    [Fact]
    public async Task SecretsInStringsAndConstants_ReportedWithTheirMembersAndRedacted()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile(Signer).Write(tree["bin"]);

        var run = await TestAssemblies.RunAsync("inspect", tree["bin"], "--sarif", tree["out/r.sarif"], "--html", tree["out/r.html"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Contoso.Payments.dll [Contoso.Payments.Gateway.ApiKey]: warning SE1001: Stripe live secret key ('sk_l…') is embedded in the string constant 'Gateway.ApiKey' of Contoso.Payments.dll", run.Output);
        Assert.Contains("Contoso.Payments.dll [Contoso.Payments.Gateway.SigningKey]: warning SE1002: RSA private key ('MIIE…') is embedded in a string literal of 'Gateway.SigningKey' in Contoso.Payments.dll", run.Output);
        Assert.Contains("Contoso.Payments.dll [Contoso.Payments.Gateway.Ledger]: warning SE1003:", run.Output);
        Assert.Equal(3, run.Output.Split('\n').Count(l => l.Contains(": warning SE", StringComparison.Ordinal)));
        foreach (var output in new[] { run.All, File.ReadAllText(tree["out/r.sarif"]), File.ReadAllText(tree["out/r.html"]) })
        {
            Assert.DoesNotContain(TestAssemblies.StripeKey[..12], output);
            Assert.DoesNotContain(Samples.SecretFragment, output);
            Assert.DoesNotContain(TestAssemblies.DbPassword, output);
        }
    }

    [Fact]
    public async Task Sarif_ValidAgainstSchema_WithArtifactAndLogicalLocations_AndTheByteRangeOfTheString()
    {
        using var tree = new TempTree();
        var dll = TestAssemblies.Compile(Signer).Write(tree["bin"]);

        var run = await TestAssemblies.RunAsync("inspect", tree["bin"], "--sarif", tree["out/r.sarif"]);
        var sarif = File.ReadAllText(tree["out/r.sarif"]);

        var errors = (await Schema.Value).Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")) + run);
        using var json = JsonDocument.Parse(sarif);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var key = results.Single(r => r.GetProperty("ruleId").GetString() == "SE1002");
        var location = key.GetProperty("locations")[0];
        Assert.Equal("Contoso.Payments.dll", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("Contoso.Payments.Gateway.SigningKey", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal("function", location.GetProperty("logicalLocations")[0].GetProperty("kind").GetString());

        // The byte range is where the literal's UTF-16 text sits in the file.
        var region = location.GetProperty("physicalLocation").GetProperty("region");
        var bytes = File.ReadAllBytes(dll);
        var at = Encoding.Unicode.GetString(bytes, region.GetProperty("byteOffset").GetInt32() + 2, 22);
        Assert.Equal("-----BEGIN ", at);
    }

    [Fact]
    public async Task SecretsInResourcesAndShippedFiles_ReportedAsSE1007WithLines()
    {
        using var tree = new TempTree();
        var settings = TestAssemblies.Utf8($$"""
            {
              "Smtp": {
                "Password": "{{TestAssemblies.DbPassword}}"
              }
            }
            """);
        var table = TestAssemblies.ResourceTable(("Greeting", "Hello"), ("PaymentsKey", "key: " + TestAssemblies.StripeKey));
        TestAssemblies.Compile("public class C { }", resources: [("Contoso.Payments.appsettings.Production.json", settings), ("Contoso.Payments.Strings.resources", table)]).Write(tree["bin"]);
        File.WriteAllBytes(tree["bin/appsettings.json"], settings);

        var result = TestAssemblies.Inspect(tree["bin"]);

        var embedded = Assert.Single(result.Findings, f => f.Artifact?.LogicalName == "resource Contoso.Payments.appsettings.Production.json");
        Assert.Equal("SE1007", embedded.RuleId);
        Assert.Equal(3, embedded.StartLine);
        Assert.StartsWith("Password of 'Password' ('Vx7…') in 'Contoso.Payments.appsettings.Production.json' ships with the build as an embedded resource of Contoso.Payments.dll", embedded.Message);
        var entry = Assert.Single(result.Findings, f => f.Artifact?.LogicalName == "resource Contoso.Payments.Strings.resources entry PaymentsKey");
        Assert.Contains("Stripe live secret key ('sk_l…')", entry.Message);
        var file = Assert.Single(result.Findings, f => f.RelativePath == "appsettings.json");
        Assert.Equal("appsettings.json:3", file.Location);
        Assert.Contains("a file of the build output", file.Message);
        Assert.Equal(3, result.Findings.Count);
    }

    [Fact]
    public void ResidencyEndpointsAndRegions_PlacedWithTheCatalog_AndThePolicyFromConfig()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile("""
            public static class Storage
            {
                public static string Endpoint() => "https://contoso-archive.oss-cn-hangzhou.aliyuncs.com/statements/";
                public static string Region() => "cn-north-1";
                public static string Elsewhere() => "https://contoso.s3.eu-west-1.amazonaws.com/";
            }
            """).Write(tree["bin"]);

        var reported = TestAssemblies.Inspect(tree["bin"]);
        var allowed = TestAssemblies.Inspect(tree["bin"], config: "is_global = true\nsource_exposure.residency.home = cn\n");

        var endpoint = Assert.Single(reported.Findings, f => f.RuleId == "SE3001");
        Assert.Equal("Storage.Endpoint", endpoint.Artifact!.LogicalName);
        Assert.Contains("'contoso-archive.oss-cn-hangzhou.aliyuncs.com' (Alibaba Cloud region cn-hangzhou)", endpoint.Message);
        var region = Assert.Single(reported.Findings, f => f.RuleId == "SE3002");
        Assert.StartsWith("Region 'cn-north-1'", region.Message);
        Assert.DoesNotContain(allowed.Findings, f => f.RuleId is "SE3001" or "SE3002" && !f.Message.Contains("eu-west-1", StringComparison.Ordinal));
        Assert.Contains(allowed.Findings, f => f.RuleId == "SE3001" && f.Message.Contains("eu-west-1", StringComparison.Ordinal));
    }

    [Fact]
    public void PackageEntries_ReportedWithTheEntryAndTheCarriedSources()
    {
        using var tree = new TempTree();
        var built = TestAssemblies.Compile(Signer, pdb: Pdb.Beside);
        TestAssemblies.Package(
            tree["feed/Contoso.Payments.1.0.0.nupkg"],
            ("lib/net8.0/Contoso.Payments.dll", built.Dll),
            ("lib/net8.0/Contoso.Payments.pdb", built.Pdb!),
            ("contentFiles/any/any/appsettings.json", TestAssemblies.Utf8($"{{ \"ApiKey\": \"{TestAssemblies.StripeKey}\" }}")),
            ("src/Contoso.Payments/Gateway.cs", TestAssemblies.Utf8(Signer)));

        var result = TestAssemblies.Inspect(tree["feed"]);

        Assert.Contains(result.Findings, f => f.RuleId == "SE1001" && f.Location == "Contoso.Payments.1.0.0.nupkg!lib/net8.0/Contoso.Payments.dll [Contoso.Payments.Gateway.ApiKey]");
        Assert.Contains(result.Findings, f => f.RuleId == "SE1007" && f.DisplayPath == "Contoso.Payments.1.0.0.nupkg!contentFiles/any/any/appsettings.json");
        var sources = Assert.Single(result.Findings, f => f.RuleId == "SE2005");
        Assert.Contains("package Contoso.Payments.1.0.0.nupkg carries 1 C# source file", sources.Message);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void CleanAssembly_NotReported()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile("""public static class C { public static string Hello() => "Hello, world: see https://learn.microsoft.com/dotnet"; }""", pdb: Pdb.Beside).Write(tree["bin"]);

        var result = TestAssemblies.Inspect(tree["bin"]);

        Assert.Empty(result.Findings);
        Assert.Empty(result.Warnings);
        Assert.Equal(["Contoso.Payments"], result.Projects);
    }
}
