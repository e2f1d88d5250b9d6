// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Analyzers.Secrets.Scanning;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>SE1001: Credential in a known provider format.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE1001KnownFormatCredentialAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE1001);

    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static start =>
    {
        // Distinctive formats stay on outside product code: a live token in a test is as usable as one in production.
        var options = new OptionReader(start.Options);
        var allowlist = SecretAllowlist.Create(start.Compilation, start.Options, options, start.CancellationToken);
        var scope = CodeScope.For(start.Compilation, options);
        start.RegisterSemanticModelAction(c => Analyze(c, allowlist, scope));
    });

    private static void Analyze(SemanticModelAnalysisContext context, SecretAllowlist allowlist, CodeScope scope)
    {
        var model = context.SemanticModel;
        var tree = model.SyntaxTree;
        if (!scope.Reports(RuleOptions.SE1001CodeKinds, tree))
        {
            return;
        }

        // Outside product code (tests, samples, docs) fixtures and fakes abound: only distinctive formats count there.
        var distinctiveOnly = scope.KindOf(tree) != CodeKind.Product;
        Action<StringCandidate> check = candidate => Check(context, allowlist, candidate, distinctiveOnly);

        // Most files hold no anchor and no value of a contextual shape: the tree is looked at only where the text has one.
        var root = tree.GetRoot(context.CancellationToken);
        var positions = CredentialPositions.Find(tree.FullText(context.CancellationToken), contextual: !distinctiveOnly);
        if (!SourceStringWalker.TryWalkAt(root, model, positions, check, context.CancellationToken))
        {
            SourceStringWalker.Walk(root, model, check, context.CancellationToken);
        }
    }

    private static void Check(SemanticModelAnalysisContext context, SecretAllowlist allowlist, StringCandidate candidate, bool distinctiveOnly)
    {
        var tree = context.SemanticModel.SyntaxTree;
        var matches = TokenScanner.Scan(candidate.Text);
        if (matches is not null)
        {
            foreach (var match in matches)
            {
                if ((!distinctiveOnly || match.Format.IsDistinctive) && !allowlist.IsAllowed(match.Value, tree))
                {
                    Report(context, candidate, match.Format, match.Start, match.Length, alone: matches.Count == 1, match.Value);
                }
            }

            return;
        }

        // No prefix: a value counts only when the name it is given (or an ID beside it) says what it is.
        if (distinctiveOnly || candidate.IsSourceText || candidate.Text.Length < TokenScanner.ContextualMinLength || candidate.Text.Length > TokenScanner.ContextualMaxLength)
        {
            return;
        }

        if (TokenScanner.MatchContextual(candidate.Text, () => LiteralContext.Of(candidate.Node, context.SemanticModel, context.CancellationToken)) is { } format
            && !allowlist.IsAllowed(candidate.Text, tree))
        {
            Report(context, candidate, format, 0, candidate.Text.Length, alone: true, candidate.Text);
        }
    }

    /// <summary>
    /// Reports the credential at <paramref name="start"/> in the candidate's text. The fix is told the format and, when
    /// the credential is the value's only one, where it sits in the value: it replaces a string expression only when
    /// the credential is all of it.
    /// </summary>
    private static void Report(SemanticModelAnalysisContext context, StringCandidate candidate, TokenFormat format, int start, int length, bool alone, string value)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Format, format.Id);
        if (alone && !candidate.IsSourceText)
        {
            properties = properties.WithValueSpan(start, length);
        }

        var location = Location.Create(context.SemanticModel.SyntaxTree, candidate.SpanOf(start, length));
        context.ReportDiagnostic(Diagnostic.Create(Rules.SE1001, location, properties, format.Kind, Redaction.Redact(value), candidate.Where));
    }
}
