// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.ProprietaryCode.SE2004HandRolledCryptographyAnalyzer>;

namespace SourceExposure.Tests.Rules.ProprietaryCode;

public sealed class SE2004HandRolledCryptographyTests
{
    [Fact]
    public Task XorWithRepeatingKeyInLoop_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        static class LicenseCodec
        {
            public static byte[] {|#0:Scramble|}(byte[] data, byte[] key)
            {
                var result = new byte[data.Length];
                for (var i = 0; i < data.Length; i++)
                {
                    result[i] = (byte)(data[i] ^ key[i % key.Length]);
                }

                return result;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("LicenseCodec.Scramble", "XOR with a repeating key in a loop, a cipher-like name ('scramble')"));

    [Fact]
    public Task XorWithKeyDerivedLocalInWhileLoop_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Channel
        {
            private readonly byte[] sessionKey = new byte[16];

            public void {|#0:Protect|}(System.Span<byte> frame)
            {
                var i = 0;
                while (i < frame.Length)
                {
                    byte k = sessionKey[i & 15];
                    frame[i] ^= k;
                    i++;
                }
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Channel.Protect", "XOR with a repeating key in a loop, a cipher-like name ('protect')"));

    [Fact]
    public Task TeaLikeShiftMixingWithKeyWords_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        static class Tiny
        {
            public static void {|#0:Transform|}(uint[] v, uint[] key)
            {
                uint v0 = v[0], v1 = v[1], sum = 0, delta = 0x9E3779B9;
                uint k0 = key[0], k1 = key[1], k2 = key[2], k3 = key[3];
                for (var n = 0; n < 32; n++)
                {
                    sum += delta;
                    v0 += ((v1 << 4) + k0) ^ (v1 + sum) ^ ((v1 >> 5) + k1);
                    v1 += ((v0 << 4) + k2) ^ (v0 + sum) ^ ((v0 >> 5) + k3);
                }

                v[0] = v0;
                v[1] = v1;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Tiny.Transform", "XOR with a key in a loop"));

    [Fact]
    public Task RotationsWithRoundConstants_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        static class BlockMixer
        {
            static readonly uint[] RoundConstants = { 0x243F6A88, 0x85A308D3, 0x13198A2E };

            public static uint {|#0:Mix|}(uint left, uint right)
            {
                for (var round = 0; round < RoundConstants.Length; round++)
                {
                    left = ((left << 7) | (left >> (32 - 7))) ^ RoundConstants[round];
                    right = (uint)((right << 13) | (right >> 19)) + left;
                }

                return left ^ right;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("BlockMixer.Mix", "XOR mixing, bit rotations with round keys"));

    [Fact]
    public Task SubstitutionTableWithKey_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Whitening
        {
            private static readonly byte[] SBox = new byte[256];

            public byte[] {|#0:Apply|}(byte[] input, byte whitening)
            {
                var output = new byte[input.Length];
                for (var i = 0; i < input.Length; i++)
                {
                    output[i] = SBox[(byte)(input[i] ^ whitening)];
                }

                return output;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Whitening.Apply", "a substitution table"));

    [Fact]
    public Task CipherNamedXorWithConstant_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        static class Strings
        {
            public static string {|#0:Deobfuscate|}(string hidden)
            {
                var chars = hidden.ToCharArray();
                for (var i = 0; i < chars.Length; i++) chars[i] = (char)(chars[i] ^ 0x5A);
                return new string(chars);
            }

            public static string Obfuscated { {|#1:get|} { var c = 'q'; return ((char)(c ^ 7)).ToString(); } }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Strings.Deobfuscate", "XOR mixing, a cipher-like name ('deobfuscate')"),
        Verify.Diagnostic().WithLocation(1).WithArguments("Strings.Obfuscated", "XOR mixing, a cipher-like name ('obfuscate')"));

    [Fact]
    public Task ChecksumsAndHashes_NotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Collections.Generic;

        static class Checks
        {
            static readonly uint[] Table = new uint[256];

            public static uint Crc32(byte[] data, uint key = 0xFFFFFFFF)
            {
                var crc = key;
                foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
                return ~crc;
            }

            public static uint Adler32(byte[] data)
            {
                uint a = 1, b = 0;
                foreach (var x in data) { a = (a + x) % 65521; b = (b + a) % 65521; }
                return (b << 16) | a;
            }

            public static uint Fnv1a(ReadOnlySpan<byte> data)
            {
                var hash = 2166136261u;
                foreach (var b in data) { hash ^= b; hash *= 16777619; }
                return hash;
            }

            public static int Fingerprint(Dictionary<string, int> map)
            {
                var h = 17;
                foreach (var kv in map) h ^= kv.Key.Length + kv.Value;
                return h;
            }
        }

        sealed class Point
        {
            public int X, Y;
            public string Key = "";
            public override int GetHashCode() { var h = X; for (var i = 0; i < 2; i++) h = (h << 5) ^ (h >> 27) ^ Key.GetHashCode(); return h; }
            public int Combine() { var h = 0; foreach (var c in Key) h = (h * 31) ^ c.GetHashCode(); return h; }
        }
        """);

    [Fact]
    public Task BitTricksFlagsImagingAndEncodings_NotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;

        [Flags] enum Options { None = 0, Verbose = 1, Strict = 2 }

        static class Bits
        {
            public static int Parity(uint v) { v ^= v >> 16; v ^= v >> 8; v ^= v >> 4; return (int)((0x6996 >> (int)(v & 0xF)) & 1); }
            public static int PopCount(ulong v) { var n = 0; while (v != 0) { v &= v - 1; n++; } return n; }
            public static Options Toggle(Options o) => o ^ Options.Verbose;
            public static uint Rotl(uint x, int n) => (x << n) | (x >> (32 - n));
            public static int PackArgb(byte a, byte r, byte g, byte b) => (a << 24) | (r << 16) | (g << 8) | b;
            public static void ApplyMask(int[] values, int mask) { for (var i = 0; i < values.Length; i++) values[i] ^= mask; }
            public static int WriteVarint(Span<byte> buffer, uint value)
            {
                var i = 0;
                while (value >= 0x80) { buffer[i++] = (byte)(value | 0x80); value >>= 7; }
                buffer[i++] = (byte)value;
                return i;
            }
            public static uint ZigZag(int n) => (uint)((n << 1) ^ (n >> 31));
            public static ulong NextXorShift(ref ulong state) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
            public static void Swap(int[] a) { for (var i = 0; i + 1 < a.Length; i += 2) { a[i] ^= a[i + 1]; a[i + 1] ^= a[i]; a[i] ^= a[i + 1]; } }
            public static System.Collections.Generic.List<System.Collections.Generic.List<int>> Encrypt() => new();
        }

        static class Imaging
        {
            public static void InvertWithKey(int[] pixels, int colorKey) { for (var i = 0; i < pixels.Length; i++) pixels[i] ^= colorKey; }
        }
        """);

    [Fact]
    public Task CodeThatCallsPlatformCryptography_NotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Security.Cryptography;

        static class Kdf
        {
            public static byte[] DeriveBlock(byte[] password, byte[] salt, int iterations)
            {
                using var hmac = new HMACSHA256(password);
                var u = hmac.ComputeHash(salt);
                var result = (byte[])u.Clone();
                for (var i = 1; i < iterations; i++)
                {
                    u = hmac.ComputeHash(u);
                    for (var j = 0; j < result.Length; j++) result[j] ^= (byte)(u[j] ^ password[j % password.Length]);
                }

                return result;
            }

            public static byte[] Encrypt(byte[] data, byte[] key)
            {
                using var aes = Aes.Create();
                aes.Key = key;
                var mixed = (byte[])data.Clone();
                for (var i = 0; i < mixed.Length; i++) mixed[i] ^= key[i % key.Length];
                return aes.EncryptCbc(mixed, new byte[16]);
            }
        }
        """);

    [Fact]
    public Task PlatformCryptographyThroughGlobalUsing_NotReported()
    {
        var test = new Verify.Test
        {
            TestCode = """
                static class Wrapper
                {
                    public static byte[] Encrypt(byte[] data, byte[] key)
                    {
                        using var aes = Aes.Create();
                        for (var i = 0; i < data.Length; i++) data[i] ^= key[i % key.Length];
                        return aes.EncryptEcb(data, PaddingMode.PKCS7);
                    }
                }
                """,
        };
        test.TestState.Sources.Add(("/0/GlobalUsings.cs", "global using System.Security.Cryptography;"));
        return test.RunAsync();
    }

    [Fact]
    public Task TestCodeFolder_NotReported()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/tests/CipherFixture.cs", """
            static class Fixture
            {
                public static void Scramble(byte[] data, byte[] key) { for (var i = 0; i < data.Length; i++) data[i] ^= key[i % key.Length]; }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task TestProject_NotReported()
    {
        var test = new Verify.Test
        {
            TestCode = """
                static class Fixture
                {
                    public static void Scramble(byte[] data, byte[] key) { for (var i = 0; i < data.Length; i++) data[i] ^= key[i % key.Length]; }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("IsTestProject", "true")));
        return test.RunAsync();
    }

    [Fact]
    public Task IncompleteCode_IsReportedWithoutThrowing()
    {
        var test = new Verify.Test
        {
            TestCode = """
                static class Broken
                {
                    public static void {|#0:Encrypt|}(byte[] data, byte[] key)
                    {
                        for (var i = 0; i < data.Length; i++) data[i] ^= key[i % key.Length
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Broken.Encrypt", "XOR with a repeating key in a loop, a cipher-like name ('encrypt')"));
        return test.RunAsync();
    }

    [Fact]
    public Task HashMixingNameTablesStandardCiphersAndGenerators_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class NameTable
        {
            int randomizer = 17;
            public string Get(char[] key, int start, int length)
            {
                var hashCode = randomizer;
                for (var i = start; i < start + length; i++)
                {
                    hashCode += (hashCode << 7) ^ key[i];
                }

                return hashCode.ToString();
            }
        }
        class Sm4
        {
            public byte[] sm4_crypt_ecb(byte[] key, byte[] input)
            {
                var output = new byte[input.Length];
                for (var i = 0; i < input.Length; i++)
                {
                    output[i] = (byte)(input[i] ^ key[i % 16]);
                }

                return output;
            }
        }
        class CipherUsernameGenerator
        {
            int GetDeterministicOffset(int index, int seed)
            {
                var value = index;
                for (var i = 0; i < 4; i++)
                {
                    value = (value << 5) ^ (value >> 3) ^ seed;
                }

                return value;
            }
        }
        """);

    [Fact]
    public Task XorWithAFixedPhraseOverSpansAndRefBuffers_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Text;
        class Storage
        {
            static readonly byte[] Phrase = Encoding.ASCII.GetBytes("JadeHarbour");
            static void {|#0:ProtectData|}(Span<byte> data) { for (var i = 0; i < data.Length; i++) data[i] ^= Phrase[i % Phrase.Length]; }
            static void {|#1:Conceal|}(ref byte[] buffer) { var key = "s3cr3t-phrase"; for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(buffer[i] ^ key[i % key.Length]); }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Storage.ProtectData", "XOR with a repeating key in a loop, a cipher-like name ('protect')"),
        Verify.Diagnostic().WithLocation(1).WithArguments("Storage.Conceal", "XOR with a repeating key in a loop, a cipher-like name ('conceal')"));

    [Fact]
    public Task XorChecksumsAndMasksWithoutAPhrase_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        class Storage
        {
            static byte Checksum(ReadOnlySpan<byte> data) { byte sum = 0; foreach (var b in data) sum ^= b; return sum; }
            static void ProtectFlags(Span<byte> data) { for (var i = 0; i < data.Length; i++) data[i] &= 0x7F; }
        }
        """);
}
