// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Analyzers.Secrets.Scanning;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>SE1002: Private key material in source.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE1002PrivateKeyMaterialAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE1002);

    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static start =>
    {
        var options = new OptionReader(start.Options);
        var allowlist = SecretAllowlist.Create(start.Compilation, start.Options, options, start.CancellationToken);
        var scope = CodeScope.For(start.Compilation, options);
        start.RegisterSemanticModelAction(c => AnalyzeTree(c, allowlist, scope));
    });

    private static void AnalyzeTree(SemanticModelAnalysisContext context, SecretAllowlist allowlist, CodeScope scope)
    {
        // The tree is looked at only where the file's text holds a key marker (most files hold none); a key whose marker
        // sits in a constant, which a concatenation elsewhere in the file may use, needs the whole walk.
        var tree = context.SemanticModel.SyntaxTree;
        if (!scope.Reports(RuleOptions.SE1002CodeKinds, tree))
        {
            return;
        }

        var text = tree.FullText(context.CancellationToken);
        var positions = PrivateKeyMaterial.MarkerPositions(text);
        if (positions.Count == 0)
        {
            return;
        }

        Action<StringCandidate> check = candidate =>
        {
            // Character arrays cannot plausibly hold a whole PEM block; the other kinds are judged on their text.
            if (candidate.Kind != StringSourceKind.CharArray
                && PrivateKeyMaterial.TryFind(candidate.Text, out var match)
                && !allowlist.IsAllowed(match.Body, tree))
            {
                var where = candidate.Kind == StringSourceKind.Documentation ? "a comment" : candidate.Where;
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.SE1002,
                    Location.Create(tree, candidate.SpanOf(match.Start, match.Length)),
                    match.Kind,
                    Redaction.Redact(match.Body),
                    where));
            }
        };
        var root = tree.GetRoot(context.CancellationToken);
        if (!SourceStringWalker.TryWalkAt(root, context.SemanticModel, positions, check, context.CancellationToken))
        {
            SourceStringWalker.Walk(root, context.SemanticModel, check, context.CancellationToken);
        }
    }
}
