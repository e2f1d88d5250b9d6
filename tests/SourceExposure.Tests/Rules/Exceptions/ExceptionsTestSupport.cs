// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers.Exceptions;

namespace SourceExposure.Tests.Rules.Exceptions;

/// <summary>
/// Builds exceptions files for tests. Dates are computed from today (UTC, the day the analyzers judge by), so no test
/// depends on the calendar: "expired" is ten days ago, "due" five days ahead, "live" two hundred days ahead.
/// </summary>
internal static class ExceptionsTestSupport
{
    public const string FilePath = "/0/SourceExposure.exceptions.json";

    /// <summary>A fake RSA key body (SE1002's own test value).</summary>
    public const string KeyBody =
        "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\\n" +
        "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\\n" +
        "LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo\\n";

    public static DateTime Today => DateTime.UtcNow.Date;

    public static string Date(int daysFromToday) => Today.AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An entry for the finding of <paramref name="rule"/> on <paramref name="line"/> of <paramref name="path"/> (relative to /0/).</summary>
    public static string Entry(string rule, string path, string line, int expiresInDays, string? fingerprint = null, string approver = "Jane Compliance")
    {
        var normalized = FindingFingerprint.CollapseWhitespace(line);
        return $$"""
            {
              "rule": "{{rule}}",
              "fingerprint": "{{fingerprint ?? FindingFingerprint.Hash(rule + path + normalized)[..32]}}",
              "anchor": "{{FindingFingerprint.Anchor(rule, path, normalized)}}",
              "path": "{{path}}",
              "reason": "rotating the key",
              "approver": "{{approver}}",
              "approved": "{{Date(Math.Min(expiresInDays, 0) - 100)}}",
              "expires": "{{Date(expiresInDays)}}"
            }
            """;
    }

    public static string File(params string[] entries) => "{\n  \"version\": 1,\n  \"exceptions\": [\n" + string.Join(",\n", entries) + "\n  ]\n}\n";

    /// <summary>
    /// Runs <paramref name="analyzers"/> and the suppressor over one source file at /0/Signer.cs with the exceptions
    /// file, and returns every diagnostic, suppressed ones included (<see cref="Diagnostic.IsSuppressed"/>).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, string? exceptions, IReadOnlyDictionary<string, string>? buildProperties = null, params DiagnosticAnalyzer[] analyzers)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: "/0/Signer.cs", encoding: Encoding.UTF8);
        var compilation = TestProjectDefaults.Compile([tree], name: "Bank");
        var files = exceptions is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create<AdditionalText>(new InMemoryText(FilePath, exceptions));
        var options = new AnalyzerOptions(files, new Provider(buildProperties ?? new Dictionary<string, string>()));
        var all = analyzers.Append(new ApprovedExceptionSuppressor()).Append(new SE0002ApprovedExceptionAnalyzer()).ToImmutableArray();
        var withAnalyzers = compilation.WithAnalyzers(all, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    private sealed class Provider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
