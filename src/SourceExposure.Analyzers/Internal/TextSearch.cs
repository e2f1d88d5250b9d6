// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers;

/// <summary>Small text tests the one-pass prefilters share.</summary>
internal static class TextSearch
{
    /// <summary>Whether <paramref name="word"/> starts at <paramref name="index"/> of <paramref name="text"/>, ignoring ASCII case.</summary>
    public static bool IsAt(string text, int index, string word)
        => index >= 0 && index + word.Length <= text.Length && string.Compare(text, index, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
