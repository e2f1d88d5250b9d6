// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SourceExposure.Analyzers.Secrets;
using SourceExposure.Analyzers.Secrets.Detection;
using Xunit.Abstractions;

namespace SourceExposure.Tests.Corpora;

/// <summary>
/// The quality bars of SE1001, measured: recall on generated tokens of every format in many C# contexts, and silence on
/// realistic near misses. Run: dotnet test tests/SourceExposure.Tests --filter "FullyQualifiedName~SecretCorpusTests".
/// </summary>
public sealed class SecretCorpusTests(ITestOutputHelper output)
{
    private static readonly (string Name, Func<int, string, string, string> Write)[] Contexts =
    [
        ("field initializer", (i, n, t) => $"class C{i} {{ static readonly string {n} = \"{t}\"; }}"),
        ("local", (i, n, t) => $"class C{i} {{ string M() {{ var {n} = \"{t}\"; return {n}; }} }}"),
        ("verbatim", (i, n, t) => $"class C{i} {{ string {n} = @\"{t}\"; }}"),
        ("raw", (i, n, t) => $"class C{i} {{ string {n} = \"\"\"{t}\"\"\"; }}"),
        ("interpolated text", (i, n, t) => $"class C{i} {{ string M(int page) => $\"{n}={t}&page={{page}}\"; }}"),
        ("concatenation", (i, n, t) => $"class C{i} {{ string {n} = \"{t[..(t.Length / 2)]}\" + \"{t[(t.Length / 2)..]}\"; }}"),
        ("const", (i, n, t) => $"class C{i} {{ const string {n} = \"{t}\"; }}"),
        ("constant-folded", (i, n, t) => $"class C{i} {{ const string Head = \"{t[..3]}\"; string {n} = Head + \"{t[3..]}\"; }}"),
        ("comment", (i, n, t) => $"class C{i} {{\n    // {n}: {t}\n    void M() {{ }}\n}}"),
        ("XML doc", (i, n, t) => $"class C{i} {{\n    /// <summary>Calls the API with {n} = {t}</summary>\n    public void M() {{ }}\n}}"),
        ("char array", (i, n, t) => $"class C{i} {{ char[] {n} = {{ {string.Join(", ", t.Select(c => "'" + (c == '\'' || c == '\\' ? "\\" + c : c.ToString()) + "'"))} }}; }}"),
        ("UTF-8 literal", (i, n, t) => $"class C{i} {{ System.ReadOnlySpan<byte> {n} => \"{t}\"u8; }}"),
        ("attribute argument", (i, n, t) => $"[System.ComponentModel.Description(\"{n}={t}\")] class C{i} {{ }}"),
        ("dictionary initializer", (i, n, t) => $"class C{i} {{ System.Collections.Generic.Dictionary<string, string> Settings = new() {{ [\"{n}\"] = \"{t}\" }}; }}"),
    ];

    [Fact]
    public void CorpusCoversEveryFormatOfTheTable()
        => Assert.Equal(TokenFormats.All.Select(f => f.Id).OrderBy(x => x), SecretTokenCorpus.Formats().OrderBy(x => x));

    [Fact]
    public void TableHasAtLeastFiftyDocumentedFormats()
    {
        Assert.True(TokenFormats.All.Length >= 50, $"{TokenFormats.All.Length} formats");
        Assert.All(TokenFormats.All, f => Assert.StartsWith("https://", f.Documentation));
        Assert.Equal(TokenFormats.All.Length, TokenFormats.All.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void EveryCorpusToken_IsReportedByTheScannerAsItsFormat()
    {
        var misses = new List<string>();
        foreach (var (format, token) in SecretTokenCorpus.All())
        {
            var text = SecretTokenCorpus.NameFor(format) + " = " + SecretTokenCorpus.Embed(format, token);
            var matches = TokenScanner.Scan(text);
            if (matches is null || !matches.Any(m => m.Format.Id == format && token.EndsWith(m.Value, StringComparison.Ordinal) && m.Value.Length * 2 > token.Length))
            {
                misses.Add($"{format}: {token[..Math.Min(12, token.Length)]}… -> {string.Join(",", matches?.Select(m => m.Format.Id) ?? [])}");
            }
        }

        Assert.True(misses.Count == 0, string.Join(Environment.NewLine, misses));
    }

    [Fact]
    public async Task EveryFormatInFourteenContexts_RecallIsReportedAtLeast98Percent()
    {
        var tokens = SecretTokenCorpus.All().Take(TokenFormats.All.Length).ToList();
        var total = 0;
        var found = 0;
        var misses = new List<string>();
        foreach (var (contextName, write) in Contexts)
        {
            var source = new StringBuilder();
            for (var i = 0; i < tokens.Count; i++)
            {
                var (format, token) = tokens[i];
                source.AppendLine(write(i, SecretTokenCorpus.NameFor(format), SecretTokenCorpus.Embed(format, token)));
            }

            var text = source.ToString();
            var diagnostics = await AnalyzerRunner.RunAsync(new SE1001KnownFormatCredentialAnalyzer(), text);
            var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text);
            var classes = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().ToList();
            for (var i = 0; i < tokens.Count; i++)
            {
                var (format, _) = tokens[i];
                var kind = TokenFormats.All.First(f => f.Id == format).Kind;
                var span = classes[i].FullSpan;
                total++;
                if (diagnostics.Any(d => span.Contains(d.Location.SourceSpan) && d.GetMessage(CultureInfo.InvariantCulture).StartsWith(kind + " (", StringComparison.Ordinal)))
                {
                    found++;
                }
                else
                {
                    misses.Add($"{format} in {contextName}");
                }
            }
        }

        var recall = (double)found / total;
        output.WriteLine($"SE1001 recall: {found}/{total} = {recall.ToString("P2", CultureInfo.InvariantCulture)} ({tokens.Count} formats x {Contexts.Length} contexts)");
        foreach (var miss in misses)
        {
            output.WriteLine("missed: " + miss);
        }

        Assert.True(recall >= 0.98, $"recall {recall:P2}; missed: {string.Join("; ", misses)}");
    }

    [Fact]
    public async Task NearMissCorpus_NotReported()
    {
        var nearMisses = NearMissCorpus.All().ToList();
        Assert.True(nearMisses.Count >= 300, $"{nearMisses.Count} near misses");
        var source = new StringBuilder("using System.Collections.Generic;\n");
        for (var i = 0; i < nearMisses.Count; i++)
        {
            var (name, value) = nearMisses[i];
            var literal = value.Replace("\\", "\\\\").Replace("\"", "\\\"");
            source.AppendLine($"class N{i} {{ string {name} = \"{literal}\"; Dictionary<string, string> d = new() {{ [\"{name}\"] = \"{literal}\" }}; }}");
            source.AppendLine($"// {name}: {value.Replace("\n", " ")}");
        }

        var diagnostics = await AnalyzerRunner.RunAsync(new SE1001KnownFormatCredentialAnalyzer(), source.ToString());
        output.WriteLine($"SE1001 near misses: {nearMisses.Count} values, {diagnostics.Length} findings");
        Assert.True(diagnostics.IsEmpty, string.Join(Environment.NewLine, diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture) + " at " + d.Location.GetLineSpan().StartLinePosition)));
    }
}
