// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers;

/// <summary>
/// Values that stand for a secret without being one: documentation examples, template variables, masked values and
/// keyboard filler. Every secrets rule (and any rule that judges a literal credential) asks this first.
/// </summary>
internal static class Placeholders
{
    // Words vendors and developers use in examples; matched case-insensitively anywhere in the value.
    private static readonly string[] Markers =
    [
        "example", "sample", "placeholder", "changeme", "change_me", "change-me", "replace", "your", "dummy",
        "redacted", "masked", "insert", "todo", "fixme", "notreal", "not_real", "not-a-real", "fake", "xxxx",
        "****", "....", "…", "<", ">", "${", "{{", "$(", "%", "#{", "@@",
    ];

    public static bool IsPlaceholder(string value)
    {
        if (value.Length == 0 || IsBracketed(value) || HasIdeographs(value))
        {
            return true;
        }

        foreach (var marker in Markers)
        {
            if (value.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return IsRepetitive(value) || IsSequential(value);
    }

    /// <summary>"[Token]", "[WxOpenAppSecret]": a name in brackets stands for the value to fill in.</summary>
    private static bool IsBracketed(string value)
        => value.Length > 2 && value[0] == '[' && value[value.Length - 1] == ']';

    /// <summary>
    /// Chinese, Japanese or Korean characters: in configuration and code a value written in them describes what to put
    /// there ("你的AppSecret", "微信公众号Token") rather than being a generated secret.
    /// </summary>
    private static bool HasIdeographs(string value)
    {
        foreach (var c in value)
        {
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3040' and <= '\u30FF') or (>= '\uAC00' and <= '\uD7AF'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One character making up half the value or more ("aaaaaaaa", "0000-0000"), or a short repeated unit ("abcabcabc").</summary>
    public static bool IsRepetitive(string value)
    {
        Span<int> counts = stackalloc int[129];
        var max = 0;
        foreach (var c in value)
        {
            var n = ++counts[c < 128 ? c : 128];
            if (n > max)
            {
                max = n;
            }
        }

        if (max * 2 >= value.Length)
        {
            return true;
        }

        for (var unit = 1; unit <= 4 && unit * 3 <= value.Length; unit++)
        {
            var repeats = true;
            for (var i = unit; i < value.Length && repeats; i++)
            {
                repeats = value[i] == value[i % unit];
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keyboard and counting filler: "123456789", "abcdefgh", "qwertyuiop".</summary>
    public static bool IsSequential(string value)
    {
        if (value.Length < 6)
        {
            return false;
        }

        var ascending = 0;
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == value[i - 1] + 1)
            {
                ascending++;
            }
        }

        return ascending * 10 >= (value.Length - 1) * 8
            || value.IndexOf("qwerty", StringComparison.OrdinalIgnoreCase) >= 0
            || value.IndexOf("asdfgh", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// A counting run of <paramref name="length"/> or more characters ("123456", "abcdef") anywhere in the value: typed
    /// by a person writing an example, vanishingly rare in a random token of the lengths secrets have.
    /// </summary>
    public static bool HasCountingRun(string value, int length = 6)
    {
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] + 1 && char.IsLetterOrDigit(value[i]) ? run + 1 : 1;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }
}
