// SPDX-License-Identifier: MIT
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NJsonSchema;

namespace SourceExposure.Cli.Tests.Inspection;

/// <summary>
/// The end-to-end case: build samples/BankGateway in Release as a vendor would before delivery, inspect
/// bin/Release/net10.0/ as the bank receiving it would, and check that the findings a recipient can pull out of the
/// binaries are reported, with SARIF valid against the vendored schema and no secret in full anywhere.
/// </summary>
public sealed class InspectSampleEndToEndTests
{
    // Fragments of the sample's fake secrets that must never be printed (each is past the redacted prefix).
    private static readonly string[] Secrets = ["sk_live_51Jade", "Harbour#Smtp2019", "U291cmNlRXhwb3N1cmUgQmFua0dh", "Ledger#2019q4"];

    [Fact]
    public async Task ReleaseBuildOfBankGateway_IsReported_WithItsKeysSettingsAndTradeSecrets()
    {
        var root = RepositoryRoot();
        var project = Path.Combine(root, "samples", "BankGateway");
        await BuildReleaseAsync(project);
        var output = Path.Combine(project, "bin", "Release", "net10.0") + Path.DirectorySeparatorChar;

        using var tree = new TempTree();
        var run = await Cli.RunAsync("inspect", output, "--sarif", tree["report.sarif"], "--html", tree["report.html"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("BankGateway.dll [BankGateway.Clients.CardProcessorClient.LiveSecretKey]: warning SE1001: Stripe live secret key ('sk_l…')", run.Output);
        Assert.Contains("BankGateway.dll [BankGateway.Crypto.MessageSigner..cctor]: warning SE1002: RSA private key ('U291…')", run.Output);
        Assert.Contains("BankGateway.dll [resource BankGateway.appsettings.Production.json, line 5]: warning SE1007: Password of 'Password' ('Jade…') in 'BankGateway.appsettings.Production.json'", run.Output);
        Assert.Contains("BankGateway.dll [BankGateway.Pricing.FxPricingEngine]: warning SE2006: Trade secret 'BankGateway.Pricing.FxPricingEngine' ships with readable names", run.Output);
        Assert.Contains("BankGateway.pdb: warning SE2005:", run.Output);

        var sarif = File.ReadAllText(tree["report.sarif"]);
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json")));
        var errors = schema.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        using var json = JsonDocument.Parse(sarif);
        var rules = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!).ToHashSet();
        Assert.Superset(new[] { "SE1001", "SE1002", "SE1007", "SE2006", "SE2005" }.ToHashSet(), rules);

        foreach (var text in new[] { run.All, sarif, File.ReadAllText(tree["report.html"]) })
        {
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(secret, text);
            }
        }
    }

    private static async Task BuildReleaseAsync(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // Generous: on a loaded two-core machine the first Release build of the analyzers and the sample takes minutes.
        var finished = process.WaitForExitAsync();
        if (await Task.WhenAny(finished, Task.Delay(TimeSpan.FromMinutes(15))) != finished)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build of the sample did not finish in 15 minutes");
        }

        Assert.True(process.ExitCode == 0, $"dotnet build {project} -c Release failed:\n{await stdout}\n{await stderr}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SourceExposure.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SourceExposure.sln not found above " + AppContext.BaseDirectory);
    }
}
