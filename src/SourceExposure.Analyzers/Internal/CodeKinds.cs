// SPDX-License-Identifier: MIT
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>The kinds of code a repository holds; each rule reports in the kinds its <c>code_kinds</c> option lists.</summary>
[Flags]
internal enum CodeKind
{
    None = 0,

    /// <summary>Code the repository ships or deploys.</summary>
    Product = 1,

    /// <summary>Test projects and test folders, their fixtures and benchmarks.</summary>
    Test = 2,

    /// <summary>Samples, examples and demo apps.</summary>
    Sample = 4,

    /// <summary>Code under documentation folders.</summary>
    Docs = 8,

    All = Product | Test | Sample | Docs,
}

/// <summary>
/// Tells the kind of code a file holds, from how real repositories lay it out: a test project (IsTestProject, set by
/// Microsoft.NET.Test.Sdk, or a reference to a test framework), a project or folder named test(s), UnitTest(s),
/// IntegrationTest(s), LiveTests, Specs, Benchmarks, *.Tests, *.Specs …, a sample, example or demo, a docs folder, or
/// what an .editorconfig section says with <c>source_exposure.code_kind</c>. Free of Roslyn types but for
/// <see cref="CodeScope"/>.
/// </summary>
internal static class CodeKinds
{
    private static readonly string[] TestFrameworks =
        ["xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core"];

