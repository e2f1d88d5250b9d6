// SPDX-License-Identifier: MIT
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Tests.Verification;

/// <summary>What the test compiles: sources, additional files, configuration and references.</summary>
public class AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public const string ProjectDirectory = "/0/";

    /// <summary>The first source file (Test0.cs), with markup.</summary>
    [StringSyntax("C#-test")]
    public string TestCode
    {
        set => Sources.Insert(0, ("Test0.cs", value));
    }

    /// <summary>Source files as (file name, markup); names are relative to <see cref="ProjectDirectory"/>.</summary>
    public List<(string Name, string Markup)> Sources { get; } = [];

    /// <summary>Additional files (appsettings.json, keys…) as (file name, markup); markup marks expected findings.</summary>
    public List<(string Name, string Markup)> AdditionalFiles { get; } = [];

    /// <summary>Text of /0/.editorconfig (<c>root = true</c> is added when missing).</summary>
    public string? EditorConfig { get; set; }

    /// <summary>Text of /0/.globalconfig (<c>is_global = true</c> is added when missing).</summary>
    public string? GlobalConfig { get; set; }

    /// <summary>Option keys applied to every file, as an <c>[*]</c> section of the editorconfig.</summary>
    public Dictionary<string, string> Options { get; } = new(AnalyzerConfigOptions.KeyComparer);

    /// <summary>MSBuild properties made visible to the compiler (<c>build_property.&lt;name&gt;</c> in a global config).</summary>
    public Dictionary<string, string> BuildProperties { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<DiagnosticResult> ExpectedDiagnostics { get; } = [];

    /// <summary>Other analyzers to run beside <typeparamref name="TAnalyzer"/> (for example SE0001's).</summary>
    public List<DiagnosticAnalyzer> AdditionalAnalyzers { get; } = [];

    public ReferenceAssemblies ReferenceAssemblies { get; set; } = ReferenceAssemblies.Net80;

    public List<MetadataReference> AdditionalReferences { get; } = [];

    /// <summary>When true, compiler errors not declared in markup do not fail the test (code as typed in an IDE).</summary>
    public bool AllowCompilerErrors { get; set; }

    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Preview;

    public virtual async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var state = CreateState(Sources);
        var actual = await GetDiagnosticsAsync(state.Project, cancellationToken).ConfigureAwait(false);
        VerifyDiagnostics(state, ExpectedDiagnostics, actual, "input");
    }

    /// <summary>The analyzer under test and any additional ones.</summary>
    protected ImmutableArray<DiagnosticAnalyzer> Analyzers => [new TAnalyzer(), .. AdditionalAnalyzers];

    /// <summary>The id <c>[|…|]</c> stands for: the first descriptor of the analyzer under test.</summary>
    protected static string DefaultId => new TAnalyzer().SupportedDiagnostics[0].Id;

    protected TestState CreateState(IReadOnlyList<(string Name, string Markup)> sources)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("TestProject");
        var analyzerIds = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct();

        // Every supported id is raised to at least a warning so hidden or info rules are still observed.
        var compilationOptions = new CSharpCompilationOptions(
                OutputKind,
                allowUnsafe: true,
                nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(analyzerIds.ToDictionary(id => id, _ => ReportDiagnostic.Warn));

        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "TestProject",
            "TestProject",
            LanguageNames.CSharp,
            filePath: ProjectDirectory + "TestProject.csproj",
            compilationOptions: compilationOptions,
            parseOptions: new CSharpParseOptions(LanguageVersion),
            metadataReferences: [.. TestReferences.For(ReferenceAssemblies), .. AdditionalReferences]));

        var files = new List<TestFile>();
        foreach (var (name, markup) in sources)
        {
            var (text, spans) = Markup.Parse(markup);
            var id = DocumentId.CreateNewId(projectId, name);
            solution = solution.AddDocument(id, name, SourceText.From(text, Encoding.UTF8), filePath: ProjectDirectory + name);
            files.Add(new TestFile(ProjectDirectory + name, SourceText.From(text), spans, IsSource: true));
        }

        foreach (var (name, markup) in AdditionalFiles)
        {
            var (text, spans) = Markup.Parse(markup);
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, name), name, SourceText.From(text, Encoding.UTF8), filePath: ProjectDirectory + name);
            files.Add(new TestFile(ProjectDirectory + name, SourceText.From(text), spans, IsSource: false));
        }

        var editorConfig = BuildEditorConfig();
        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, ".editorconfig"), ".editorconfig", SourceText.From(editorConfig), filePath: ProjectDirectory + ".editorconfig");
        }

        var globalConfig = BuildGlobalConfig();
        if (globalConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, ".globalconfig"), ".globalconfig", SourceText.From(globalConfig), filePath: ProjectDirectory + ".globalconfig");
        }

        return new TestState(workspace, solution.GetProject(projectId)!, files);
    }

    /// <summary>Analyzer diagnostics plus compiler diagnostics; throws on any analyzer exception (AD0001).</summary>
    protected async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Project project, CancellationToken cancellationToken, bool analyzerOnly = false)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var exceptions = new ConcurrentBag<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            Analyzers,
            new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        var analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var crashes = analyzerDiagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Concat(exceptions).ToList();
        if (crashes.Count > 0)
        {
            throw new VerificationException("An analyzer threw (AD0001):" + Environment.NewLine + string.Join(Environment.NewLine, crashes));
        }

        return analyzerOnly ? analyzerDiagnostics : analyzerDiagnostics.AddRange(compilation.GetDiagnostics(cancellationToken));
    }

    protected void VerifyDiagnostics(TestState state, IEnumerable<DiagnosticResult> explicitExpected, ImmutableArray<Diagnostic> actualAll, string stage)
    {
        var expected = new List<ResolvedExpectation>();
        foreach (var file in state.Files)
        {
            foreach (var span in file.Spans)
            {
                if (span.Index is null)
                {
                    expected.Add(new ResolvedExpectation(new DiagnosticResult(span.Id ?? DefaultId, DiagnosticSeverity.Warning, null), file.Path, file.Text.Lines.GetLinePositionSpan(span.Span), []));
                }
            }
        }

        foreach (var result in explicitExpected)
        {
            expected.Add(Resolve(state, result));
        }

        // Compiler errors must be declared unless the test allows them; other compiler diagnostics only count when expected.
        var expectedIds = new HashSet<string>(expected.Select(e => e.Result.Id));
        var analyzerIds = new HashSet<string>(Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));
        var actual = actualAll
            .Where(d => analyzerIds.Contains(d.Id)
                || expectedIds.Contains(d.Id)
                || (d.Severity == DiagnosticSeverity.Error && !AllowCompilerErrors))
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

        var unmatched = new List<Diagnostic>(actual);
        var missing = new List<ResolvedExpectation>();
        foreach (var expectation in expected)
        {
            var match = unmatched.FirstOrDefault(expectation.Matches);
            if (match is null)
            {
                missing.Add(expectation);
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return;
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Diagnostics on the {stage} do not match.");
        report.AppendLine("Expected but not reported:");
        AppendLines(report, missing.Select(m => m.ToString()));
        report.AppendLine("Reported but not expected:");
        AppendLines(report, unmatched.Select(Describe));
        report.AppendLine("All expected:");
        AppendLines(report, expected.Select(m => m.ToString()));
        report.AppendLine("All reported:");
        AppendLines(report, actual.Select(Describe));
        report.AppendLine("Reported diagnostics as markup:");
        foreach (var file in state.Files)
        {
            var inFile = actual.Where(d => d.Location.GetLineSpan().Path == file.Path).ToList();
            if (inFile.Count > 0)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"// {file.Path}");
                report.AppendLine(Annotate(file.Text.ToString(), inFile));
            }
        }

        throw new VerificationException(report.ToString());
    }

    protected static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var where = d.Location == Location.None
            ? "no location"
            : $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
        return $"{d.Id} {d.Severity} at {where}: {d.GetMessage(CultureInfo.CurrentCulture)}";
    }

    private static void AppendLines(StringBuilder report, IEnumerable<string> lines)
    {
        var any = false;
        foreach (var line in lines)
        {
            report.Append("  ").AppendLine(line);
            any = true;
        }

        if (!any)
        {
            report.AppendLine("  (none)");
        }
    }

    /// <summary>Re-annotates <paramref name="text"/> with <c>{|ID:…|}</c> around each reported span.</summary>
    private static string Annotate(string text, IReadOnlyList<Diagnostic> diagnostics)
    {
        var inserts = new List<(int Position, int Order, string Token)>();
        foreach (var d in diagnostics)
        {
            var span = d.Location.SourceSpan;
            inserts.Add((span.Start, -span.Length, "{|" + d.Id + ":"));
            inserts.Add((span.End, span.Length, "|}"));
        }

        var builder = new StringBuilder(text);
        foreach (var (position, _, token) in inserts.OrderByDescending(i => i.Position).ThenByDescending(i => i.Order))
        {
            builder.Insert(Math.Min(position, builder.Length), token);
        }

        return builder.ToString();
    }

    private ResolvedExpectation Resolve(TestState state, DiagnosticResult result)
    {
        var spans = new List<(string Path, LinePositionSpan Span)>();
        foreach (var location in result.Locations)
        {
            if (location.MarkupIndex is { } index)
            {
                var file = state.Files.FirstOrDefault(f => f.Spans.Any(s => s.Index == index))
                    ?? throw new InvalidOperationException($"The test expects markup location {{|#{index}:…|}}, which no source or additional file declares.");
                var span = file.Spans.First(s => s.Index == index).Span;
                spans.Add((file.Path, file.Text.Lines.GetLinePositionSpan(span)));
            }
            else
            {
                var path = location.Path is null ? state.Files[0].Path : location.Path.StartsWith('/') ? location.Path : ProjectDirectory + location.Path;
                spans.Add((path, location.Span!.Value));
            }
        }

        return spans.Count == 0
            ? new ResolvedExpectation(result, null, null, [])
            : new ResolvedExpectation(result, spans[0].Path, spans[0].Span, [.. spans.Skip(1)]);
    }

    private string? BuildEditorConfig()
    {
        if (EditorConfig is null && Options.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        if (EditorConfig is null || !EditorConfig.Contains("root", StringComparison.OrdinalIgnoreCase))
        {
            builder.AppendLine("root = true");
        }

        if (Options.Count > 0)
        {
            builder.AppendLine().AppendLine("[*]");
            foreach (var (key, value) in Options)
            {
                builder.AppendLine(CultureInfo.InvariantCulture, $"{key} = {value}");
            }
        }

        if (EditorConfig is not null)
        {
            builder.AppendLine().AppendLine(EditorConfig);
        }

        return builder.ToString();
    }

    private string? BuildGlobalConfig()
    {
        if (GlobalConfig is null && BuildProperties.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        if (GlobalConfig is null || !GlobalConfig.Contains("is_global", StringComparison.OrdinalIgnoreCase))
        {
            builder.AppendLine("is_global = true");
        }

        foreach (var (name, value) in BuildProperties)
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"build_property.{name} = {value}");
        }

        if (GlobalConfig is not null)
        {
            builder.AppendLine(GlobalConfig);
        }

        return builder.ToString();
    }

    /// <summary>A source or additional file of the test, with its markup spans.</summary>
    protected sealed record TestFile(string Path, SourceText Text, IReadOnlyList<MarkupSpan> Spans, bool IsSource);

    protected sealed record TestState(AdhocWorkspace Workspace, Project Project, IReadOnlyList<TestFile> Files);

    private sealed record ResolvedExpectation(DiagnosticResult Result, string? Path, LinePositionSpan? Span, IReadOnlyList<(string Path, LinePositionSpan Span)> Additional)
    {
        public bool Matches(Diagnostic d)
        {
            if (d.Id != Result.Id)
            {
                return false;
            }

            if (Result.HasNoLocation && d.Location != Location.None)
            {
                return false;
            }

            if (Span is { } span)
            {
                var actual = d.Location.GetLineSpan();
                if (actual.Path != Path || actual.Span != span)
                {
                    return false;
                }

                for (var i = 0; i < Additional.Count; i++)
                {
                    if (i >= d.AdditionalLocations.Count)
                    {
                        return false;
                    }

                    var extra = d.AdditionalLocations[i].GetLineSpan();
                    if (extra.Path != Additional[i].Path || extra.Span != Additional[i].Span)
                    {
                        return false;
                    }
                }
            }

            return Result.ExpectedMessage is not { } message || message == d.GetMessage(CultureInfo.CurrentCulture);
        }

        public override string ToString()
        {
            var where = Span is { } s ? $"{Path}({s.Start.Line + 1},{s.Start.Character + 1},{s.End.Line + 1},{s.End.Character + 1})" : Result.HasNoLocation ? "no location" : "any location";
            return $"{Result.Id} at {where}" + (Result.ExpectedMessage is { } m ? ": " + m : string.Empty);
        }
    }
}

/// <summary>A test expectation that did not hold; the message lists expected and actual results.</summary>
public sealed class VerificationException(string message) : Exception(message);
