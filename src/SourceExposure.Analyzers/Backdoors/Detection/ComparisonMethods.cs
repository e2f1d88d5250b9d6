// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>The names of methods that compare two values for equality, as SE4001 reads calls before binding them.</summary>
internal static class ComparisonMethods
{
    /// <summary>Equals, Compare, SequenceEqual, FixedTimeEquals, and constant-time helpers by any of their usual names.</summary>
    public static bool IsComparisonName(string? name)
    {
        if (name is null)
        {
            return false;
        }

        switch (name)
        {
            case "Equals":
            case "Compare":
            case "CompareOrdinal":
            case "SequenceEqual":
            case "FixedTimeEquals":
                return true;
        }

        // Constant-time helpers go by many names: SlowEquals, SecureEquals, ConstantTimeEquals, TimingSafeCompare…
        return name.IndexOf("ConstantTime", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("FixedTime", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("TimingSafe", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("SecureEquals", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("SecureCompare", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("SlowEquals", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("SafeEquals", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
