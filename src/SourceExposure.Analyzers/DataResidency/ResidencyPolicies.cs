// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.DataResidency.Detection;

namespace SourceExposure.Analyzers.DataResidency;

/// <summary>
/// The residency policy of each file, built once per distinct set of .editorconfig options. Create one per
/// compilation (in a compilation-start action).
/// </summary>
internal sealed class ResidencyPolicies
{
    private readonly OptionReader reader;
    private readonly ConcurrentDictionary<AnalyzerConfigOptions, ResidencyPolicy> cache = new();

    public ResidencyPolicies(AnalyzerOptions options) => reader = new OptionReader(options);

    public ResidencyPolicy For(SyntaxTree tree)
        => cache.GetOrAdd(reader.Raw(tree), _ => ResidencyPolicy.Create(
            reader.Get(RuleOptions.ResidencyHome, tree),
            reader.Get(RuleOptions.ResidencyAllowed, tree)));
}
