// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.CodeFixes;

namespace SourceExposure.CodeFixes;

/// <summary>
/// Base of every SourceExposure code fix: FixAll through the batch fixer (document, project and solution scope).
/// Equivalence keys take the form <c>"&lt;RuleId&gt;.&lt;action&gt;"</c>.
/// </summary>
public abstract class SourceExposureCodeFix : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;
}
