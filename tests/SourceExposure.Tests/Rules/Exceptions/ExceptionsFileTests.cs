// SPDX-License-Identifier: MIT
using System.Linq;
using SourceExposure.Analyzers.Exceptions;
using static SourceExposure.Tests.Rules.Exceptions.ExceptionsTestSupport;

namespace SourceExposure.Tests.Rules.Exceptions;

/// <summary>The file format: every kind of bad input is one named problem, valid entries survive beside bad ones.</summary>
public sealed class ExceptionsFileTests
{
    private static ExceptionsFile Parse(string text) => ExceptionsFile.Parse(text, id => id.StartsWith("SE1", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("{}", "expected an \"exceptions\" array")]
    [InlineData("{\"version\": 2, \"exceptions\": []}", "\"version\" must be 1")]
    public void BrokenFile_IsOneProblemOfTheWholeFile(string text, string problem)
    {
        var file = Parse(text);
        Assert.Empty(file.Entries);
        var only = Assert.Single(file.Problems);
        Assert.Equal(ExceptionsFile.WholeFile, only.Entry);
        Assert.Contains(problem, only.Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void BadEntries_AreNamed_AndGoodOnesKept()
    {
        var good = Entry("SE1002", "A.cs", "x", 100, new string('a', 32));
        var file = Parse(File(
            good,
            Entry("SE9999", "B.cs", "x", 100, new string('b', 32)),
            Entry("SE1002", "C.cs", "x", 100, new string('a', 32)),
            Entry("SE1002", "D.cs", "x", 100, "short"),
            Entry("SE1002", "E.cs", "x", 100, new string('e', 32)).Replace("\"reason\": \"rotating the key\",", string.Empty, System.StringComparison.Ordinal),
            Entry("SE1002", "F.cs", "x", 100, new string('f', 32)).Replace(Date(100), "next year", System.StringComparison.Ordinal),
            "{ \"rule\": \"SE1002\", \"colour\": \"red\" }"));

        Assert.Equal("A.cs", Assert.Single(file.Entries).Path);
        var problems = file.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(problems, p => p.StartsWith("entry 2 (SE9999 B.cs)", System.StringComparison.Ordinal) && p.Contains("unknown rule id", System.StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("entry 3 (SE1002 C.cs)", System.StringComparison.Ordinal) && p.Contains("duplicate fingerprint", System.StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("entry 4 (SE1002 D.cs)", System.StringComparison.Ordinal) && p.Contains("32 lower-case hexadecimal", System.StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("entry 5 (SE1002 E.cs)", System.StringComparison.Ordinal) && p.Contains("\"reason\" is missing", System.StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("entry 6 (SE1002 F.cs)", System.StringComparison.Ordinal) && p.Contains("'next year' does not parse", System.StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("entry 7 (SE1002)", System.StringComparison.Ordinal) && p.Contains("unknown property \"colour\"", System.StringComparison.Ordinal));
        Assert.All(file.Problems, p => Assert.True(p.Line > 0));
    }

    [Fact]
    public void DeeplyNestedInput_IsAProblemNotAStackOverflow()
    {
        var text = "{\"exceptions\": " + new string('[', 100_000) + new string(']', 100_000) + "}";
        Assert.Contains("nested too deeply", Assert.Single(Parse(text).Problems).Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Status_FollowsTheExpiryInclusively()
    {
        var entry = Assert.Single(Parse(File(Entry("SE1002", "A.cs", "x", 0, new string('a', 32)))).Entries);
        Assert.Equal(ExceptionStatus.Due, entry.StatusOn(Today, 30));
        Assert.Equal(ExceptionStatus.Live, entry.StatusOn(Today.AddDays(-31), 30));
        Assert.Equal(ExceptionStatus.Expired, entry.StatusOn(Today.AddDays(1), 30));
        Assert.StartsWith("approved exception: rotating the key (Jane Compliance, until ", entry.Justification, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_KeepsTheCliFormat()
    {
        // The CLI's fingerprint before it moved into the analyzer assembly: SHA-256 hex of the key and ordinal, 32 chars.
        var key = FindingFingerprint.Key("SE1002", "Signer.cs", "string k = \"x\";", "message");
        Assert.Equal(32, FindingFingerprint.Complete(key, 0).Length);
        Assert.NotEqual(FindingFingerprint.Complete(key, 0), FindingFingerprint.Complete(key, 1));
        Assert.Equal("string k = \"x\";", FindingFingerprint.CollapseWhitespace("   string  k =\t\"x\";  "));
    }
}
