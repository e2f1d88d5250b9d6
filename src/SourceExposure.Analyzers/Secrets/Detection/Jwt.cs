// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>Structural checks for JSON Web Tokens (RFC 7519, RFC 7515 compact serialisation).</summary>
internal static class Jwt
{
    /// <summary>
    /// A bearer credential: the header decodes to a JSON object naming an algorithm other than "none", the payload
    /// decodes to a JSON object, and the payload is not jwt.io's well-known documentation example.
    /// </summary>
    public static bool IsSignedToken(string token)
    {
        var firstDot = token.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (secondDot < 0)
        {
            return false;
        }

        var header = Checksums.DecodeBase64Url(token, 0, firstDot);
        if (header is null || !header.TrimStart().StartsWith("{", StringComparison.Ordinal) || header.IndexOf("\"alg\"", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var compactHeader = header.Replace(" ", string.Empty);
        if (compactHeader.IndexOf("\"alg\":\"none\"", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        var payload = Checksums.DecodeBase64Url(token, firstDot + 1, secondDot - firstDot - 1);
        if (payload is null || !payload.TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return false;
        }

        // jwt.io's sample token (sub 1234567890, John Doe) is copied into countless docs and tests.
        var compactPayload = payload.Replace(" ", string.Empty);
        if (compactPayload.IndexOf("\"sub\":\"1234567890\"", StringComparison.Ordinal) >= 0 || compactPayload.IndexOf("JohnDoe", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var word in PlaceholderWords)
        {
            if (compactPayload.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // JSON punctuation would trip the general placeholder markers; only these words mark an example payload.
    private static readonly string[] PlaceholderWords = ["example", "placeholder", "dummy", "fake", "changeme", "lorem"];
}
