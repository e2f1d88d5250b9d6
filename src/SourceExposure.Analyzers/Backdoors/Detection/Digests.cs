// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>
/// The text of a hash digest. Comparing a computed hash with a hard-coded digest checks for one fixed password as
/// surely as comparing the password itself, so SE4001 follows a value named for a hash to what it hashes.
/// </summary>
internal static class Digests
{
    /// <summary>The hex (MD5, SHA-1, SHA-2 lengths) or base64 (16 to 64 bytes) text of a hash, not a repetitive filler.</summary>
    public static bool IsDigest(string value)
    {
        if (value.Length is 32 or 40 or 56 or 64 or 96 or 128)
        {
            var hex = true;
            foreach (var c in value)
            {
                hex &= Uri.IsHexDigit(c);
            }

            if (hex)
            {
                return !Placeholders.IsRepetitive(value);
            }
        }

        if (value.Length is 24 or 28 or 44 or 64 or 88 && value.EndsWith("=", StringComparison.Ordinal))
        {
            foreach (var c in value)
            {
                if (!(char.IsLetterOrDigit(c) || c is '+' or '/' or '='))
                {
                    return false;
                }
            }

            return !Placeholders.IsRepetitive(value.TrimEnd('='));
        }

        return false;
    }
}
