// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Markdig;
using Microsoft.CodeAnalysis;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Reporting;

/// <summary>
/// One self-contained HTML page for compliance teams: what a source disclosure of the scanned tree would expose
/// today. Inline CSS, inline SVG chart and inline script only; nothing is fetched from anywhere. Filters by family,
/// rule and severity; a URL hash such as <c>#severity=error&amp;rule=SE1002</c> presets them.
/// </summary>
internal static class HtmlReport
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private static readonly (DiagnosticSeverity Severity, string Color)[] SeverityColors =
    [
        (DiagnosticSeverity.Error, "#c62828"),
        (DiagnosticSeverity.Warning, "#ef8f00"),
        (DiagnosticSeverity.Info, "#1e6fbf"),
    ];

    public static void Write(string path, ScanResult scan, RuleCatalog catalog, string? generatedAt = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Render(scan, catalog, generatedAt), new UTF8Encoding(false));
    }

    public static string Render(ScanResult scan, RuleCatalog catalog, string? generatedAt = null)
    {
        generatedAt ??= DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var findings = scan.Findings;
        var html = new StringBuilder(64 * 1024);
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>SourceExposure report</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9;line-height:1.45}
            header{background:#16213e;color:#fff;padding:24px 32px}
            header h1{margin:0 0 4px;font-size:26px}
            header p{margin:2px 0;color:#c9d1e0}
            main{padding:16px 32px 48px;max-width:1280px}
            section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:16px 20px;margin:16px 0}
            h2{margin-top:0;font-size:20px}
            .cards{display:flex;gap:12px;flex-wrap:wrap}
            .card{flex:1;min-width:140px;border:1px solid #dde1e6;border-radius:8px;padding:10px 14px;background:#fafbfc}
            .card b{display:block;font-size:26px}
            table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e6e8eb;vertical-align:top}
            th{background:#f0f2f5}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;background:#f3f4f6;padding:1px 4px;border-radius:4px;word-break:break-all}
            .sev{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px}
            .sev-error{background:#c62828}.sev-warning{background:#ef8f00}.sev-note{background:#1e6fbf}
            .filters{display:flex;gap:16px;flex-wrap:wrap;align-items:end;margin-bottom:10px}
            .filters label{display:flex;flex-direction:column;font-size:13px;color:#4a5361}
            select{font-size:14px;padding:3px 6px}
            .muted{color:#5c6573}
            .rule h3{margin:18px 0 6px;font-size:17px}
            .rule{border-top:1px solid #e6e8eb}
            .rule:first-of-type{border-top:none}
            tr.baseline td{opacity:.6}
            tr.risk-expired td{background:#fde2e1}
            tr.risk-due td{background:#fff4d6}
            table.metadata th{width:190px}
            .summary{background:#f3f6fb;border-left:3px solid #1e6fbf;padding:6px 10px}
            td:first-child code{white-space:nowrap;word-break:normal}
            svg text{font-family:inherit}
            </style>
            </head>
            <body>
            """);
        if (scan.Inspection)
        {
            // inspect: the same report, about what ships rather than about the source.
            html.Append("<header><h1>What does the recipient of these binaries see?</h1>");
            html.Append(CultureInfo.InvariantCulture, $"<p>SourceExposure {E(ToolInfo.Version)} · inspected <code style=\"background:none;color:#fff\">{E(scan.Root)}</code> · {E(generatedAt)}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(scan.Inventory)}. Secrets are shown redacted: at most the first four characters.</p></header>\n<main>\n");
        }
        else
        {
            html.Append("<header><h1>What would a source disclosure of this repository expose today?</h1>");
            html.Append(CultureInfo.InvariantCulture, $"<p>SourceExposure {E(ToolInfo.Version)} · scanned <code style=\"background:none;color:#fff\">{E(scan.Root)}</code> ({E(scan.Mode)}) · {E(generatedAt)}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{scan.Projects.Count} project(s), {scan.Files} file(s), {scan.Lines:N0} lines. Secrets are shown redacted: at most the first four characters.</p></header>\n<main>\n");
        }

        Metadata(html, scan, generatedAt);

        // Summary cards.
        var errors = findings.Count(f => f.Severity == DiagnosticSeverity.Error);
        var warnings = findings.Count(f => f.Severity == DiagnosticSeverity.Warning);
        var notes = findings.Count(f => f.Severity == DiagnosticSeverity.Info);
        var baselined = findings.Count(f => f.InBaseline);
        html.Append("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
        Card(html, "findings", findings.Count);
        Card(html, "errors", errors);
        Card(html, "warnings", warnings);
        Card(html, "notes", notes);
        Card(html, "rules triggered", findings.Select(f => f.RuleId).Distinct().Count());
        Card(html, "files affected", findings.Select(f => f.DisplayPath).Distinct().Count());
        if (baselined > 0)
        {
            Card(html, "in baseline", baselined);
        }

        html.Append("</div>");
        html.Append("<p>");
        var byFamily = findings.GroupBy(f => RuleCatalog.FamilyName(f.RuleId)).OrderByDescending(g => g.Count()).ToList();
        if (byFamily.Count == 0)
        {
            html.Append("No SourceExposure rule reports anything in this tree: handing over its source would not expose secrets, trade-secret code, data-residency violations or hidden access paths that the rules know of.");
        }
        else
        {
            html.Append(scan.Inspection ? "Whoever receives these binaries can read: " : "Handing over this source today would expose: ");
            html.Append(string.Join("; ", byFamily.Select(g => $"{E(g.Key.ToLowerInvariant())} ({g.Count()} finding{(g.Count() == 1 ? string.Empty : "s")})")));
            html.Append('.');
        }

        html.Append("</p></section>\n");

        AcceptedRisks(html, scan);

        // Chart.
        html.Append("<section id=\"chart\"><h2>Findings by family and severity</h2>");
        html.Append(Chart(findings));
        html.Append("</section>\n");

        // Findings table with filters.
        var rulesWithFindings = findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
        html.Append("<section id=\"findings\"><h2>Findings</h2><div class=\"filters\">");
        Select(html, "filter-family", "Family", byFamily.Select(g => g.Key).Order(StringComparer.Ordinal).Select(f => (f, f)));
        Select(html, "filter-rule", "Rule", rulesWithFindings.Select(r => (r, catalog.ById.TryGetValue(r, out var info) ? $"{r} {info.Title}" : r)));
        Select(html, "filter-severity", "Severity", new[] { "error", "warning", "note" }.Select(s => (s, s)));
        html.Append("<span class=\"muted\" id=\"shown-count\"></span></div>");
        html.Append("<table id=\"findings-table\"><thead><tr><th>Location</th><th>Rule</th><th>Severity</th><th>Message</th><th>Code (redacted)</th><th>What to do · usually owned by</th></tr></thead><tbody>\n");
        foreach (var finding in findings)
        {
            var level = Severities.Level(finding.Severity);
            var family = RuleCatalog.FamilyName(finding.RuleId);
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"finding{(finding.InBaseline ? " baseline" : string.Empty)}\" data-family=\"{E(family)}\" data-rule=\"{E(finding.RuleId)}\" data-severity=\"{level}\" data-fingerprint=\"{E(finding.Fingerprint)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<td><code>{E(finding.Location)}</code>{(finding.InBaseline ? "<br><span class=\"muted\">in baseline</span>" : string.Empty)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><a href=\"#rule-{E(finding.RuleId)}\">{E(finding.RuleId)}</a></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><span class=\"sev sev-{level}\">{level}</span></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{E(finding.Message)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><code>{E(finding.Snippet)}</code></td>");
            var profile = catalog.ById.TryGetValue(finding.RuleId, out var findingRule) ? findingRule.Profile : null;
            html.Append(profile is null
                ? "<td class=\"todo\"></td></tr>\n"
                : $"<td class=\"todo\">{E(Sentence(profile.Action))}<br><span class=\"muted owner\">Owner: {E(profile.Owner)}.</span></td></tr>\n");
        }

        html.Append("</tbody></table>");
        if (findings.Count == 0)
        {
            html.Append("<p>No findings.</p>");
        }

        html.Append("</section>\n");

        // One section per rule with findings: rationale and citations.
        html.Append("<section id=\"rules\"><h2>Rules: why each finding matters</h2>");
        foreach (var id in rulesWithFindings)
        {
            if (!catalog.ById.TryGetValue(id, out var rule))
            {
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<div class=\"rule\" id=\"rule-{E(id)}\" data-rule=\"{E(id)}\" data-family=\"{E(rule.Family)}\"><h3>{E(id)}: {E(rule.Title)}</h3>");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(rule.Family)} · default severity {Severities.Level(rule.DefaultSeverity)} · precision {E(rule.Profile?.PrecisionName ?? "unknown")} · {findings.Count(f => f.RuleId == id)} finding(s) · code fix: {(rule.HasCodeFix ? "yes" : "no")} · <a href=\"{E(rule.HelpUri)}\">rule documentation</a></p>");
            if (rule.Profile is { } ruleProfile)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\"><b>In short:</b> {E(ruleProfile.Summary)} <b>Who acts:</b> {E(ruleProfile.Owner)}. <b>What to do:</b> {E(Sentence(ruleProfile.Action))}</p>");
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Default severity {Severities.Level(rule.DefaultSeverity)}: {E(ruleProfile.SeverityReason)}. Security severity {E(ruleProfile.SecuritySeverity)} · CWE: {E(ruleProfile.Cwe.Length == 0 ? "none that fits" : string.Join(", ", ruleProfile.Cwe))} · OWASP Top 10: {E(ruleProfile.Owasp.Length == 0 ? "none that fits" : string.Join(", ", ruleProfile.Owasp.Select(o => o + " " + SourceExposure.Analyzers.OwaspTop10.Names[o])))}</p>");
                html.Append("<div class=\"regimes\"><b>Regimes:</b> ").Append(Inline(ruleProfile.RegimesMarkdown(RegimesDoc.PageUrl) + ".")).Append("</div>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<p>{E(rule.Description)}</p>");
            if (rule.Doc is { } doc)
            {
                var ruleBase = ToolInfo.RepositoryUrl + "/blob/main/docs/rules/";
                if (doc.WhyItMatters.Length > 0)
                {
                    html.Append("<h4>Why it matters</h4>").Append(Markdig.Markdown.ToHtml(Links.Absolute(doc.WhyItMatters, ruleBase, ruleBase + id + ".md"), Markdown));
                }

                if (doc.InTheNews.Length > 0)
                {
                    html.Append("<h4>In the news</h4><div class=\"news\">").Append(Markdig.Markdown.ToHtml(Links.Absolute(doc.InTheNews, ruleBase, ruleBase + id + ".md"), Markdown)).Append("</div>");
                }
            }

            html.Append("</div>\n");
        }

        if (rulesWithFindings.Count == 0)
        {
            html.Append("<p>No rule reported anything.</p>");
        }

        html.Append("<h3>All rules checked</h3><table><thead><tr><th>Rule</th><th>Title</th><th>Default severity</th><th>Precision</th><th>Findings</th></tr></thead><tbody>");
        foreach (var rule in catalog.Rules)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{E(rule.HelpUri)}\">{E(rule.Id)}</a></td><td>{E(rule.Title)}</td><td>{Severities.Level(rule.DefaultSeverity)}</td><td>{E(rule.Profile?.PrecisionName ?? "unknown")}</td><td>{findings.Count(f => f.RuleId == rule.Id)}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");

        // The regimes: docs/regimes.md's notice and summary, as the page gives them.
        if (RegimesDoc.LoadReportSection() is { } regimes)
        {
            html.Append("<section id=\"regimes\"><h2>Regimes: laws, standards and rules the findings relate to</h2>");
            html.Append(Markdig.Markdown.ToHtml(regimes, Markdown));
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">From <a href=\"{E(RegimesDoc.PageUrl)}\">docs/regimes.md</a>, which gives each entry's dates, article numbers, sources and what could not be confirmed.</p></section>\n");
        }

        if (scan.Warnings.Count > 0)
        {
            html.Append("<section id=\"warnings\"><h2>Scan warnings</h2><ul>");
            foreach (var warning in scan.Warnings)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(warning)}</li>");
            }

            html.Append("</ul></section>\n");
        }

        html.Append("</main>\n<script>\n").Append(Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private const string Script = """
        (function () {
          var ids = { family: 'filter-family', rule: 'filter-rule', severity: 'filter-severity' };
          function apply() {
            var want = {};
            Object.keys(ids).forEach(function (k) { want[k] = document.getElementById(ids[k]).value; });
            var rows = document.querySelectorAll('#findings-table tbody tr.finding');
            var shown = 0;
            rows.forEach(function (row) {
              var ok = Object.keys(want).every(function (k) { return !want[k] || row.getAttribute('data-' + k) === want[k]; });
              row.hidden = !ok;
              if (ok) { shown++; }
            });
            document.getElementById('shown-count').textContent = shown + ' of ' + rows.length + ' findings shown';
            document.body.setAttribute('data-shown', String(shown));
            Object.keys(want).forEach(function (k) { document.body.setAttribute('data-filter-' + k, want[k]); });
            var hash = Object.keys(want).filter(function (k) { return want[k]; }).map(function (k) { return k + '=' + encodeURIComponent(want[k]); }).join('&');
            if (history.replaceState) { history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search); }
          }
          function fromHash() {
            var text = (location.hash || '').replace(/^#/, '');
            if (text.indexOf('=') < 0) { return; }
            text.split('&').forEach(function (pair) {
              var parts = pair.split('=');
              var select = ids[parts[0]] && document.getElementById(ids[parts[0]]);
              if (select) { select.value = decodeURIComponent(parts[1] || ''); if (select.selectedIndex < 0) { select.value = ''; } }
            });
          }
          Object.keys(ids).forEach(function (k) { document.getElementById(ids[k]).addEventListener('change', apply); });
          fromHash();
          apply();
        })();
        """;

    /// <summary>
    /// The approved exceptions that applied (docs/governance.md): who accepted which risk, why, until when and how many
    /// days are left; expired entries (the finding is back and fails the run) and those due soon are marked.
    /// </summary>
    private static void AcceptedRisks(StringBuilder html, ScanResult scan)
    {
        if (scan.AcceptedRisks.Count == 0)
        {
            return;
        }

        var risks = scan.AcceptedRisks.Where(r => r.Entry.Reason != Exceptions.ExceptionSet.BaselineReason).ToList();
        var baseline = scan.AcceptedRisks.Count - risks.Count;
        html.Append("<section id=\"accepted-risks\"><h2>Accepted risks</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Findings accepted by an approved exception{(scan.ExceptionsFile is null ? string.Empty : $" in <code>{E(Path.GetFileName(scan.ExceptionsFile))}</code>")}: they are listed with the findings but do not fail the scan until the exception expires. Expired exceptions no longer apply: the finding is reported again with SE0002. See docs/governance.md.</p>");
        if (risks.Count > 0)
        {
            html.Append("<table id=\"accepted-risks-table\"><thead><tr><th>Status</th><th>Rule</th><th>File</th><th>Approver</th><th>Reason</th><th>Approved</th><th>Expires</th><th>Days left</th><th>Ticket</th></tr></thead><tbody>\n");
            foreach (var risk in risks.OrderBy(r => r.DaysLeft).ThenBy(r => r.Entry.Index))
            {
                var entry = risk.Entry;
                var css = risk.Status switch { SourceExposure.Analyzers.Exceptions.ExceptionStatus.Expired => "risk-expired", SourceExposure.Analyzers.Exceptions.ExceptionStatus.Due => "risk-due", _ => "risk-live" };
                html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{css}\" data-status=\"{E(risk.StatusName)}\"><td><strong>{E(risk.StatusName)}</strong>{(risk.Status == SourceExposure.Analyzers.Exceptions.ExceptionStatus.Due && risk.Matched > 0 ? " (expires soon)" : string.Empty)}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td>{E(entry.RuleId)}</td><td><code>{E(entry.Path ?? "(not recorded)")}</code></td><td>{E(entry.Approver)}</td><td>{E(entry.Reason)}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td>{E(SourceExposure.Analyzers.Exceptions.ExceptionsFile.FormatDate(entry.Approved))}</td><td>{E(entry.ExpiresText)}</td><td>{(risk.DaysLeft < 0 ? $"expired {-risk.DaysLeft} day(s) ago" : risk.DaysLeft.ToString(CultureInfo.InvariantCulture))}</td><td>{E(entry.Ticket ?? string.Empty)}</td></tr>\n");
            }

            html.Append("</tbody></table>");
        }

        if (baseline > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{baseline} baseline entr{(baseline == 1 ? "y" : "ies")} (reason \"baseline\") also applied.</p>");
        }

        html.Append("</section>\n");
    }

    private static string Chart(IReadOnlyList<Finding> findings)
    {
        var families = findings.GroupBy(f => RuleCatalog.FamilyName(f.RuleId)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (families.Count == 0)
        {
            return "<p>No findings to chart.</p>";
        }

        const int LabelWidth = 170, BarWidth = 560, RowHeight = 30, Top = 30;
        var max = families.Max(g => g.Count());
        var height = Top + (families.Count * RowHeight) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"family-chart\" role=\"img\" aria-label=\"Findings by family and severity\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + BarWidth + 80}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarWidth + 80} {height}\">");
        var legendX = LabelWidth;
        foreach (var (severity, color) in SeverityColors)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{legendX + 16}\" y=\"16\" font-size=\"12\">{Severities.Level(severity)}</text>");
            legendX += 90;
        }

        for (var i = 0; i < families.Count; i++)
        {
            var family = families[i];
            var y = Top + (i * RowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 17}\" font-size=\"13\" text-anchor=\"end\">{E(family.Key)}</text>");
            double x = LabelWidth;
            foreach (var (severity, color) in SeverityColors)
            {
                var count = family.Count(f => f.Severity == severity);
                if (count == 0)
                {
                    continue;
                }

                var width = Math.Max(2.0, BarWidth * count / (double)max);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-family=\"{E(family.Key)}\" data-severity=\"{Severities.Level(severity)}\" x=\"{x:0.#}\" y=\"{y + 4}\" width=\"{width:0.#}\" height=\"20\" fill=\"{color}\"><title>{E(family.Key)}: {count} {Severities.Level(severity)}</title></rect>");
                x += width;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.#}\" y=\"{y + 19}\" font-size=\"13\">{family.Count()}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    // Settings are the user's text: anchored patterns, and a timeout all the same.
    private static readonly TimeSpan SettingTimeout = TimeSpan.FromSeconds(1);

    /// <summary>What was scanned, at which commit, with which SourceExposure settings and data-residency policy.</summary>
    private static void Metadata(StringBuilder html, ScanResult scan, string generatedAt)
    {
        var settings = scan.Settings;
        string? Value(string pattern) => settings
            .Select(s => System.Text.RegularExpressions.Regex.Match(s, "^" + pattern + @" = (?<v>.*)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, SettingTimeout))
            .Where(m => m.Success)
            .Select(m => m.Groups["v"].Value)
            .FirstOrDefault();
        var residency = settings.Where(s => System.Text.RegularExpressions.Regex.IsMatch(s, @"^source_exposure\.(residency\.|SE300\d\.)?(home|allowed) = ", System.Text.RegularExpressions.RegexOptions.IgnoreCase, SettingTimeout)).ToList();
        var policy = residency.Count == 0
            ? "default: no home or allowed jurisdictions set, so data sent to mainland China is reported; the sender's own law governs such a transfer (see the direction of a transfer on the regimes page)"
            : string.Join("; ", residency);
        var markets = Value(@"build_property\.SourceExposureMarkets") is { Length: > 0 } m ? m : "not declared: any market";
        var delivery = Value(@"build_property\.SourceExposureDelivery") is { Length: > 0 } d ? d : "shipped (default)";
        var mode = Value(@"build_property\.SourceExposureMode") is { Length: > 0 } strict ? strict : "default";

        html.Append("<section id=\"metadata\"><h2>Report metadata</h2><table class=\"metadata\"><tbody>");
        Row("Tool", "SourceExposure " + ToolInfo.Version);
        Row("Generated", generatedAt);
        Row("Scanned", scan.Root + " (" + scan.Mode + ")");
        Row("Commit", scan.Commit);
        Row("Projects", scan.Projects.Count == 0 ? "none" : string.Join(", ", scan.Projects));
        Row("Data-residency policy", policy);
        Row("Delivery and markets", $"delivery {delivery}; markets {markets}; mode {mode}");
        html.Append("<tr><th>Configuration</th><td>");
        if (settings.Count == 0)
        {
            html.Append("no SourceExposure settings: every rule runs with its documented defaults");
        }
        else
        {
            html.Append("SourceExposure settings in effect for at least one scanned file (.editorconfig, .globalconfig and MSBuild properties):<ul>");
            foreach (var setting in settings)
            {
                html.Append("<li><code>").Append(E(setting)).Append("</code></li>");
            }

            html.Append("</ul>");
        }

        html.Append("</td></tr></tbody></table></section>\n");

        void Row(string name, string value) => html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(name)}</th><td>{E(value)}</td></tr>");
    }

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";

    /// <summary>One line of Markdown as inline HTML (no paragraph around it).</summary>
    private static string Inline(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown, Markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) ? html[3..^4] : html;
    }

    private static void Card(StringBuilder html, string label, int value)
        => html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><b>{value}</b>{E(label)}</div>");

    private static void Select(StringBuilder html, string id, string label, IEnumerable<(string Value, string Text)> options)
    {
        html.Append(CultureInfo.InvariantCulture, $"<label for=\"{id}\">{E(label)}<select id=\"{id}\"><option value=\"\">All</option>");
        foreach (var (value, text) in options)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(value)}\">{E(text)}</option>");
        }

        html.Append("</select></label>");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
