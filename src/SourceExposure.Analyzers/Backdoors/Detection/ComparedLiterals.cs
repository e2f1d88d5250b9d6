// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>
/// What a literal compared with a value says about the check: a version, a keyword, a template or a benign value is
/// compared for some other reason than letting someone in.
/// </summary>
internal static class ComparedLiterals
{
    /// <summary>
    /// Whether comparing with <paramref name="literal"/> cannot be a check against a hard-coded credential.
    /// Passwords are case-sensitive: a word compared ignoring case is a keyword the setting may hold ("random"
    /// meaning generate one, "none", "auto"), not a credential that lets someone in.
    /// </summary>
    public static bool CannotBeCredential(string literal, bool comparedIgnoringCase)
        => (comparedIgnoringCase && IsKeyword(literal))
            || CredentialValues.IsBenignValue(literal) || IsPlaceholder(literal) || IsVersionLike(literal);

    /// <summary>
    /// Letters, optionally joined by '-' or '_' and led by a command-line option's dashes or slash ("random",
    /// "--allow-insecure-datafolder", "/quiet"): a keyword, not a password.
    /// </summary>
    public static bool IsKeyword(string literal)
    {
        var start = 0;
        while (start < literal.Length && start < 2 && literal[start] is '-' or '/')
        {
            start++;
        }

        var letters = 0;
        for (var i = start; i < literal.Length; i++)
        {
            var c = literal[i];
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is not ('-' or '_') || i == start)
            {
                return false;
            }
        }

        return letters > 0;
    }

    /// <summary>"1.0.0.0", "2.3.1": a version compared with a version string, not a credential with a secret.</summary>
    public static bool IsVersionLike(string value)
    {
        var dots = 0;
        var digits = 0;
        foreach (var c in value)
        {
            if (c == '.')
            {
                if (digits == 0)
                {
                    return false;
                }

                dots++;
                digits = 0;
            }
            else if (c is >= '0' and <= '9' && ++digits <= 5)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return dots is >= 1 and <= 3 && digits > 0;
    }

    /// <summary>
    /// A template value ("&lt;your-token-here&gt;", "changeme", "${API_KEY}"): comparing with it asks whether the
    /// credential is configured, not whether it is the right one. Repetitive or sequential values ("123456") are real
    /// passwords, however weak, and stay reported.
    /// </summary>
    public static bool IsPlaceholder(string literal)
        => Placeholders.IsPlaceholder(literal) && !Placeholders.IsRepetitive(literal) && !Placeholders.IsSequential(literal);
}
