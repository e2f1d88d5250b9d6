// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SourceExposure.Analyzers;

/// <summary>
/// Rules only <c>source-exposure inspect</c> reports, from what a build ships (assemblies, symbols, packages): their
/// concern has no counterpart in source, so no analyzer supports them. They are catalog entries like any other rule
/// (ids, rule pages, release tracking, profiles); the convention tests hold them to that, and require that no
/// analyzer claims them.
/// </summary>
internal static class ArtifactRules
{
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(Rules.SE2006, Rules.SE5003);

    public static bool IsArtifactOnly(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return true;
            }
        }

        return false;
    }
}
