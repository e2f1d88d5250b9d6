// SPDX-License-Identifier: MIT
using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Secrets;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Tests.Corpora;
using SourceExposure.Tests.Robustness;
using Xunit.Abstractions;

namespace SourceExposure.Tests.Rules.Secrets;

/// <summary>
/// Huge inputs are analyzed without exception, and the regex work of the scanners grows linearly with their size: the
/// positions at which patterns are tried are counted (n against 4n; quadratic work would give 16 times), not timed.
/// Timing on large inputs lives in bench/ (AdversarialInputBenchmarks).
/// </summary>
public sealed class SecretScanningPerformanceTests(ITestOutputHelper output)
{
    // Every anchor the scanner knows, in near-miss shapes, so each one makes the patterns run and fail.
    private static readonly string Adversarial =
        "ghp_Ab3 gho_ npm_xY sk-proj-abc sk- eyJhbGci.eyJzdWIi. sig=abc&sv=2020 AKIA2345 ASIA LTAI AKID xoxb-12- " +
        "hooks.slack.com/services/T1/ discord.com/api/webhooks/1/ 12345678:AAbc Q~x .atlasv1. 0123NRAL dp.pt. hvs.a " +
        "aws_secret_access_key=abc AccountKey=abc DD_API_KEY=12 twilio_auth_token= access_key_secret= glpat-ab ";

    [Fact]
    public void ScannerWorkOnFourTimesTheInput_GrowsLinearly()
    {
        var small = CountedWork.Positions(() => TokenScanner.Scan(Repeat(Adversarial, 60_000)));
        var large = CountedWork.Positions(() => TokenScanner.Scan(Repeat(Adversarial, 240_000)));
        output.WriteLine($"scan: {small:N0} positions tried at 60k chars, {large:N0} at 240k");
        Assert.True(small > 0);
        Assert.True(CountedWork.GrowsLinearly(small, large), $"{small} positions at n, {large} at 4n: the scan grows faster than the input");
    }

    [Fact]
    public void CredentialEntriesWorkOnFourTimesTheInput_GrowsLinearly()
    {
        const string Block = "{ \"Password\": \"${P}\", \"ApiKey\": \"x\" }\nDB_PASSWORD=\n<add key=\"Token\" value=\"{0}\" />\nPassword=;\n";
        var small = CountedWork.Positions(() => CredentialEntries.Find(Repeat(Block, 60_000)));
        var large = CountedWork.Positions(() => CredentialEntries.Find(Repeat(Block, 240_000)));
        output.WriteLine($"entries: {small:N0} positions tried at 60k chars, {large:N0} at 240k");
        Assert.True(small > 0);
        Assert.True(CountedWork.GrowsLinearly(small, large), $"{small} positions at n, {large} at 4n");
    }

    [Fact]
    public async Task FiveMegabyteLiteral_NotReportedAndAnalyzedWithoutException()
    {
        var literal = Repeat(Adversarial, 5 * 1024 * 1024);
        var source = "class Big { string s = \"" + literal + "\"; }";
        var diagnostics = await AnalyzerRunner.RunAsync(new SE1001KnownFormatCredentialAnalyzer(), source);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task HundredThousandCharacterLineWithTokens_IsReportedWithoutException()
    {
        var token = SecretTokenCorpus.All().First(t => t.Format == "github-personal-access-token").Token;
        var line = new StringBuilder("// ");
        while (line.Length < 100_000)
        {
            line.Append(Adversarial);
        }

        line.Append(' ').Append(token);
        var source = "class Wide {\n" + line + "\n string s = \"" + line.ToString(3, line.Length - 3) + "\";\n}";
        var diagnostics = await AnalyzerRunner.RunAsync(new SE1001KnownFormatCredentialAnalyzer(), source);
        Assert.Equal(2, diagnostics.Length);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}

