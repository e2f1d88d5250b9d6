// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SourceExposure.CodeFixes;

/// <summary>
/// Base of every SourceExposure code fix: one rule's diagnostics, FixAll through the batch fixer (document, project
/// and solution scope). Equivalence keys take the form <c>"&lt;RuleId&gt;.&lt;action&gt;"</c>.
/// </summary>
public abstract class SourceExposureCodeFix : CodeFixProvider
{
    private protected SourceExposureCodeFix(string ruleId) => FixableDiagnosticIds = ImmutableArray.Create(ruleId);

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;
}
