// SPDX-License-Identifier: MIT
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
        // One pass over the file text decides whether any token needs a look: most files hold no key marker.
        var tree = context.SemanticModel.SyntaxTree;
        if (!scope.Reports(RuleOptions.SE1002CodeKinds, tree) || !PrivateKeyMaterial.MayContain(tree.FullText(context.CancellationToken)))
        {
            return;
        }

        SourceStringWalker.Walk(
            tree.GetRoot(context.CancellationToken),
            context.SemanticModel,
            candidate =>
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
            },
            context.CancellationToken);
    }
}
