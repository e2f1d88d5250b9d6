// SPDX-License-Identifier: MIT
using System.Globalization;

namespace SourceExposure.Cli.Inspection;

/// <summary>
/// Whether a metadata name reads like one a developer wrote. Obfuscators rename to one- or two-character names, to
/// unprintable, invisible or private-use characters, or to runs of one character; names in any script that read as
/// words (including CJK identifiers) stay readable.
/// </summary>
internal static class ReadableNames
{
    public static bool IsReadable(string name)
    {
        if (name.Length < 3)
        {
            return false;
        }

        var letters = 0;
        var distinct = 0;
        var first = name[0];
        foreach (var c in name)
        {
            if (c != first)
            {
                distinct++;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
                    or UnicodeCategory.OtherNotAssigned or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpaceSeparator:
                    return false;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter:
                    letters++;
                    break;
            }

            // Hangul fillers look empty; obfuscators use them as names.
            if (c is '\u3164' or '\uFFA0' or '\u115F' or '\u1160')
            {
                return false;
            }
        }

        return distinct > 0 && letters * 2 >= name.Length;
    }
}
