// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers;
using SourceExposure.CodeFixes;

namespace SourceExposure.Cli;

/// <summary>
/// Everything the tool knows about the rules, discovered by reflection over the analyzer and code-fix assemblies, so
/// a rule added by any family shows up in scans, SARIF, the HTML report and <c>list-rules</c> without touching the CLI.
/// </summary>
internal sealed class RuleCatalog
{
    private static readonly Lazy<RuleCatalog> Shared = new(Create);

    private RuleCatalog(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<RuleInfo> rules)
    {
        // The exceptions file is applied by the tool itself (Exceptions.ExceptionSet), relative to the scan, whether or not
        // the project passes it to the compiler: the build's suppressor and SE0002-SE0004 analyzer would only duplicate it.
        Analyzers = analyzers
            .Where(a => a is not DiagnosticSuppressor and not SourceExposure.Analyzers.Exceptions.SE0002ApprovedExceptionAnalyzer)
            .ToImmutableArray();
        Rules = rules;
        ById = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public static RuleCatalog Instance => Shared.Value;

    /// <summary>The analyzers a scan runs: all of them except the approved-exceptions suppressor and analyzer.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Every descriptor the analyzers support, ordered by id.</summary>
    public ImmutableArray<RuleInfo> Rules { get; }

    public IReadOnlyDictionary<string, RuleInfo> ById { get; }

    public static string FamilyName(string ruleId) => RuleCategories.FamilyOf(ruleId)?.Name ?? "Other";

    private static RuleCatalog Create()
    {
        var analyzerAssembly = typeof(SourceExposureAnalyzer).Assembly;
        var analyzers = LoadableTypes(analyzerAssembly)
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        var fixable = LoadableTypes(typeof(SourceExposureCodeFix).Assembly)
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);

        var rules = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
        foreach (var analyzer in analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (!rules.ContainsKey(descriptor.Id))
                {
                    rules.Add(descriptor.Id, new RuleInfo(descriptor, analyzer.GetType().Name, fixable.Contains(descriptor.Id), RuleDoc.Load(descriptor.Id)));
                }
            }
        }

        // Rules only `inspect` reports (no analyzer supports them), named after the check that reports them.
        foreach (var descriptor in ArtifactRules.All)
        {
            rules.TryAdd(descriptor.Id, new RuleInfo(descriptor, Inspection.ArtifactChecks.Name(descriptor.Id), HasCodeFix: false, RuleDoc.Load(descriptor.Id)));
        }

        return new RuleCatalog(analyzers, rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToImmutableArray());
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.Where(t => t is not null)!;
        }
    }
}

/// <summary>One rule: its descriptor plus what the tool adds (family, fix availability, documentation).</summary>
internal sealed record RuleInfo(DiagnosticDescriptor Descriptor, string AnalyzerName, bool HasCodeFix, RuleDoc? Doc)
{
    public string Id => Descriptor.Id;

    public string Title => Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Description => Descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Category => Descriptor.Category;

    public string Family => RuleCatalog.FamilyName(Descriptor.Id);

    public string HelpUri => Descriptor.HelpLinkUri;

    public DiagnosticSeverity DefaultSeverity => Descriptor.DefaultSeverity;

    public IEnumerable<string> Tags => Descriptor.CustomTags;

    /// <summary>Precision tier, security severity and CWE entries (null only for a rule without a profile).</summary>
    public RuleProfile? Profile => RuleProfiles.ById.TryGetValue(Id, out var profile) ? profile : null;
}

/// <summary>The parts of docs/rules/&lt;id&gt;.md the report quotes, embedded into the tool at build time.</summary>
internal sealed record RuleDoc(string WhyItMatters, string InTheNews)
{
    public static RuleDoc? Load(string id)
    {
        using var stream = typeof(RuleDoc).Assembly.GetManifestResourceStream("docs/rules/" + id + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Splits the page on its headings: "## Why it matters" up to "### In the news", then the news up to the next "## ".</summary>
    public static RuleDoc Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var why = new List<string>();
        var news = new List<string>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                var heading = line.TrimStart('#').Trim();
                current = heading.Equals("Why it matters", StringComparison.OrdinalIgnoreCase) ? why
                    : heading.Equals("In the news", StringComparison.OrdinalIgnoreCase) ? news
                    : null;
                continue;
            }

            current?.Add(line);
        }

        return new RuleDoc(string.Join('\n', why).Trim(), string.Join('\n', news).Trim());
    }
}

/// <summary>
/// The part of docs/regimes.md between its <c>&lt;!-- report:begin --&gt;</c> and <c>&lt;!-- report:end --&gt;</c> markers
/// (the not-legal-advice notice and the summary table), embedded at build time, with its links made absolute.
/// </summary>
internal static class RegimesDoc
{
    public const string Begin = "<!-- report:begin -->";

    public const string End = "<!-- report:end -->";

    public static string PageUrl => ToolInfo.RepositoryUrl + "/blob/main/docs/regimes.md";

    public static string? LoadReportSection()
    {
        using var stream = typeof(RegimesDoc).Assembly.GetManifestResourceStream("docs/regimes.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return ReportSection(reader.ReadToEnd());
    }

    public static string? ReportSection(string markdown)
    {
        var begin = markdown.IndexOf(Begin, StringComparison.Ordinal);
        var end = markdown.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return null;
        }

        var section = markdown[(begin + Begin.Length)..end].Trim();
        return Links.Absolute(section, ToolInfo.RepositoryUrl + "/blob/main/docs/", PageUrl);
    }
}

/// <summary>Relative Markdown links made absolute, so text quoted from the docs still links from a report file.</summary>
internal static class Links
{
    private static readonly System.Text.RegularExpressions.Regex Relative = new(@"\]\((?!https?:|mailto:)(?<target>[^)\s]+)\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary><paramref name="baseUrl"/> is the folder of the page the text comes from (ending in '/'); <paramref name="pageUrl"/> the page itself.</summary>
    public static string Absolute(string markdown, string baseUrl, string pageUrl)
        => Relative.Replace(markdown, m =>
        {
            var target = m.Groups["target"].Value;
            return "](" + (target.StartsWith('#') ? pageUrl + target : new Uri(new Uri(baseUrl), target).ToString()) + ")";
        });
}