    // Whole folder or project names (compared case-insensitively, after the last '.' too: "Foo.Tests" → "Tests").
    private static readonly HashSet<string> TestWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "unittest", "unittests", "unit-tests", "integrationtest", "integrationtests", "integration-tests",
        "functionaltest", "functionaltests", "livetest", "livetests", "e2e", "e2etests", "acceptancetests", "spec", "specs",
        "testing", "testutilities", "testhelpers", "testcommon", "testcases", "testcase", "testdata", "test-data",
        "benchmark", "benchmarks", "perf", "perftests", "performancetests", "fixtures", "mocks",
    };

    private static readonly HashSet<string> SampleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sample", "samples", "example", "examples", "demo", "demos", "quickstart", "quickstarts", "playground", "sandbox",
    };

    private static readonly HashSet<string> DocsWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "doc", "docs", "documentation",
    };

    /// <summary>Parses an option value: "all", "none" or a comma-separated list of product, test, sample, docs.</summary>
    public static bool TryParse(string text, out CodeKind kinds)
    {
        kinds = CodeKind.None;
        foreach (var part in text.Split(','))
        {
            switch (part.Trim().ToLowerInvariant())
            {
                case "":
                case "none":
                    break;
                case "all":
                    kinds |= CodeKind.All;
                    break;
                case "product":
                    kinds |= CodeKind.Product;
                    break;
                case "test":
                case "tests":
                    kinds |= CodeKind.Test;
                    break;
                case "sample":
                case "samples":
                    kinds |= CodeKind.Sample;
                    break;
                case "docs":
                    kinds |= CodeKind.Docs;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>"product, sample" — the form the docs and SE0001 messages show.</summary>
    public static string Format(CodeKind kinds)
    {
        if (kinds == CodeKind.All)
        {
            return "all";
        }

        var parts = new List<string>(4);
        if ((kinds & CodeKind.Product) != 0)
        {
            parts.Add("product");
        }

        if ((kinds & CodeKind.Test) != 0)
        {
            parts.Add("test");
        }

        if ((kinds & CodeKind.Sample) != 0)
        {
            parts.Add("sample");
        }

        if ((kinds & CodeKind.Docs) != 0)
        {
            parts.Add("docs");
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    /// <summary>The kind a project or folder name announces ("Api.IntegrationTest", "Samples", "Foo.Benchmarks"), or None.</summary>
    public static CodeKind OfName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return CodeKind.None;
        }

        var kind = OfWord(name!);
        if (kind != CodeKind.None)
        {
            return kind;
        }

        // "Foo.Tests", "Foo.Tests.Common", "Minio.Examples.Host": any dotted, dashed or underscored part.
        var start = 0;
        for (var i = 0; i <= name!.Length; i++)
        {
            if (i == name.Length || name[i] is '.' or '-' or '_')
            {
                if (i > start && (start > 0 || i < name.Length))
                {
                    kind = OfWord(name.Substring(start, i - start));
                    if (kind != CodeKind.None)
                    {
                        return kind;
                    }
                }

                start = i + 1;
            }
        }

        // "CoreTests", "ApiIntegrationTest", "WebSample": a capitalised suffix after a lower-case letter or digit, so
        // "Latest" and "Contest" stay product code.
        return EndsWithWord(name, "Tests") || EndsWithWord(name, "Test") || EndsWithWord(name, "Specs") || EndsWithWord(name, "Benchmarks")
            ? CodeKind.Test
            : EndsWithWord(name, "Samples") || EndsWithWord(name, "Sample") || EndsWithWord(name, "Demo") || EndsWithWord(name, "Examples")
                ? CodeKind.Sample
                : CodeKind.None;
    }

    /// <summary>
    /// The kind the folders of <paramref name="path"/> announce. With <paramref name="projectDirectory"/>, only the
    /// project's folder, its two parents and the folders inside the project count, so a checkout that happens to sit
    /// under a folder named "test" does not turn a whole repository into test code; without it, the last four folders.
    /// The file name counts for tests only (FooTests.cs).
    /// </summary>
    public static CodeKind OfPath(string? path, string? projectDirectory)
    {
        if (string.IsNullOrEmpty(path))
        {
            return CodeKind.None;
        }

        var normalized = path!.Replace('\\', '/');
        var segments = normalized.Split('/');
        var first = Math.Max(0, segments.Length - 5);
        if (!string.IsNullOrEmpty(projectDirectory))
        {
            var project = projectDirectory!.Replace('\\', '/').TrimEnd('/');
            if (normalized.StartsWith(project + "/", StringComparison.OrdinalIgnoreCase))
            {
                var projectSegments = project.Split('/').Length;
                first = Math.Max(0, projectSegments - 3);
            }
        }

        var found = CodeKind.None;
        for (var i = first; i < segments.Length - 1; i++)
        {
            var kind = OfName(segments[i]);

            // Tests inside a sample stay tests; a docs folder inside a test project stays test code.
            if (kind == CodeKind.Test)
            {
                return CodeKind.Test;
            }

            if (found == CodeKind.None)
            {
                found = kind;
            }
        }

        var file = segments[segments.Length - 1];
        return EndsWithWord(file, "Tests.cs") || EndsWithWord(file, "Test.cs") || EndsWithWord(file, "Specs.cs") || EndsWithWord(file, "Spec.cs")
            ? CodeKind.Test
            : found;
    }

    /// <summary>Whether the compilation references a unit-test framework.</summary>
    public static bool ReferencesTestFramework(Compilation compilation)
    {
        foreach (var reference in compilation.ReferencedAssemblyNames)
        {
            if (Array.IndexOf(TestFrameworks, reference.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static CodeKind OfWord(string word)
        => TestWords.Contains(word) ? CodeKind.Test
            : SampleWords.Contains(word) ? CodeKind.Sample
            : DocsWords.Contains(word) ? CodeKind.Docs
            : CodeKind.None;

    private static bool EndsWithWord(string name, string word)
        => name.Length > word.Length
            && name.EndsWith(word, StringComparison.Ordinal)
            && (char.IsLower(name[name.Length - word.Length - 1]) || char.IsDigit(name[name.Length - word.Length - 1]));
}

/// <summary>
/// The kind of code of each file of one compilation, decided once per compilation for the project and once per file
/// for its path: an .editorconfig <c>source_exposure.code_kind</c> wins, then a test or sample project, then the path.
/// </summary>
internal sealed class CodeScope
{
    private readonly OptionReader options;
    private readonly string? projectDirectory;
    private readonly ConcurrentDictionary<string, CodeKind> pathKinds = new(StringComparer.Ordinal);

    private CodeScope(OptionReader options, CodeKind projectKind, string? projectDirectory)
    {
        this.options = options;
        ProjectKind = projectKind;
        this.projectDirectory = projectDirectory;
    }

    /// <summary>Test, Sample or Docs when the whole project is of that kind, otherwise Product.</summary>
    public CodeKind ProjectKind { get; }

    public bool IsTestProject => ProjectKind == CodeKind.Test;

    public static CodeScope For(Compilation compilation, OptionReader options)
    {
        var projectName = options.GetGlobal(RuleOptions.MSBuildProjectName);
        var kind = options.GetGlobal(RuleOptions.IsTestProject) || CodeKinds.ReferencesTestFramework(compilation)
            ? CodeKind.Test
            : CodeKinds.OfName(projectName.Length > 0 ? projectName : compilation.AssemblyName);
        var directory = options.GetGlobal(RuleOptions.ProjectDir);
        return new CodeScope(options, kind == CodeKind.None ? CodeKind.Product : kind, directory.Length > 0 ? directory : null);
    }

    public CodeKind KindOf(SyntaxTree tree)
        => Decide(options.Get(RuleOptions.CodeKindOfFile, tree), tree.FilePath);

    public CodeKind KindOf(AdditionalText file)
        => Decide(options.Get(RuleOptions.CodeKindOfFile, file), file.Path);

    /// <summary>Whether a rule whose <c>code_kinds</c> option is <paramref name="option"/> reports in <paramref name="tree"/>.</summary>
    public bool Reports(RuleOption<CodeKind> option, SyntaxTree tree) => (options.Get(option, tree) & KindOf(tree)) != 0;

    public bool Reports(RuleOption<CodeKind> option, AdditionalText file) => (options.Get(option, file) & KindOf(file)) != 0;

    /// <summary>For rules about the whole assembly (its attributes, its build settings): the project's kind decides.</summary>
    public bool ReportsProject(RuleOption<CodeKind> option) => (options.GetGlobal(option) & ProjectKind) != 0;

    private CodeKind Decide(CodeKind configured, string path)
    {
        if (configured != CodeKind.None)
        {
            return configured;
        }

        if (ProjectKind != CodeKind.Product)
        {
            return ProjectKind;
        }

        var kind = pathKinds.GetOrAdd(path ?? string.Empty, p => CodeKinds.OfPath(p, projectDirectory));
        return kind == CodeKind.None ? CodeKind.Product : kind;
    }
}
