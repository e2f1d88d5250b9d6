// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.CSharp;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Tests;

public sealed class SnippetRedactorTests
{
    private static string Line(string source, int line) => SnippetRedactor.ForSourceLine(CSharpSyntaxTree.ParseText(source), line);

    [Fact]
    public void StringLiteral_ReportedRedacted()
    {
        var snippet = Line("""class C { string password = "Hunter2Hunter2Hunter2!"; }""", 0);

        Assert.Equal("class C { string password = \"Hun…; }", snippet);
    }

    [Fact]
    public void LineInsideRawString_ReportedRedacted()
    {
        var snippet = Line(""""
            class C
            {
                const string Key = """
                    b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ
                    """;
            }
            """", 3);

        Assert.DoesNotContain("b3BlbnNzaC1r", snippet);
        Assert.EndsWith("…", snippet);
    }

    [Fact]
    public void Comment_ReportedRedacted()
    {
        var snippet = Line("int x = 1; // password is CorrectHorseBatteryStaple", 0);

        Assert.DoesNotContain("CorrectHorse", snippet);
        Assert.StartsWith("int x = 1; // p", snippet);
    }

    [Fact]
    public void CodeWithoutLiterals_NotRedacted()
    {
        var snippet = Line("    var client = new HttpClient();   ", 0);

        Assert.Equal("var client = new HttpClient();", snippet);
    }

    [Fact]
    public void JsonLine_ReportedRedacted()
    {
        var snippet = SnippetRedactor.ForPlainLine("""  "ApiKey": "sk_live_abcdefghijklmnopqrstuvwx",""");

        Assert.DoesNotContain("abcdefghijkl", snippet);
        Assert.Contains("\"sk_l…\"", snippet);
    }

    [Fact]
    public void WhitespaceVariants_CollapseToSameFingerprintText()
    {
        Assert.Equal(
            Fingerprints.CollapseWhitespace("  static   readonly\tstring key = \"x\";"),
            Fingerprints.CollapseWhitespace("static readonly string key = \"x\";   "));
    }
}
