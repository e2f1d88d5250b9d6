// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers;

/// <summary>Shannon entropy in bits per character: how random a candidate secret looks. Allocation-free.</summary>
internal static class Entropy
{
    public static double BitsPerChar(string value) => BitsPerChar(value.AsSpan());

    public static double BitsPerChar(ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        // Candidates are overwhelmingly ASCII; other characters share one bucket, which only lowers the estimate.
        Span<int> counts = stackalloc int[129];
        foreach (var c in value)
        {
            counts[c < 128 ? c : 128]++;
        }

        double entropy = 0;
        double length = value.Length;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = count / length;
                entropy -= p * Math.Log(p, 2);
            }
        }

        return entropy;
    }
}
