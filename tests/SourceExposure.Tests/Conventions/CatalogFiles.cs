// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Tests.Conventions;

/// <summary>
/// The files written from the catalog (Rules, RuleOptions, the code fixes found by reflection): the rules index
/// (docs/rules/README.md), the option tables of docs/configuration.md and the strict global config. Markdown files keep
/// their prose; only the blocks between <c>&lt;!-- catalog:NAME --&gt;</c> and <c>&lt;!-- /catalog --&gt;</c> are
/// generated. GeneratedFilesTests fails on drift; <c>SOURCE_EXPOSURE_UPDATE_DOCS=1 dotnet test --filter
/// GeneratedFilesTests</c> rewrites them.
/// </summary>
internal static class CatalogFiles
{
    public const string BlockEnd = "<!-- /catalog -->";

    public static string RulesIndexPath => Path.Combine(Catalog.DocsRules, "README.md");

    public static string ConfigurationPath => Path.Combine(Catalog.RepositoryRoot, "docs", "configuration.md");

    public static string StrictGlobalConfigPath => Path.Combine(Catalog.RepositoryRoot, "src", "SourceExposure.Analyzers", "globalconfigs", "strict.globalconfig");

    // Family keys of OptionScope.Family options (and of the MSBuild properties a family reads), by id digit.
    private static readonly Dictionary<string, char> FamilyDigits = new(StringComparer.Ordinal)
    {
        ["secrets"] = '1',
        ["proprietary_code"] = '2',
        ["residency"] = '3',
        ["backdoors"] = '4',
        ["disclosure"] = '5',
    };

    /// <summary>The generated blocks of the rules index: one table per family digit.</summary>
    public static IReadOnlyDictionary<string, string> RulesIndexBlocks()
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var family in Catalog.Descriptors.GroupBy(d => d.Id[2]))
        {
            var table = new StringBuilder("| Id | Title | Severity | Code fix |\n| --- | --- | --- | --- |\n");
            foreach (var descriptor in family.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                table.Append(CultureInfo.InvariantCulture, $"| [{descriptor.Id}]({descriptor.Id}.md) | {Cell(descriptor.Title.ToString(CultureInfo.InvariantCulture))} | {descriptor.DefaultSeverity} | {(Catalog.FixableIds.Contains(descriptor.Id) ? "Yes" : "No")} |\n");
            }

            blocks["rules SE" + family.Key + "xxx"] = table.ToString();
        }

        return blocks;
    }

    /// <summary>
    /// The generated blocks of docs/configuration.md: the kinds-of-code options, the per-rule code_kinds defaults, and
    /// one table per family (rule, family and MSBuild options; a family with none has no block).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ConfigurationBlocks()
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        var codeKinds = RuleOptions.All.Where(o => o.Scope == OptionScope.Rule && o.Name == "code_kinds").ToList();
        var general = RuleOptions.All.Where(o => o.Scope == OptionScope.Global || (o.Scope == OptionScope.BuildProperty && o.Owner.Length == 0)).ToList();
        blocks["options kinds of code"] = OptionTable(general);
        blocks["options code_kinds defaults"] = "| Key | Default |\n| --- | --- |\n"
            + string.Concat(codeKinds.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"| `{o.Key}` | {Cell(o.DefaultText)} |\n"));
        foreach (var family in RuleOptions.All.Except(codeKinds).Except(general).GroupBy(o => DigitOf(o) is '5' ? '4' : DigitOf(o)))
        {
            // Back doors and disclosure hygiene share one section of the page.
            blocks[family.Key is '4' or '5' ? "options SE4xxx and SE5xxx" : "options SE" + family.Key + "xxx"] = OptionTable(family);
        }

        return blocks;
    }

    /// <summary>Configurable rules strict mode leaves at their default: reminders, not findings.</summary>
    public static readonly IReadOnlySet<string> NotStrict = new HashSet<string>(StringComparer.Ordinal) { "SE0003" };

    /// <summary>The strict global config: every configurable rule an error, except <see cref="NotStrict"/>.</summary>
    public static string StrictGlobalConfig()
    {
        var text = new StringBuilder("""
            # SourceExposure strict mode: every SourceExposure rule is an error. Switched on by <SourceExposureMode>strict</SourceExposureMode>.
            # Generated from the catalog (tests/SourceExposure.Tests/Conventions/CatalogFiles.cs); do not edit by hand.
            # global_level -50 is below the default level of a team's own global configs (100 for a root .globalconfig, 0 for
            # any other), so those win on conflict; .editorconfig files always win over global configs.
            is_global = true
            global_level = -50
            # SE0001 (invalid configuration) and SE0004 (invalid exceptions file) are not listed: they are tagged
            # NotConfigurable, so the compiler ignores any severity set for them and they stay warnings.
            # SE0003 (approved exception due to expire) is not listed: it is a reminder, and as an error it would end an
            # approval before the date its approver gave.

            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        var artifactOnly = ArtifactRules.All.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        foreach (var descriptor in Catalog.Descriptors.Where(d => !d.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable) && !NotStrict.Contains(d.Id)))
        {
            if (descriptor.Id == artifactOnly.FirstOrDefault())
            {
                text.Append(CultureInfo.InvariantCulture, $"# {string.Join(" and ", artifactOnly)} are reported by `source-exposure inspect` on built assemblies; listed so strict mode covers them there.\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"dotnet_diagnostic.{descriptor.Id}.severity = error\n");
        }

        return text.ToString();
    }

    /// <summary>The text with each generated block replaced; throws when a block's markers are missing.</summary>
    public static string ReplaceBlocks(string text, IReadOnlyDictionary<string, string> blocks)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var (name, content) in blocks)
        {
            var begin = $"<!-- catalog:{name} -->\n";
            var start = text.IndexOf(begin, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf(BlockEnd, start, StringComparison.Ordinal);
            if (start < 0 || end < 0)
            {
                throw new InvalidOperationException($"The block '{name}' has no '{begin.TrimEnd()}' … '{BlockEnd}' markers");
            }

            text = text[..(start + begin.Length)] + content + text[end..];
        }

        return text;
    }

    private static char DigitOf(RuleOption option) => option.Scope == OptionScope.Rule
        ? option.Owner[2]
        : FamilyDigits.TryGetValue(option.Owner, out var digit) ? digit : throw new InvalidOperationException($"{option.Key}: no family for owner '{option.Owner}'");

    private static string OptionTable(IEnumerable<RuleOption> options)
    {
        var table = new StringBuilder("| Key or property | Default | Accepts | Meaning |\n| --- | --- | --- | --- |\n");
        foreach (var option in options)
        {
            var name = option.Scope == OptionScope.BuildProperty ? $"`{option.Name}` (MSBuild)" : $"`{option.Key}`";
            table.Append(CultureInfo.InvariantCulture, $"| {name} | {Cell(option.DocDefault)} | {Cell(option.DocAccepts)} | {Cell(option.Description)} |\n");
        }

        return table.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
