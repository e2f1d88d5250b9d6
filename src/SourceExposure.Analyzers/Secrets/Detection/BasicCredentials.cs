// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>Structural check for HTTP Basic credentials (RFC 7617): base64 of <c>user-id:password</c>.</summary>
internal static class BasicCredentials
{
    // Passwords that only stand for one, in examples and fixtures.
    private static readonly string[] StandInPasswords = ["password", "pass", "passwd", "pwd", "secret", "test", "changeme", "admin"];

    /// <summary>
    /// The text decodes to printable characters with a user id, a colon and a password of four or more characters that
    /// is not a stand-in ("password", "secret") or placeholder: what an Authorization header sends, usable as it stands.
    /// </summary>
    public static bool IsUserAndPassword(string base64)
    {
        if (base64.Length % 4 == 1)
        {
            return false;
        }

        var decoded = Checksums.DecodeBase64Url(base64, 0, base64.TrimEnd('=').Length);
        if (decoded is null)
        {
            return false;
        }

        foreach (var c in decoded)
        {
            if (c < 0x20 || c == 0x7F)
            {
                return false;
            }
        }

        var colon = decoded.IndexOf(':');
        if (colon < 1 || decoded.Length - colon - 1 < 4)
        {
            return false;
        }

        var password = decoded.Substring(colon + 1);
        return Array.IndexOf(StandInPasswords, password.ToLowerInvariant()) < 0
            && !Placeholders.IsPlaceholder(password) && !Placeholders.IsPlaceholder(decoded.Substring(0, colon));
    }
}
