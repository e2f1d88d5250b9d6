// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Analyzers;

/// <summary>
/// Base of every SourceExposure analyzer: concurrent execution on, generated code skipped. Derived analyzers
/// register their actions in <see cref="Register"/>.
/// </summary>
public abstract class SourceExposureAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        Register(context);
    }

    protected abstract void Register(AnalysisContext context);
}
