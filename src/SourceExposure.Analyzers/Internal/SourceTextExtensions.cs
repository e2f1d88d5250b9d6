// SPDX-License-Identifier: MIT
using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Analyzers;

internal static class SourceTextExtensions
{
    // SourceText.From(string), and a file under 40K characters read from disk, is a StringText, whose ToString() hands
    // back the string it holds without copying (so in Roslyn 4.5 as now: SourceTextExtensionsTests). Larger files
    // (LargeText) and edited texts (ChangedText, in the IDE) build a new string on every call: only those are kept,
    // once per text, for the rules that read the same file.
    private static readonly Type StringText = SourceText.From(string.Empty).GetType();
    private static readonly ConditionalWeakTable<SourceText, string> Copies = new();

    private const int ChunkLength = 4096;

    /// <summary>The whole text as one string, built at most once per text.</summary>
    public static string FullText(this SourceText text)
        => text.GetType() == StringText ? text.ToString() : Copies.GetValue(text, static t => t.ToString());

    /// <summary>
    /// Whether <paramref name="word"/> occurs in <paramref name="text"/> (ordinal), read in chunks: for a rule that
    /// only needs to know whether a word is written, no string of the whole text is built.
    /// </summary>
    public static bool Contains(this SourceText text, string word)
    {
        if (word.Length == 0)
        {
            return true;
        }

        // Each chunk starts with the last word.Length - 1 characters of the one before, so a word across the seam is seen.
        var buffer = new char[Math.Min(text.Length, ChunkLength) + word.Length];
        var carried = 0;
        for (var position = 0; position < text.Length;)
        {
            var count = Math.Min(buffer.Length - carried, text.Length - position);
            text.CopyTo(position, buffer, carried, count);
            position += count;
            var filled = carried + count;
            if (IndexOf(buffer, filled, word) >= 0)
            {
                return true;
            }

            carried = Math.Min(word.Length - 1, filled);
            Array.Copy(buffer, filled - carried, buffer, 0, carried);
        }

        return false;
    }

    private static int IndexOf(char[] buffer, int length, string word)
    {
        var last = length - word.Length;
        for (var start = Array.IndexOf(buffer, word[0], 0, length); start >= 0 && start <= last; start = Array.IndexOf(buffer, word[0], start + 1, length - start - 1))
        {
            var i = 1;
            while (i < word.Length && buffer[start + i] == word[i])
            {
                i++;
            }

            if (i == word.Length)
            {
                return start;
            }
        }

        return -1;
    }
}
