// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using SourceExposure.Analyzers.Secrets.Detection;

namespace SourceExposure.Analyzers.Secrets.Scanning;

/// <summary>
/// The places in a file's text where a known-format credential can be: an anchor of a prefixed format (a string or
/// comment holding <c>ghp_</c> or <c>AKIA</c>), and for contextual formats a quoted run of 30 to 88 base64 or hex
/// characters, or a quoted part of a concatenation. One linear pass over the text; the syntax tree is then looked at only
/// at these places, since most files hold none of them. Null when the text can hide a credential from the positions
/// (an escape sequence, an array of character literals), so the caller walks the whole tree instead.
/// </summary>
internal static class CredentialPositions
{
    public static List<int>? Find(string text, bool contextual)
    {
        if (HasEscape(text) || HasCharacterArray(text))
        {
            return null;
        }

        var positions = new List<int>();
        for (var position = TokenScanner.NextAnchor(text, 0); position >= 0; position = TokenScanner.NextAnchor(text, position + 1))
        {
            positions.Add(position);
        }

        if (contextual)
        {
            AddQuotedRuns(text, positions);
            positions.Sort();
        }

        return positions;
    }

    // A run of value characters opening a string or an interpolated text part ('"' or '}') and closing it ('"' or '{'):
    // whole values of contextual length, and any part joined to others with '+', whose folded value may have that length.
    private static void AddQuotedRuns(string text, List<int> positions)
    {
        for (var open = text.IndexOf('"'); open >= 0 && open + 1 < text.Length; open = text.IndexOfAny(Openers, open + 1))
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

    private static readonly char[] Openers = ['"', '}'];

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
    private static bool HasEscape(string text)
    {
        for (var i = text.IndexOf('\\'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\\', i + 2))
        {
            if (text[i + 1] is 'u' or 'U' or 'x')
            {
                return true;
            }
        }

        return false;
    }

    // { 'g', 'h', 'p', … }: the characters of the value are apart in the source text.
    private static bool HasCharacterArray(string text)
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
                return true;
            }
        }

        return false;
    }
}
