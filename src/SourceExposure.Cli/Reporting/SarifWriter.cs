// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning services: the full rule catalog as <c>tool.driver.rules</c> (so <c>ruleIndex</c> is
/// stable), results with locations relative to <c>SRCROOT</c>, redacted snippets, and <c>partialFingerprints</c> that
/// survive line shifts.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(string path, ScanResult scan, RuleCatalog catalog, bool baselineGiven)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        Write(stream, scan, catalog, baselineGiven);
    }

    public static void Write(Stream stream, ScanResult scan, RuleCatalog catalog, bool baselineGiven)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "SourceExposure");
        json.WriteString("fullName", "SourceExposure source-disclosure analyzers");
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.RepositoryUrl);
        json.WriteStartArray("rules");
        foreach (var rule in catalog.Rules)
        {
            ruleIndex[rule.Id] = ruleIndex.Count;
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule));
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", rule.Description.Length > 0 ? rule.Description : rule.Title);
            json.WriteString("helpUri", rule.HelpUri);
            WriteMessage(json, "help", $"{rule.Title}. See {rule.HelpUri}");
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Severities.Level(rule.DefaultSeverity));
            json.WriteBoolean("enabled", rule.Descriptor.IsEnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteString("family", rule.Family);
            if (rule.Profile is { } profile)
            {
                // The properties code-scanning services sort and filter by (GitHub: precision, security-severity).
                json.WriteString("precision", profile.PrecisionName);
                json.WriteString("security-severity", profile.SecuritySeverity);
            }

            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category);
            json.WriteStringValue("security");
            foreach (var cwe in rule.Profile?.Cwe ?? [])
            {
                json.WriteStringValue("external/cwe/" + cwe.ToLowerInvariant());
            }

            foreach (var tag in rule.Tags.Distinct(StringComparer.Ordinal))
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        if (scan.Warnings.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var warning in scan.Warnings)
            {
                json.WriteStartObject();
                json.WriteString("level", "warning");
                WriteMessage(json, "message", warning);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("SRCROOT");
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(scan.Root) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var finding in scan.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            if (ruleIndex.TryGetValue(finding.RuleId, out var index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", Severities.Level(finding.Severity));
            WriteMessage(json, "message", finding.Message);
            if (finding.FullPath is not null)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                if (finding.RelativePath is not null)
                {
                    json.WriteString("uri", EscapeRelative(finding.RelativePath));
                    json.WriteString("uriBaseId", "SRCROOT");
                }
                else
                {
                    json.WriteString("uri", new Uri(finding.FullPath).AbsoluteUri);
                }

                if (finding.Artifact?.Entry is { } entry)
                {
                    // The file inside a package: SARIF has no URI form for it, so the package is the artifact and the
                    // entry travels in its property bag (and in the logical location's name).
                    json.WriteStartObject("properties");
                    json.WriteString("entry", entry);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                WriteRegion(json, finding);
                json.WriteEndObject();
                if (finding.Artifact is { LogicalName: { } logical } place)
                {
                    json.WriteStartArray("logicalLocations");
                    json.WriteStartObject();
                    json.WriteString("fullyQualifiedName", place.Entry is null ? logical : place.Entry + "!" + logical);
                    json.WriteString("kind", place.LogicalKind ?? "member");
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteStartObject("partialFingerprints");
            json.WriteString(Fingerprints.SarifKey, finding.Fingerprint);
            json.WriteEndObject();
            if (baselineGiven)
            {
                json.WriteString("baselineState", finding.InBaseline ? "unchanged" : "new");
            }

            // An approved exception (docs/governance.md): code-scanning services show the result as suppressed, with the
            // approval's reason, approver and expiry. Baseline entries keep the baselineState above instead.
            if (finding.AcceptedBy is { } accepted && !finding.InBaseline)
            {
                json.WriteStartArray("suppressions");
                json.WriteStartObject();
                json.WriteString("kind", "external");
                json.WriteString("status", "accepted");
                json.WriteString("justification", accepted.Justification);
                json.WriteStartObject("properties");
                json.WriteString("approver", accepted.Approver);
                json.WriteString("approved", SourceExposure.Analyzers.Exceptions.ExceptionsFile.FormatDate(accepted.Approved));
                json.WriteString("expires", accepted.ExpiresText);
                if (accepted.Ticket is not null)
                {
                    json.WriteString("ticket", accepted.Ticket);
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteStartObject("properties");
            json.WriteString("project", finding.Project);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Lines and columns where the file itself holds the text (source, a shipped .json); a byte range where the evidence
    /// sits in a binary on disk (a user string); no region for places inside a resource or a package entry, whose lines
    /// are not lines of the artifact named.
    /// </summary>
    private static void WriteRegion(Utf8JsonWriter json, Finding finding)
    {
        var place = finding.Artifact;
        var lines = finding.StartLine > 0 && (place is null || (place.Entry is null && place.LogicalName is null));
        var bytes = !lines && place is { Entry: null, ByteOffset: { } } && finding.StartLine == 0;
        if (!lines && !bytes)
        {
            return;
        }

        json.WriteStartObject("region");
        if (lines)
        {
            json.WriteNumber("startLine", finding.StartLine);
            json.WriteNumber("startColumn", finding.StartColumn);
            json.WriteNumber("endLine", finding.EndLine);
            json.WriteNumber("endColumn", finding.EndColumn);
        }
        else
        {
            json.WriteNumber("byteOffset", place!.ByteOffset!.Value);
            json.WriteNumber("byteLength", place.ByteLength ?? 0);
        }

        if (finding.Snippet.Length > 0)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", finding.Snippet);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>PascalCase name from the analyzer type: SE1002PrivateKeyMaterialAnalyzer → PrivateKeyMaterial.</summary>
    public static string RuleName(RuleInfo rule)
    {
        var name = rule.AnalyzerName;
        if (name.StartsWith(rule.Id, StringComparison.Ordinal))
        {
            name = name[rule.Id.Length..];
        }

        if (name.EndsWith("Analyzer", StringComparison.Ordinal))
        {
            name = name[..^"Analyzer".Length];
        }

        return name.Length == 0 ? rule.Id : name;
    }

    private static string EscapeRelative(string relative)
        => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
