// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;

namespace SourceExposure.Analyzers.Shared;

/// <summary>One word of an identifier: where it starts and how long it is.</summary>
internal readonly struct WordSpan
{
    public WordSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }
}

/// <summary>
/// The one identifier word-splitter of every rule: camelCase, PascalCase, snake_case, kebab-case, "Db:Password" and
/// dotted names into words. A word ends at a character that is not part of a word, at a lower-case letter (or, when
/// digits are kept, a digit) followed by an upper-case one (<c>apiKey</c>, <c>sha256Hash</c>), and inside a run of
/// capitals before the last capital of a new word (<c>APIKey</c> → API, Key; <c>ALLCAPS</c> stays one word).
/// <para>
/// <paramref name="keepDigits"/> is the one policy rules differ on: kept, digits stay with the letters before them
/// (<c>crc32</c>, <c>ApiV3Key</c> → api, v3, key: the names of formats and versions); dropped, they separate words
/// (<c>password2</c> → password: what a name holds, whatever its number). Free of Roslyn types.
/// </para>
/// </summary>
internal static class IdentifierWords
{
    /// <summary>Fills <paramref name="words"/> with the words of <paramref name="name"/>, up to its length; returns the count.</summary>
    public static int Split(string name, Span<WordSpan> words, bool keepDigits)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= name.Length && count < words.Length; i++)
        {
            var inWord = i < name.Length && (keepDigits ? char.IsLetterOrDigit(name[i]) : char.IsLetter(name[i]));
            var camel = inWord && start >= 0 && char.IsUpper(name[i])
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if ((!inWord || camel) && start >= 0)
            {
                words[count++] = new WordSpan(start, i - start);
                start = -1;
            }

            if (inWord && start < 0)
            {
                start = i;
            }
        }

        return count;
    }

    /// <summary>The words of <paramref name="name"/>, in lower case (invariant culture).</summary>
    public static List<string> SplitLower(string name, bool keepDigits) => Words(name, keepDigits, upper: false);

    /// <summary>UPPER_SNAKE_CASE of the words (digits kept): <c>smtpPassword</c> → SMTP_PASSWORD, for configuration keys.</summary>
    public static string UpperSnake(string name) => string.Join("_", Words(name, keepDigits: true, upper: true));

    private static List<string> Words(string name, bool keepDigits, bool upper)
    {
        var result = new List<string>(4);
        var spans = new WordSpan[name.Length + 1];
        var count = Split(name, spans, keepDigits);
        for (var i = 0; i < count; i++)
        {
            var word = name.Substring(spans[i].Start, spans[i].Length);
            result.Add(upper ? word.ToUpperInvariant() : word.ToLowerInvariant());
        }

        return result;
    }

    /// <summary>The text of <paramref name="word"/> in <paramref name="name"/>.</summary>
    public static ReadOnlySpan<char> Slice(string name, WordSpan word) => name.AsSpan(word.Start, word.Length);
}
