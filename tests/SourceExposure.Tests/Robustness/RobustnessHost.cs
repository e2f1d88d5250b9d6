// SPDX-License-Identifier: MIT
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Tests.Robustness;

/// <summary>
/// Runs every analyzer of SourceExposure.Analyzers and every code fix of SourceExposure.Codefixes (found by
/// reflection, so rule families are covered as they land) over many documents at once, and collects every exception:
/// analyzer exceptions (onAnalyzerException and AD0001), code-fix registration exceptions and exceptions from
/// computing each offered action's changes.
/// </summary>
internal static class RobustnessHost
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        typeof(SourceExposure.Analyzers.SourceExposureAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> CodeFixes { get; } =
        typeof(SourceExposure.CodeFixes.SourceExposureCodeFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static ImmutableHashSet<string> AnalyzerIds { get; } =
        Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview, DocumentationMode.Diagnose);

    /// <summary>The folder holding SourceExposure.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>samples/**/*.cs, without build output, in a stable order.</summary>
    public static IReadOnlyList<(string Name, string Text)> SampleSources()
    {
        var samples = Path.Combine(RepositoryRoot, "samples");
        if (!Directory.Exists(samples))
        {
            return [];
        }

        return Directory.EnumerateFiles(samples, "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(RepositoryRoot, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
    }

    /// <summary>
    /// C# inputs of the rule tests: every raw string literal in tests/**/*.cs (outside this folder) that looks like C#,
    /// with test markup removed, deduplicated, in a stable order.
    /// </summary>
    public static IReadOnlyList<(string Name, string Text)> TestInputs()
    {
        var tests = Path.Combine(RepositoryRoot, "tests");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inputs = new List<(string Name, string Text)>();
        foreach (var path in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories).Where(p => !IsBuildOutput(p)).OrderBy(p => p, StringComparer.Ordinal))
        {
            var normalized = path.Replace('\\', '/');
            if (normalized.Contains("/Robustness/", StringComparison.Ordinal))
            {
                continue;
            }

            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions);
            var index = 0;
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                {
                    continue;
                }

                var text = StripMarkup(token.ValueText);
                if (LooksLikeCSharp(text) && seen.Add(text))
                {
                    inputs.Add(($"{Path.GetFileNameWithoutExtension(path)}#{index++}", text));
                }
            }
        }

        return inputs;
    }

    private static string StripMarkup(string markup)
    {
        try
        {
            TestFileMarkupParser.GetSpans(markup, treatPositionIndicatorsAsCode: true, out var text, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
            return text;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or OverflowException)
        {
            return markup;
        }
    }

    private static bool LooksLikeCSharp(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('[') || trimmed.StartsWith('<') || trimmed.StartsWith("root", StringComparison.Ordinal) || trimmed.StartsWith("is_global", StringComparison.Ordinal))
        {
            return false; // JSON, XML and editorconfig inputs are additional files, not sources.
        }

        return text.Contains(';', StringComparison.Ordinal) || text.Contains("class ", StringComparison.Ordinal) || text.Contains("namespace ", StringComparison.Ordinal);
    }

    /// <summary>Each prefix of <paramref name="text"/> at <paramref name="count"/> evenly spaced cut points (every cut point when the text is shorter).</summary>
    public static IEnumerable<string> PrefixTruncations(string text, int count)
    {
        if (text.Length <= count)
        {
            for (var i = 0; i < text.Length; i++)
            {
                yield return text.Substring(0, i);
            }

            yield break;
        }

        for (var k = 0; k < count; k++)
        {
            yield return text.Substring(0, (int)((long)text.Length * k / count));
        }
    }

    /// <summary>Variants of <paramref name="text"/> with tokens deleted at random (seeded): single tokens, and about one in twenty.</summary>
    public static IEnumerable<string> TokenDeletions(string text, int variants, int seed)
    {
        var tokens = CSharpSyntaxTree.ParseText(text, ParseOptions).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).Select(t => t.Span).ToArray();
        if (tokens.Length == 0)
        {
            yield break;
        }

        var random = new Random(seed);
        for (var v = 0; v < variants; v++)
        {
            var delete = new SortedSet<int>();
            var howMany = v % 2 == 0 ? 1 + random.Next(3) : Math.Max(1, tokens.Length / 20);
            while (delete.Count < Math.Min(howMany, tokens.Length))
            {
                delete.Add(random.Next(tokens.Length));
            }

            var builder = new StringBuilder(text.Length);
            var position = 0;
            foreach (var index in delete)
            {
                builder.Append(text, position, tokens[index].Start - position);
                position = tokens[index].End;
            }

            builder.Append(text, position, text.Length - position);
            yield return builder.ToString();
        }
    }

    /// <summary>
    /// Analyzes <paramref name="documents"/> in batches (one compilation per batch, every analyzer at once), runs every
    /// matching code fix on each SourceExposure diagnostic (at most <paramref name="fixesPerDocument"/> per document),
    /// and returns a description of every exception, with the input that caused it.
    /// </summary>
    public static async Task<CrashReport> FindCrashesAsync(
        IReadOnlyList<(string Name, string Text)> documents,
        int batchSize = 40,
        int fixesPerDocument = 2,
        TimeSpan? timeout = null,
        ImmutableArray<DiagnosticAnalyzer>? analyzers = null,
        ImmutableArray<CodeFixProvider>? codeFixes = null)
    {
        var run = new Run(analyzers ?? Analyzers, codeFixes ?? CodeFixes, fixesPerDocument);
        var crashes = new ConcurrentBag<string>();
        var batches = new List<List<(string Name, string Text)>>();
        for (var i = 0; i < documents.Count; i += batchSize)
        {
            batches.Add(documents.Skip(i).Take(batchSize).ToList());
        }

        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation.Token },
            async (batch, token) =>
            {
                var found = await RunBatchAsync(batch, run, token).ConfigureAwait(false);
                if (found.Count > 0 && batch.Count > 1)
                {
                    // Narrow the failure down to the documents that cause it, so the report shows the input.
                    foreach (var document in batch)
                    {
                        foreach (var crash in await RunBatchAsync([document], run, token).ConfigureAwait(false))
                        {
                            crashes.Add(crash);
                        }
                    }
                }
                else
                {
                    foreach (var crash in found)
                    {
                        crashes.Add(crash);
                    }
                }
            }).ConfigureAwait(false);

        return new CrashReport(crashes.Distinct().OrderBy(c => c, StringComparer.Ordinal).Take(20).ToList(), run.Diagnostics, run.FixesApplied);
    }

    /// <summary>What a run found: exceptions (first 20), SourceExposure diagnostics reported, code-fix actions computed.</summary>
    public sealed record CrashReport(IReadOnlyList<string> Crashes, int Diagnostics, int FixesApplied);

    private sealed class Run(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> codeFixes, int fixesPerDocument)
    {
        private int _diagnostics;
        private int _fixesApplied;

        public ImmutableArray<DiagnosticAnalyzer> Analyzers => analyzers;

        public ImmutableArray<CodeFixProvider> CodeFixes => codeFixes;

        public int FixesPerDocument => fixesPerDocument;

        public int Diagnostics => _diagnostics;

        public int FixesApplied => _fixesApplied;

        public void CountDiagnostics(int n) => Interlocked.Add(ref _diagnostics, n);

        public void CountFixes(int n) => Interlocked.Add(ref _fixesApplied, n);
    }

    public static Project CreateProject(IReadOnlyList<(string Name, string Text)> documents, out AdhocWorkspace workspace, IReadOnlyList<(string Name, string Text)>? additionalFiles = null)
    {
        workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("Robustness");
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(AnalyzerIds.ToDictionary(id => id, _ => ReportDiagnostic.Warn));
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "Robustness",
            "Robustness",
            LanguageNames.CSharp,
            filePath: "/0/Robustness.csproj",
            compilationOptions: options,
            parseOptions: ParseOptions,
            metadataReferences: Basic.Reference.Assemblies.Net80.References.All));
        for (var i = 0; i < documents.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Doc{i}_{Sanitize(documents[i].Name)}");
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, name), name, SourceText.From(documents[i].Text, Encoding.UTF8), filePath: "/0/" + name);
        }

        foreach (var (name, text) in additionalFiles ?? [])
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, name), name, SourceText.From(text, Encoding.UTF8), filePath: "/0/" + name);
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>Every analyzer over the project at once; exceptions are returned beside the diagnostics.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions)> AnalyzeAsync(Project project, bool concurrent, CancellationToken cancellationToken, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var exceptions = new ConcurrentBag<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers ?? Analyzers,
            new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                (exception, analyzer, diagnostic) => exceptions.Add($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}{Environment.NewLine}{exception.StackTrace}"),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var crash in diagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Add(crash.GetMessage(CultureInfo.InvariantCulture));
        }

        return (diagnostics, exceptions.ToList());
    }

    private static async Task<List<string>> RunBatchAsync(List<(string Name, string Text)> batch, Run run, CancellationToken cancellationToken)
    {
        var crashes = new List<string>();
        var project = CreateProject(batch, out var workspace);
        using (workspace)
        {
            var (diagnostics, exceptions) = await AnalyzeAsync(project, concurrent: false, cancellationToken, run.Analyzers).ConfigureAwait(false);
            foreach (var exception in exceptions)
            {
                crashes.Add($"Analyzer exception on {Describe(batch)}:{Environment.NewLine}{exception}");
            }

            var ours = diagnostics.Where(d => d.Id != "AD0001" && d.Location.IsInSource).ToList();
            run.CountDiagnostics(ours.Count);
            foreach (var group in ours.GroupBy(d => d.Location.SourceTree))
            {
                var document = project.GetDocument(group.Key);
                if (document is null)
                {
                    continue;
                }

                foreach (var diagnostic in group.Take(run.FixesPerDocument))
                {
                    foreach (var fix in run.CodeFixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                    {
                        run.CountFixes(1);
                        var error = await TryFixAsync(fix, document, diagnostic, cancellationToken).ConfigureAwait(false);
                        if (error is not null)
                        {
                            var text = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
                            crashes.Add($"{fix.GetType().Name} threw on {diagnostic.Id} at {diagnostic.Location.SourceSpan} in:{Environment.NewLine}{Excerpt(text)}{Environment.NewLine}{error}");
                        }
                    }
                }
            }
        }

        return crashes;
    }

    /// <summary>Registers the fix's actions for one diagnostic and computes every action's changes (nested actions too).</summary>
    public static async Task<string?> TryFixAsync(CodeFixProvider fix, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        try
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await fix.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            for (var i = 0; i < actions.Count; i++)
            {
                var action = actions[i];
                if (!action.NestedActions.IsDefaultOrEmpty)
                {
                    actions.AddRange(action.NestedActions);
                    continue;
                }

                foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (operation is ApplyChangesOperation apply)
                    {
                        foreach (var changed in apply.ChangedSolution.GetChanges(document.Project.Solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()))
                        {
                            var fixedDocument = apply.ChangedSolution.GetDocument(changed)!;
                            _ = await fixedDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }

            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return e.ToString();
        }
    }

    private static string Describe(List<(string Name, string Text)> batch)
        => batch.Count == 1 ? $"{batch[0].Name}:{Environment.NewLine}{Excerpt(batch[0].Text)}" : $"{batch.Count} documents ({batch[0].Name} …)";

    private static string Excerpt(string text) => text.Length <= 1500 ? text : text.Substring(0, 700) + Environment.NewLine + "[…]" + Environment.NewLine + text.Substring(text.Length - 700);

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '.' ? c : '_');
        }

        return builder.Append(".cs").ToString();
    }

    private static bool IsBuildOutput(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.Contains("/obj/", StringComparison.Ordinal) || normalized.Contains("/bin/", StringComparison.Ordinal);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SourceExposure.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SourceExposure.sln was not found above " + AppContext.BaseDirectory);
    }
}
