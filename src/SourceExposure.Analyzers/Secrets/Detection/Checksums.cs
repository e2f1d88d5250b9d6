// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>
/// The checksums token formats carry. GitHub (ghp_/gho_/ghu_/ghs_/ghr_) and npm (npm_) tokens end in six base62
/// characters (alphabet 0-9, A-Z, a-z) encoding the CRC-32 (IEEE 802.3, the zlib one) of the 30 random characters
/// between the prefix and the checksum; see github.blog, "Behind GitHub's new authentication token formats" (2021).
/// </summary>
internal static class Checksums
{
    public const string Base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly uint[] Table = BuildTable();

    public static uint Crc32(string text, int start, int length)
    {
        var crc = 0xFFFFFFFFu;
        for (var i = start; i < start + length; i++)
        {
            // Token characters are ASCII; anything else cannot be a valid token and is folded into one byte.
            var b = (byte)(text[i] < 128 ? text[i] : 0xFF);
            crc = (crc >> 8) ^ Table[(crc ^ b) & 0xFF];
        }

        return ~crc;
    }

    /// <summary>Base62 of <paramref name="value"/>, left-padded with '0' to <paramref name="width"/> characters.</summary>
    public static string Base62(uint value, int width)
    {
        var chars = new char[width];
        ulong v = value;
        for (var i = width - 1; i >= 0; i--)
        {
            chars[i] = Base62Alphabet[(int)(v % 62)];
            v /= 62;
        }

        return new string(chars);
    }

    /// <summary>
    /// True when <paramref name="token"/> is <c>prefix + random + checksum6</c> and checksum6 is base62(CRC-32(random)).
    /// </summary>
    public static bool HasValidBase62Crc32(string token, int prefixLength)
    {
        var randomLength = token.Length - prefixLength - 6;
        if (randomLength <= 0)
        {
            return false;
        }

        ulong encoded = 0;
        for (var i = token.Length - 6; i < token.Length; i++)
        {
            var digit = Base62Alphabet.IndexOf(token[i]);
            if (digit < 0)
            {
                return false;
            }

            encoded = (encoded * 62) + (ulong)digit;
        }

        return encoded == Crc32(token, prefixLength, randomLength);
    }

    /// <summary>Decodes unpadded base64url (or base64) into UTF-8-ish text; null when the input is not base64.</summary>
    public static string? DecodeBase64Url(string text, int start, int length)
    {
        if (length <= 0 || length > 8192)
        {
            return null;
        }

        var chars = new char[length + ((4 - (length % 4)) % 4)];
        for (var i = 0; i < length; i++)
        {
            var c = text[start + i];
            chars[i] = c == '-' ? '+' : c == '_' ? '/' : c;
        }

        for (var i = length; i < chars.Length; i++)
        {
            chars[i] = '=';
        }

        try
        {
            var bytes = Convert.FromBase64CharArray(chars, 0, chars.Length);
            var result = new char[bytes.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                result[i] = (char)bytes[i];
            }

            return new string(result);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
