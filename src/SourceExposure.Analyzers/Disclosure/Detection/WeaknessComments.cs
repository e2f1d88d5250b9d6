// SPDX-License-Identifier: MIT
using System;
using System.Text.RegularExpressions;

namespace SourceExposure.Analyzers.Disclosure.Detection;

/// <summary>A work marker (TODO, FIXME, 待办 …) and the weakness word beside it.</summary>
internal readonly struct WeaknessMention
{
    public WeaknessMention(string marker, string word)
    {
        Marker = marker;
        Word = word;
    }

    public string Marker { get; }

    public string Word { get; }
}

/// <summary>
/// Finds comments that announce a security weakness: a work marker (TODO, FIXME, HACK, XXX, BUG, TEMP, or the
/// Chinese 待办/待修复/待删除/临时) on the same line as, or the line before, a phrase that names a weakness (backdoor,
/// bypass authentication, hard-coded password, plaintext password, disable certificate validation, insecure …;
/// 后门, 绕过验证, 硬编码密码, 明文密码, 跳过验证; a few other languages).
/// Free of Roslyn types: the CLI and tests reuse it.
/// </summary>
internal static class WeaknessComments
{
    private static readonly string[] ChineseMarkers = ["待办", "待修复", "待删除", "待修改", "临时"];

    // English phrases that name a weakness, matched as words. A security word alone ("password", "hard-coded",
    // "bypass") is not one: "TODO: reset password flow", "hardcoded into the SQL query" and "bypass the cache" announce
    // nothing; the word has to come with what makes it weak. Quantifiers are bounded (\s{1,16}, not \s+).
    private static readonly Regex EnglishWords = new(
        @"\b(?:back[\s-]?doors?|master\s{1,16}(?:key|password|pass)|magic\s{1,16}(?:token|password|key)|skeleton\s{1,16}key|insecure"
        + @"|(?:bypass\w{0,4}|circumvent\w{0,4}|skip\w{0,4}|disabl\w{0,4}|ignor\w{0,4}|turn(?:ed|ing)?\s{1,16}off|no)\s{1,16}(?:the\s{1,16}|all\s{1,16}|any\s{1,16})?"
        + @"(?:ssl|tls|https|cert\w{0,9}|auth\w{0,10}|log-?in|validation|verification|signature\s{1,16}check\w{0,2}|2fa|mfa|otp|csrf|captcha"
        + @"|permission\s{1,16}checks?|security(?:\s{1,16}checks?)?|access\s{1,16}checks?)"
        + @"|hard[\s-]?coded\s{1,16}(?:\w{1,20}\s{1,16})?(?:passw(?:or)?ds?|secrets?|keys?|tokens?|credentials?|api\s?keys?|admin\w{0,6}|users?)"
        + @"|(?:plain[\s-]?text|clear[\s-]?text|unencrypted|unhashed|unsalted)\s{1,16}(?:\w{1,20}\s{1,16})?(?:passw(?:or)?ds?|secrets?|keys?|tokens?|credentials?)"
        + @"|(?:passw(?:or)?ds?|secrets?|credentials?|tokens?|api\s?keys?)\s{1,16}(?:\w{1,20}\s{1,16}){0,3}(?:in\s{1,16}(?:plain|clear)[\s-]?text|hard[\s-]?coded|unencrypted|committed|logged)"
        + @"|temp(?:orary)?\s{1,16}admin\w{0,8}|debug\s{1,16}(?:login|user|account|password|access)|accept\s{1,16}(?:all|any)\s{1,16}cert\w{0,9}"
        + @"|default\s{1,16}(?:admin\s{1,16})?passw(?:or)?ds?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        RegexTimeouts.UserText);

    // Plain substrings in scripts without word spacing, and a few European spellings; each names a weakness, not
    // just a security topic (密码 "password" alone does not).
    private static readonly string[] OtherWords =
    [
        "后门", "後門", "绕过验证", "绕过认证", "绕过鉴权", "绕过登录", "绕过权限", "繞過驗證", "繞過認證", "硬编码密码", "硬编码密钥",
        "硬編碼密碼", "明文密码", "明文密碼", "万能密码", "萬能密碼", "跳过验证", "跳過驗證", "跳过认证", "临时管理员", "调试登录",
        "バックドア", "ハードコードされたパスワード", "бэкдор", "Hintertür", "puerta trasera", "porte dérobée",
    ];

    /// <summary>
    /// One cheap pass over a whole file: true when it contains a marker at all. Files without one (nearly all) go no
    /// further; the positions found again by <see cref="NextMarker"/> lead straight to the comments to judge.
    /// </summary>
    public static bool MayContainMarker(string text) => NextMarker(text, 0, out _, out _) >= 0;

    /// <summary>The position of the next marker at or after <paramref name="start"/>, or -1.</summary>
    public static int NextMarker(string text, int start, out int length, out string marker)
    {
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case 'T' or 't':
                    if (WordAt(text, i, "TODO", ignoreCase: true))
                    {
                        length = 4;
                        marker = "TODO";
                        return i;
                    }

                    if (WordAt(text, i, "TEMP", ignoreCase: false))
                    {
                        length = 4;
                        marker = "TEMP";
                        return i;
                    }

                    break;
                case 'F' or 'f':
                    if (WordAt(text, i, "FIXME", ignoreCase: true))
                    {
                        length = 5;
                        marker = "FIXME";
                        return i;
                    }

                    break;
                case 'H' or 'h':
                    if (WordAt(text, i, "HACK", ignoreCase: true))
                    {
                        length = 4;
                        marker = "HACK";
                        return i;
                    }

                    break;
                case 'X':
                    if (WordAt(text, i, "XXX", ignoreCase: false))
                    {
                        length = 3;
                        marker = "XXX";
                        return i;
                    }

                    break;
                case 'B':
                    if (WordAt(text, i, "BUG", ignoreCase: false))
                    {
                        length = 3;
                        marker = "BUG";
                        return i;
                    }

                    break;
                case '待' or '临':
                    foreach (var chinese in ChineseMarkers)
                    {
                        if (string.CompareOrdinal(text, i, chinese, 0, chinese.Length) == 0)
                        {
                            length = chinese.Length;
                            marker = chinese;
                            return i;
                        }
                    }

                    break;
            }
        }

