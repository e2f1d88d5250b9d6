// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Tests.Verification;

/// <summary>
/// Verifies a code fix the way roslyn-sdk does: the analyzer's findings on the input, the fixed sources after
/// applying fixes one at a time, and the same result from FixAll in document, project and solution scope.
/// Equivalence keys must be non-null and unique per diagnostic; fixed code must compile.
/// </summary>
public class CodeFixTest<TAnalyzer, TCodeFix> : AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The expected first source after fixing, with markup for diagnostics that remain.</summary>
    [StringSyntax("C#-test")]
    public string FixedCode
    {
        set => FixedSources.Insert(0, ("Test0.cs", value));
    }

    public List<(string Name, string Markup)> FixedSources { get; } = [];

    /// <summary>The expected result of FixAll, when it differs from one-at-a-time fixing.</summary>
    public List<(string Name, string Markup)> BatchFixedSources { get; } = [];

    [StringSyntax("C#-test")]
    public string BatchFixedCode
    {
        set => BatchFixedSources.Insert(0, ("Test0.cs", value));
    }

    /// <summary>Diagnostics expected to remain after fixing, beside those marked in <see cref="FixedSources"/>.</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = [];

    /// <summary>How many fixes one-at-a-time fixing applies; null means "as many as there are diagnostics to fix".</summary>
    public int? NumberOfIncrementalIterations { get; set; }

    /// <summary>How many FixAll rounds each scope needs; null means "whatever it takes, at most 10".</summary>
    public int? NumberOfFixAllIterations { get; set; }

    /// <summary>Chooses the code action by equivalence key; otherwise <see cref="CodeActionIndex"/> (default 0).</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    public int? CodeActionIndex { get; set; }

    public FixAllScopes FixAllScopes { get; set; } = FixAllScopes.Document | FixAllScopes.Project | FixAllScopes.Solution;

    public override async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await base.RunAsync(cancellationToken).ConfigureAwait(false);

        var fixedSources = FixedSources.Count > 0 ? FixedSources : Sources;
        var input = CreateState(Sources);
        if (SameText(Sources, fixedSources))
        {
            await VerifyNoFixOfferedAsync(input.Project, cancellationToken).ConfigureAwait(false);
            return;
        }

        var expectedIterations = NumberOfIncrementalIterations
            ?? (await GetFixableDiagnosticsAsync(input.Project, cancellationToken).ConfigureAwait(false)).Length;
        var (incremental, iterations) = await FixOneAtATimeAsync(input.Project, cancellationToken).ConfigureAwait(false);
        await VerifyFixedStateAsync(incremental, fixedSources, "result of fixing one diagnostic at a time", cancellationToken).ConfigureAwait(false);
        if (iterations != expectedIterations)
        {
            throw new VerificationException($"Expected {expectedIterations} incremental fix iteration(s) but applied {iterations}.");
        }

        var batchFixed = BatchFixedSources.Count > 0 ? BatchFixedSources : fixedSources;
        foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
        {
            if (!FixAllScopes.HasFlag(ToFlag(scope)))
            {
                continue;
            }

            var (project, rounds) = await FixAllAsync(CreateState(Sources).Project, scope, cancellationToken).ConfigureAwait(false);
            await VerifyFixedStateAsync(project, batchFixed, $"result of FixAll in {scope} scope", cancellationToken).ConfigureAwait(false);
            if (NumberOfFixAllIterations is { } expectedRounds && rounds != expectedRounds)
            {
                throw new VerificationException($"Expected {expectedRounds} FixAll iteration(s) in {scope} scope but needed {rounds}.");
            }
        }
    }

    private static FixAllScopes ToFlag(FixAllScope scope) => scope switch
    {
        FixAllScope.Document => FixAllScopes.Document,
        FixAllScope.Project => FixAllScopes.Project,
        _ => FixAllScopes.Solution,
    };

    private static bool SameText(IReadOnlyList<(string Name, string Markup)> a, IReadOnlyList<(string Name, string Markup)> b)
        => a.Count == b.Count && a.Zip(b).All(p => p.First.Name == p.Second.Name && Markup.Parse(p.First.Markup).Text == Markup.Parse(p.Second.Markup).Text);

    private async Task VerifyFixedStateAsync(Project project, IReadOnlyList<(string Name, string Markup)> expectedSources, string stage, CancellationToken cancellationToken)
    {
        foreach (var (name, markup) in expectedSources)
        {
            var document = project.Documents.FirstOrDefault(d => d.Name == name)
                ?? throw new VerificationException($"The {stage} has no document named {name}.");
            var actual = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            var expected = Markup.Parse(markup).Text;
            if (actual != expected)
            {
                throw new VerificationException(
                    $"The {stage} differs in {name}.{Environment.NewLine}Expected:{Environment.NewLine}{expected}{Environment.NewLine}Actual:{Environment.NewLine}{actual}");
            }
        }

        // The remaining diagnostics are checked against the fixed markup, and the fixed code must compile.
        var fixedState = CreateState(expectedSources);
        var diagnostics = await GetDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false);
        VerifyDiagnostics(fixedState, FixedExpectedDiagnostics, diagnostics, stage);
    }

    private async Task VerifyNoFixOfferedAsync(Project project, CancellationToken cancellationToken)
    {
        foreach (var diagnostic in await GetFixableDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false))
        {
            var actions = await GetActionsAsync(project, diagnostic, cancellationToken).ConfigureAwait(false);
            if (actions.Count > 0)
            {
                throw new VerificationException($"Expected no code fix, but '{actions[0].Title}' is offered for {Describe(diagnostic)}.");
            }
        }
    }

    private async Task<(Project Project, int Iterations)> FixOneAtATimeAsync(Project project, CancellationToken cancellationToken)
    {
        var iterations = 0;
        for (; iterations < 100; iterations++)
        {
            CodeAction? chosen = null;
            foreach (var diagnostic in await GetFixableDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false))
            {
                chosen = Choose(await GetActionsAsync(project, diagnostic, cancellationToken).ConfigureAwait(false));
                if (chosen is not null)
                {
                    break;
                }
            }

            if (chosen is null)
            {
                return (project, iterations);
            }

            project = await ApplyAsync(project, chosen, cancellationToken).ConfigureAwait(false);
        }

        throw new VerificationException("Fixing one diagnostic at a time did not finish after 100 iterations; the fix probably reintroduces its diagnostic.");
    }

    private async Task<(Project Project, int Rounds)> FixAllAsync(Project project, FixAllScope scope, CancellationToken cancellationToken)
    {
        var fixer = new TCodeFix();
        var fixAll = fixer.GetFixAllProvider() ?? throw new VerificationException($"{typeof(TCodeFix).Name} has no FixAll provider.");
        var rounds = 0;
        for (; rounds < 10; rounds++)
        {
            Diagnostic? first = null;
            CodeAction? action = null;
            foreach (var diagnostic in await GetFixableDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false))
            {
                action = Choose(await GetActionsAsync(project, diagnostic, cancellationToken).ConfigureAwait(false));
                if (action is not null)
                {
                    first = diagnostic;
                    break;
                }
            }

            if (first is null || action is null)
            {
                return (project, rounds);
            }

            var document = project.GetDocument(first.Location.SourceTree)!;
            var context = new FixAllContext(
                document,
                fixer,
                scope,
                action.EquivalenceKey,
                fixer.FixableDiagnosticIds,
                new DiagnosticProvider(this),
                cancellationToken);
            var fixAllAction = await fixAll.GetFixAsync(context).ConfigureAwait(false)
                ?? throw new VerificationException($"FixAll in {scope} scope offered no action.");
            project = await ApplyAsync(project, fixAllAction, cancellationToken).ConfigureAwait(false);
        }

        throw new VerificationException($"FixAll in {scope} scope did not finish after 10 rounds.");
    }

    private CodeAction? Choose(IReadOnlyList<CodeAction> actions)
    {
        if (CodeActionEquivalenceKey is { } key)
        {
            return actions.FirstOrDefault(a => a.EquivalenceKey == key);
        }

        var index = CodeActionIndex ?? 0;
        return index < actions.Count ? actions[index] : null;
    }

    private static async Task<Project> ApplyAsync(Project project, CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault()
            ?? throw new VerificationException($"Code action '{action.Title}' produced no solution change.");
        return apply.ChangedSolution.GetProject(project.Id)!;
    }

    private async Task<ImmutableArray<Diagnostic>> GetFixableDiagnosticsAsync(Project project, CancellationToken cancellationToken)
    {
        var fixable = new TCodeFix().FixableDiagnosticIds;
        var diagnostics = await GetDiagnosticsAsync(project, cancellationToken, analyzerOnly: true).ConfigureAwait(false);
        return [.. diagnostics
            .Where(d => fixable.Contains(d.Id) && d.Location.IsInSource)
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)];
    }

    private static async Task<IReadOnlyList<CodeAction>> GetActionsAsync(Project project, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var document = project.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await new TCodeFix().RegisterCodeFixesAsync(context).ConfigureAwait(false);

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (action.EquivalenceKey is null)
            {
                throw new VerificationException($"Code action '{action.Title}' has no equivalence key; FixAll cannot group it.");
            }

            if (!keys.Add(action.EquivalenceKey))
            {
                throw new VerificationException($"Two code actions for {diagnostic.Id} share the equivalence key '{action.EquivalenceKey}'.");
            }
        }

        return actions;
    }

    /// <summary>Feeds FixAll the analyzer's current diagnostics, as the IDE does.</summary>
    private sealed class DiagnosticProvider(CodeFixTest<TAnalyzer, TCodeFix> test) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var all = await test.GetDiagnosticsAsync(document.Project, cancellationToken, analyzerOnly: true).ConfigureAwait(false);
            return all.Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == document.FilePath);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            var all = await test.GetDiagnosticsAsync(project, cancellationToken, analyzerOnly: true).ConfigureAwait(false);
            return all.Where(d => !d.Location.IsInSource);
        }

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await test.GetDiagnosticsAsync(project, cancellationToken, analyzerOnly: true).ConfigureAwait(false);
    }
}

[Flags]
public enum FixAllScopes
{
    None = 0,
    Document = 1,
    Project = 2,
    Solution = 4,
}
