// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SourceExposure.Analyzers.Exceptions;
using SourceExposure.Analyzers.Secrets;
using static SourceExposure.Tests.Rules.Exceptions.ExceptionsTestSupport;

namespace SourceExposure.Tests.Rules.Exceptions;

/// <summary>
/// The suppressor with the analyzer it suppresses (SE1002) and the SE0002–SE0004 analyzer, on one compilation: live,
/// due, expired, malformed and non-matching entries. Fingerprints are the CLI's, computed by the shared
/// <see cref="FindingFingerprint"/>; each test first takes the real fingerprint from an unsuppressed run.
/// </summary>
public sealed class ApprovedExceptionSuppressorTests
{
    private const string KeyLine = "static readonly string signingKey = \"-----BEGIN RSA PRIVATE KEY-----\\n" + KeyBody + "-----END RSA PRIVATE KEY-----\\n\";";

    private static string Source(string header = "") => header + "class Signer\n{\n    " + KeyLine + "\n}\n";

    /// <summary>The fingerprint the CLI and the suppressor give the SE1002 finding of <paramref name="source"/>.</summary>
    private static async Task<string> FingerprintOfAsync(string source)
    {
        var diagnostics = await RunAsync(source, File(), null, new SE1002PrivateKeyMaterialAnalyzer());
        var finding = Assert.Single(diagnostics, d => d.Id == "SE1002");
        var normalized = FindingFingerprint.CollapseWhitespace(KeyLine);
        var key = FindingFingerprint.Key("SE1002", "Signer.cs", normalized, finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        return FindingFingerprint.Complete(key, 0);
    }

    [Fact]
    public async Task LiveEntry_SuppressesTheFinding_WithNoSE0002OrSE0003()
    {
        var fingerprint = await FingerprintOfAsync(Source());
        var diagnostics = await RunAsync(Source(), File(Entry("SE1002", "Signer.cs", KeyLine, 200, fingerprint)), null, new SE1002PrivateKeyMaterialAnalyzer());

        var finding = Assert.Single(diagnostics, d => d.Id == "SE1002");
        Assert.True(finding.IsSuppressed);
        Assert.DoesNotContain(diagnostics, d => d.Id is "SE0002" or "SE0003" or "SE0004");
    }

    [Fact]
    public async Task LiveEntry_StillMatches_AfterLinesMoveAndIndentationChanges()
    {
        var fingerprint = await FingerprintOfAsync(Source());
        var moved = "// a header\n// another line\n\n" + Source().Replace("    static", "            static", System.StringComparison.Ordinal);
        var diagnostics = await RunAsync(moved, File(Entry("SE1002", "Signer.cs", KeyLine, 200, fingerprint)), null, new SE1002PrivateKeyMaterialAnalyzer());

        Assert.True(Assert.Single(diagnostics, d => d.Id == "SE1002").IsSuppressed);
    }

    [Fact]
    public async Task ChangedSecret_IsNotSuppressed()
    {
        var fingerprint = await FingerprintOfAsync(Source());
        var changed = Source().Replace("u1SU1LfV", "u1SU1LfW", System.StringComparison.Ordinal);
        var diagnostics = await RunAsync(changed, File(Entry("SE1002", "Signer.cs", KeyLine, 200, fingerprint)), null, new SE1002PrivateKeyMaterialAnalyzer());

        Assert.False(Assert.Single(diagnostics, d => d.Id == "SE1002").IsSuppressed);
    }

    [Fact]
    public async Task DueEntry_Suppresses_AndReportsSE0003AtTheFinding()
    {
        var fingerprint = await FingerprintOfAsync(Source());
        var diagnostics = await RunAsync(Source(), File(Entry("SE1002", "Signer.cs", KeyLine, 5, fingerprint)), null, new SE1002PrivateKeyMaterialAnalyzer());

        var finding = Assert.Single(diagnostics, d => d.Id == "SE1002");
        Assert.True(finding.IsSuppressed);
        var due = Assert.Single(diagnostics, d => d.Id == "SE0003");
        Assert.Equal(finding.Location.GetLineSpan().StartLinePosition.Line, due.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("in 5 day(s)", due.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueDays_AreConfigurable()
    {
        var fingerprint = await FingerprintOfAsync(Source());
        var diagnostics = await RunAsync(Source(), File(Entry("SE1002", "Signer.cs", KeyLine, 5, fingerprint)), new Dictionary<string, string> { ["SourceExposureExceptionsDueDays"] = "3" }, new SE1002PrivateKeyMaterialAnalyzer());

        Assert.True(Assert.Single(diagnostics, d => d.Id == "SE1002").IsSuppressed);
        Assert.DoesNotContain(diagnostics, d => d.Id == "SE0003");
    }

    [Fact]
    public async Task ExpiredEntry_SuppressesNothing_AndSE0002NamesApproverAndDate()
    {
        var fingerprint = await FingerprintOfAsync(Source());
        var diagnostics = await RunAsync(Source(), File(Entry("SE1002", "Signer.cs", KeyLine, -10, fingerprint)), null, new SE1002PrivateKeyMaterialAnalyzer());

        var finding = Assert.Single(diagnostics, d => d.Id == "SE1002");
        Assert.False(finding.IsSuppressed);
        var expired = Assert.Single(diagnostics, d => d.Id == "SE0002");
        Assert.Equal(finding.Location.GetLineSpan().StartLinePosition.Line, expired.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(Date(-10), expired.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("Jane Compliance", expired.GetMessage(), System.StringComparison.Ordinal);
        Assert.DoesNotContain(KeyBody[..20], expired.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedEntry_SuppressesNothing_AndSE0004NamesFileEntryAndProblem()
    {
        var fingerprint = await FingerprintOfAsync(Source());
        var entry = Entry("SE1002", "Signer.cs", KeyLine, 200, fingerprint).Replace(Date(200), "2027-02-30", System.StringComparison.Ordinal);
        var diagnostics = await RunAsync(Source(), File(entry), null, new SE1002PrivateKeyMaterialAnalyzer());

        Assert.False(Assert.Single(diagnostics, d => d.Id == "SE1002").IsSuppressed);
        var problem = Assert.Single(diagnostics, d => d.Id == "SE0004");
        var message = problem.GetMessage();
        Assert.Contains(FilePath, message, System.StringComparison.Ordinal);
        Assert.Contains("entry 1 (SE1002 Signer.cs)", message, System.StringComparison.Ordinal);
        Assert.Contains("'2027-02-30' does not parse", message, System.StringComparison.Ordinal);
        Assert.Equal(FilePath, problem.Location.GetLineSpan().Path);
    }

    [Fact]
    public async Task NonMatchingEntry_SuppressesNothing_AndIsQuiet()
    {
        var diagnostics = await RunAsync(Source(), File(Entry("SE1002", "Other.cs", KeyLine, 200, new string('a', 32))), null, new SE1002PrivateKeyMaterialAnalyzer());

        Assert.False(Assert.Single(diagnostics, d => d.Id == "SE1002").IsSuppressed);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("SE0", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task EntryForAnotherRule_DoesNotSuppress()
    {
        var fingerprint = await FingerprintOfAsync(Source());
        var diagnostics = await RunAsync(Source(), File(Entry("SE1001", "Signer.cs", KeyLine, 200, fingerprint)), null, new SE1002PrivateKeyMaterialAnalyzer());

        Assert.False(Assert.Single(diagnostics, d => d.Id == "SE1002").IsSuppressed);
    }

    [Fact]
    public async Task NoExceptionsFile_NothingChanges()
    {
        var diagnostics = await RunAsync(Source(), exceptions: null, null, new SE1002PrivateKeyMaterialAnalyzer());

        Assert.False(Assert.Single(diagnostics, d => d.Id == "SE1002").IsSuppressed);
        Assert.Single(diagnostics);
    }

    [Fact]
    public async Task NamedFileMissing_IsReportedAsSE0004()
    {
        var diagnostics = await RunAsync(Source(), exceptions: null, new Dictionary<string, string> { ["SourceExposureExceptionsFile"] = "/compliance/SourceExposure.exceptions.json" }, new SE1002PrivateKeyMaterialAnalyzer());

        var problem = Assert.Single(diagnostics, d => d.Id == "SE0004");
        Assert.Contains("/compliance/SourceExposure.exceptions.json", problem.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("not found", problem.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExternalRoot_PathsAreRelativeToIt()
    {
        var fingerprint = FindingFingerprint.Complete(FindingFingerprint.Key(
            "SE1002", "0/Signer.cs", FindingFingerprint.CollapseWhitespace(KeyLine),
            (await RunAsync(Source(), null, null, new SE1002PrivateKeyMaterialAnalyzer())).Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture)), 0);
        var diagnostics = await RunAsync(Source(), File(Entry("SE1002", "0/Signer.cs", KeyLine, 200, fingerprint)), new Dictionary<string, string> { ["SourceExposureExceptionsRoot"] = "/" }, new SE1002PrivateKeyMaterialAnalyzer());

        Assert.True(Assert.Single(diagnostics, d => d.Id == "SE1002").IsSuppressed);
    }

    [Fact]
    public void Suppressor_CoversEveryReportingRule_AndNoConfigurationRule()
    {
        var suppressed = new ApprovedExceptionSuppressor().SupportedSuppressions.Select(s => s.SuppressedDiagnosticId).ToHashSet();
        foreach (var descriptor in Conventions.Catalog.Descriptors)
        {
            Assert.Equal(descriptor.Id[2] != '0', suppressed.Contains(descriptor.Id));
        }
    }
}