        length = 0;
        marker = string.Empty;
        return -1;
    }

    /// <summary>Judges one comment's text: a marker and a weakness word on its line or the next, outside license headers.</summary>
    public static bool TryFind(string comment, out WeaknessMention mention)
    {
        mention = default;
        if (comment.IndexOf("license", StringComparison.OrdinalIgnoreCase) >= 0
            || comment.IndexOf("copyright", StringComparison.OrdinalIgnoreCase) >= 0
            || comment.IndexOf("SPDX-", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var position = 0;
        while ((position = NextMarker(comment, position, out var length, out var marker)) >= 0)
        {
            var lineStart = comment.LastIndexOf('\n', position) + 1;
            var lineEnd = comment.IndexOf('\n', position);
            if (lineEnd >= 0)
            {
                var nextEnd = comment.IndexOf('\n', lineEnd + 1);
                lineEnd = nextEnd >= 0 ? nextEnd : comment.Length;
            }
            else
            {
                lineEnd = comment.Length;
            }

            var window = comment.Substring(lineStart, lineEnd - lineStart);
            if (TryFindWord(window, out var word))
            {
                mention = new WeaknessMention(marker, word);
                return true;
            }

            position += length;
        }

        return false;
    }

    private static bool TryFindWord(string window, out string word)
    {
        foreach (var other in OtherWords)
        {
            if (window.IndexOf(other, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                word = other;
                return true;
            }
        }

        try
        {
            var match = UserTextRegex.Match(EnglishWords, window, 0);
            if (match.Success)
            {
                word = match.Value.ToLowerInvariant();
                return true;
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        word = string.Empty;
        return false;
    }

    /// <summary>A marker standing as a word of its own: "TODO:" yes, "todos" or "TEMPLATE" no.</summary>
    private static bool WordAt(string text, int index, string word, bool ignoreCase)
    {
        if (index + word.Length > text.Length
            || string.Compare(text, index, word, 0, word.Length, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) != 0)
        {
            return false;
        }

        var before = index > 0 ? text[index - 1] : ' ';
        var after = index + word.Length < text.Length ? text[index + word.Length] : ' ';
        return !char.IsLetterOrDigit(before) && before != '_' && !char.IsLetterOrDigit(after) && after != '_';
    }
}
