// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;

namespace SourceExposure.Analyzers.ProprietaryCode.Detection;

/// <summary>
/// The <c>trade_secret_namespaces</c> list: <c>Contoso.Pricing</c> names one namespace, <c>Contoso.Pricing.*</c>
/// that namespace and every namespace below it. Comparison is ordinal, as C# namespace names are.
/// </summary>
internal static class NamespacePatterns
{
    /// <summary>A dotted identifier path, optionally followed by <c>.*</c>.</summary>
    public static bool IsValid(string pattern)
    {
        var name = pattern.EndsWith(".*", StringComparison.Ordinal) ? pattern.Substring(0, pattern.Length - 2) : pattern;
        if (name.Length == 0)
        {
            return false;
        }

        var segmentStart = true;
        foreach (var c in name)
        {
            if (c == '.')
            {
                if (segmentStart)
                {
                    return false;
                }

                segmentStart = true;
                continue;
            }

            if (!(char.IsLetter(c) || c == '_' || (!segmentStart && (char.IsDigit(c) || c == '@'))) && !(segmentStart && c == '@'))
            {
                return false;
            }

            segmentStart = false;
        }

        return !segmentStart;
    }

    /// <summary>The pattern that matches <paramref name="namespaceName"/> (for example <c>Contoso.Pricing</c>), or null.</summary>
    public static string? Match(ImmutableArray<string> patterns, string namespaceName)
    {
        if (patterns.IsDefaultOrEmpty || namespaceName.Length == 0)
        {
            return null;
        }

        foreach (var pattern in patterns)
        {
            if (pattern.EndsWith(".*", StringComparison.Ordinal))
            {
                var root = pattern.Length - 2;
                if (string.CompareOrdinal(namespaceName, 0, pattern, 0, root) == 0
                    && (namespaceName.Length == root || (namespaceName.Length > root && namespaceName[root] == '.')))
                {
                    return pattern;
                }
            }
            else if (string.Equals(namespaceName, pattern, StringComparison.Ordinal))
            {
                return pattern;
            }
        }

        return null;
    }
}
