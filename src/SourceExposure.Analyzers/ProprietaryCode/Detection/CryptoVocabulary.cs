// SPDX-License-Identifier: MIT
using System;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Analyzers.ProprietaryCode.Detection;

/// <summary>
/// The words SE2004 judges identifiers by. Identifiers are split into words at case changes, digits and
/// underscores (<c>xorKey</c> → xor, key; <c>ROUND_KEYS</c> → round, keys), so <c>monkey</c> or <c>keyboard</c>
/// never count as a key.
/// </summary>
internal static class CryptoVocabulary
{
    private static readonly string[] KeyWords = ["key", "keys", "secret", "secrets", "password", "passphrase", "phrase", "passwd", "keystream", "pwd"];

    private static readonly string[] CipherWords =
        ["encrypt", "decrypt", "encipher", "decipher", "cipher", "obfuscate", "deobfuscate", "scramble", "unscramble", "crypt", "protect", "unprotect", "conceal"];

    private static readonly string[] SubstitutionWords = ["sbox", "sboxes", "substitution", "subst"];

    // Near misses: checksums, hashes, bit tricks, imaging and encodings use the same operators for other ends.
    private static readonly string[] NearMissWords =
    [
        "crc", "crc16", "crc32", "crc64", "adler", "adler32", "checksum", "hash", "hashcode", "hasher", "fnv", "fnv1", "fnv1a",
        "murmur", "xxhash", "djb2", "parity", "popcount", "popcnt", "bitcount", "bits", "pixel", "pixels", "argb", "rgba",
        "rgb", "bgra", "color", "colour", "image", "images", "imaging", "bitmap", "varint", "leb128", "zigzag", "random", "rng", "xorshift",
        "prng", "noise", "flags", "generator", "deterministic", "shuffle", "jitter",

        // Published standard ciphers and hashes, implemented for interoperability (SM2/SM3/SM4 for Chinese
        // counterparts, RC4 to read a third-party format): their protection never rested on the code being secret.
        "sm2", "sm3", "sm4", "aes", "des", "tripledes", "rijndael", "rc2", "rc4", "arc4", "blowfish", "twofish", "xtea",
        "xxtea", "chacha", "chacha20", "salsa20", "serpent", "camellia", "gost", "zuc", "sha1", "sha256", "sha512", "md5",
        "ripemd", "blake2", "poly1305", "keccak",
    ];

    /// <summary>
    /// Key material: <c>key</c>, <c>secretBytes</c>, <c>xorKey</c>, <c>roundKeys</c>, <c>password</c>; not a key of
    /// another trade (<c>colorKey</c>, <c>hashKey</c>).
    /// </summary>
    public static bool IsKeyLike(string identifier) => HasWord(identifier, KeyWords) && !IsNearMiss(identifier);

    /// <summary>A routine that says it encrypts or hides data: <c>Encrypt</c>, <c>Scramble</c>, <c>ObfuscateLicense</c>.</summary>
    public static string? CipherWord(string identifier) => FindWord(identifier, CipherWords, prefixOnly: true);

    /// <summary>A table named as a substitution box: <c>SBox</c>, <c>s_box</c>, <c>substitutionTable</c>.</summary>
    public static bool IsSubstitutionTable(string identifier)
        => HasWord(identifier, SubstitutionWords) || identifier.Replace("_", string.Empty).IndexOf("sbox", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Round keys or a round counter: <c>roundKeys</c>, <c>round</c>, <c>ROUNDS</c>.</summary>
    public static bool IsRoundLike(string identifier) => HasWord(identifier, ["round", "rounds", "subkey", "subkeys"]);

    /// <summary>A name that places the code among checksums, hashes, bit tricks, imaging or encodings.</summary>
    public static bool IsNearMiss(string identifier) => HasWord(identifier, NearMissWords);

    private static bool HasWord(string identifier, string[] words) => FindWord(identifier, words, prefixOnly: false) is not null;

    /// <summary>
    /// The first word of <paramref name="identifier"/> that is in <paramref name="words"/>; with
    /// <paramref name="prefixOnly"/>, a word also counts when it starts with a listed stem (<c>Encrypted</c>, <c>Scrambler</c>).
    /// </summary>
    private static string? FindWord(string identifier, string[] words, bool prefixOnly)
    {
        // Digits stay with the letters before them (crc32, adler32, fnv1a).
        var spans = new WordSpan[identifier.Length + 1];
        var count = IdentifierWords.Split(identifier, spans, keepDigits: true);
        for (var n = 0; n < count; n++)
        {
            var (start, length) = (spans[n].Start, spans[n].Length);
            foreach (var word in words)
            {
                if ((length == word.Length || (prefixOnly && length > word.Length))
                    && string.Compare(identifier, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return word;
                }
            }
        }

        return null;
    }
}
