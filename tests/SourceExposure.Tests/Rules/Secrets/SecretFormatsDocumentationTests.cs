// SPDX-License-Identifier: MIT
using System;
using System.IO;
using System.Text;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Tests.Conventions;

namespace SourceExposure.Tests.Rules.Secrets;

/// <summary>
/// docs/rules/secret-formats.md is the format table of SE1001 rendered; it must not drift from the code. To regenerate
/// after changing TokenFormats: SOURCE_EXPOSURE_UPDATE_DOCS=1 dotnet test --filter SecretFormatsDocumentationTests.
/// </summary>
public sealed class SecretFormatsDocumentationTests
{
    [Fact]
    public void FormatsPage_MatchesTheTable()
    {
        var path = Path.Combine(Catalog.DocsRules, "secret-formats.md");
        var expected = Render();
        if (Environment.GetEnvironmentVariable("SOURCE_EXPOSURE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/rules/secret-formats.md is missing");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    private static string Render()
    {
        var builder = new StringBuilder();
        builder.Append("# Credential formats recognised by SE1001 and SE1007\n\n");
        builder.Append("Generated from `src/SourceExposure.Analyzers/Secrets/Detection/TokenFormats.cs` (a test keeps the two equal).\n");
        builder.Append("Each format is checked as its vendor documents it: prefix, length and alphabet, and the checksum where the\n");
        builder.Append("format has one. Formats marked *contextual* have no prefix and are reported only next to a name (or an ID)\n");
        builder.Append("that says what they are. Placeholders, documentation examples and low-entropy values are never reported.\n\n");
        builder.Append($"{TokenFormats.All.Length} formats.\n\n");
        builder.Append("| Id | Provider | Kind | Checks | Vendor documentation |\n");
        builder.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var format in TokenFormats.All)
        {
            var checks = format.Description.Replace("|", "\\|");
            if (format.IsContextual)
            {
                checks = "*Contextual.* " + checks;
            }

            builder.Append($"| `{format.Id}` | {format.Provider} | {format.Kind} | {checks} | <{format.Documentation}> |\n");
        }

        builder.Append("\n## Published credentials\n\n");
        builder.Append("Generated from `src/SourceExposure.Analyzers/Secrets/Detection/PublicCredentials.cs`. Credentials their owners publish\n");
        builder.Append("for everyone to use are never reported by any secrets rule, in any kind of code: a reader learns nothing from them.\n");
        builder.Append("They are kept as SHA-256 fingerprints, so neither the repository nor the analyzer holds the values.\n\n");
        builder.Append("| Credential | Length | Published at |\n");
        builder.Append("| --- | ---: | --- |\n");
        foreach (var credential in PublicCredentials.All)
        {
            builder.Append($"| {credential.Description} | {credential.Length} | <{credential.Source}> |\n");
        }

        return builder.ToString();
    }

    [Fact]
    public void EveryPublishedCredential_HasAnHttpsSourceAndAFingerprint()
    {
        foreach (var credential in PublicCredentials.All)
        {
            Assert.StartsWith("https://", credential.Source, StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{64}$", credential.Sha256);
        }
    }

    [Fact]
    public void EveryAnchor_HasAtLeastTwoCharacters()
    {
        // The scanner indexes anchors by their first two characters; a shorter anchor would never be looked for.
        foreach (var format in SourceExposure.Analyzers.Secrets.Detection.TokenFormats.All)
        {
            foreach (var anchor in format.Anchors)
            {
                Assert.True(anchor.Length >= 2, $"{format.Id}: anchor '{anchor}'");
            }
        }
    }
}
