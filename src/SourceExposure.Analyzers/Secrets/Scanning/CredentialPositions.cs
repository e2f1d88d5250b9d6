// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using SourceExposure.Analyzers.Secrets.Detection;

namespace SourceExposure.Analyzers.Secrets.Scanning;

/// <summary>
/// The places in a file's text where a known-format credential can be: an anchor of a prefixed format (a string or
/// comment holding <c>ghp_</c> or <c>AKIA</c>), an escape sequence or an array of character literals (which can spell
/// an anchor the text does not show), and for contextual formats a quoted run of 30 to 88 base64 or hex characters, or a
/// quoted part of a concatenation. Linear passes over the text; the syntax tree is then looked at only at these places,
/// since most files hold none of them.
/// </summary>
internal static class CredentialPositions
{
    // A string's opening quote, or the end of an interpolation hole before a text part.
    private static readonly char[] Openers = ['"', '}'];

    /// <summary>The positions, ascending and without repeats.</summary>
    public static List<int> Find(string text, bool contextual)
    {
        var positions = new List<int>();
        for (var position = TokenScanner.NextAnchor(text, 0); position >= 0; position = TokenScanner.NextAnchor(text, position + 1))
        {
            positions.Add(position);
        }

        var anchors = positions.Count;
        AddEscapes(text, positions);
        AddCharacterArrays(text, positions);
        if (contextual)
        {
            AddQuotedRuns(text, positions);
        }

        if (positions.Count > anchors)
        {
            positions.Sort();
            RemoveRepeats(positions);
        }

        return positions;
    }

    private static void RemoveRepeats(List<int> sorted)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (kept == 0 || sorted[i] != sorted[kept - 1])
            {
                sorted[kept++] = sorted[i];
            }
        }

        sorted.RemoveRange(kept, sorted.Count - kept);
    }

    // A run of value characters opening a string or an interpolated text part ('"' or '}') and closing it ('"' or '{'):
    // whole values of contextual length, and any part joined to others with '+', whose folded value may have that length.
    private static void AddQuotedRuns(string text, List<int> positions)
    {
        for (var open = text.IndexOfAny(Openers); open >= 0 && open + 1 < text.Length; open = text.IndexOfAny(Openers, open + 1))
        {
            var end = open + 1;
            while (end < text.Length && TokenScanner.IsContextualValueChar(text[end]))
            {
                end++;
            }

            var length = end - open - 1;
            if (length == 0 || end == text.Length || text[end] is not ('"' or '{'))
            {
                continue;
            }

            if ((length >= TokenScanner.ContextualMinLength && length <= TokenScanner.ContextualMaxLength)
                || NextNonBlank(text, end + 1) == '+' || PreviousNonBlank(text, open - 1) == '+')
            {
                positions.Add(open + 1);
            }
        }
    }

    private static char NextNonBlank(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index < text.Length ? text[index] : '\0';
    }

    private static char PreviousNonBlank(string text, int index)
    {
        // Skip the string's own prefix: @"…", $"…", $@"…".
        while (index >= 0 && (char.IsWhiteSpace(text[index]) || text[index] is '@' or '$'))
        {
            index--;
        }

        return index >= 0 ? text[index] : '\0';
    }

    // \uXXXX, \UXXXXXXXX and \xX…: a value written with escapes does not show its anchor in the source text.
    private static void AddEscapes(string text, List<int> positions)
    {
        for (var i = text.IndexOf('\\'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\\', i + 2))
        {
            if (text[i + 1] is 'u' or 'U' or 'x')
            {
                positions.Add(i);
            }
        }
    }

    // { 'g', 'h', 'p', … }: the characters of the value are apart in the source text; the first one stands for the array.
    private static void AddCharacterArrays(string text, List<int> positions)
    {
        for (var i = text.IndexOf('{'); i >= 0; i = text.IndexOf('{', i + 1))
        {
            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && text[next] == '\'')
            {
                positions.Add(next);
            }
        }
    }
}
