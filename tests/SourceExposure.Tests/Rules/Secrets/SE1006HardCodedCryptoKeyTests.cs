// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Threading.Tasks;
using SourceExposure.Analyzers.Secrets;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<
    SourceExposure.Analyzers.Secrets.SE1006HardCodedCryptoKeyAnalyzer>;

namespace SourceExposure.Tests.Rules.Secrets;

public sealed class SE1006HardCodedCryptoKeyTests
{
    [Fact]
    public Task KeyAndIvArraysOnAes_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Security.Cryptography;
        class Vault
        {
            byte[] Encrypt(byte[] data)
            {
                using var aes = Aes.Create();
                aes.Key = {|#0:new byte[] { 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C }|};
                aes.IV = {|#1:new byte[] { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }|};
                return aes.EncryptCbc(data, aes.IV);
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Aes.Key", "key", "2B7E…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("Aes.IV", "IV", "0001…"));

    [Fact]
    public Task EncodedLiteralsReachingCryptoApis_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Signer
        {
            static readonly byte[] HmacSecret = {|#0:Encoding.UTF8.GetBytes("k3y-For-Webhook-Signing-2024!")|};
            void Run(byte[] payload)
            {
                var key = {|#1:Convert.FromBase64String("q7Vt2LmX9pR4sK8wZ3nB6yH1cF5gJ7dA0eT2uI4oP6s=")|};
                using var gcm = new AesGcm(key, 16);
                using var hmac = new HMACSHA256(HmacSecret);
                var tag = HMACSHA256.HashData({|#2:Convert.FromHexString("00112233445566778899AABBCCDDEEFF")|}, payload);
                using var des = TripleDES.Create();
                var enc = des.CreateEncryptor({|#3:"0123456789abcdefghijklmn"u8.ToArray()|}, {|#4:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }|});
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("HMACSHA256", "HMAC key", "k3y-…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("AesGcm", "key", "q7Vt…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("HMACSHA256.HashData", "HMAC key", "0011…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("TripleDES.CreateEncryptor", "key", "0123…"),
        Verify.Diagnostic().WithLocation(4).WithArguments("TripleDES.CreateEncryptor", "IV", "0102…"));

    [Fact]
    public Task SymmetricSecurityKey_IsReportedByMetadataName() => Verify.VerifyAnalyzerAsync(
        """
        namespace Microsoft.IdentityModel.Tokens { public class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } } }
        class Jwt
        {
            object Key() => new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey({|#0:System.Text.Encoding.ASCII.GetBytes("this-is-the-jwt-signing-secret-2024")|});
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("SymmetricSecurityKey", "signing key", "this…"));

    [Fact]
    public Task GeneratedConfiguredAndZeroKeys_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        class Vault
        {
            void Run(byte[] configuredKey, string base64Key)
            {
                using var aes = Aes.Create();
                aes.Key = RandomNumberGenerator.GetBytes(32);
                aes.IV = new byte[16];
                aes.IV = new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
                aes.Key = configuredKey;
                aes.Key = Convert.FromBase64String(base64Key);
                aes.Key = Convert.FromBase64String(Environment.GetEnvironmentVariable("VAULT_KEY")!);
                aes.GenerateKey();
                using var hmac = new HMACSHA256();
                using var hmac2 = new HMACSHA256(new byte[] { 1, 2, 3 });
                var kdf = new Rfc2898DeriveBytes(configuredKey, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }, 100000, HashAlgorithmName.SHA256);
                var notAKey = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
                var key = RandomNumberGenerator.GetBytes(32);
                key = new byte[32];
                aes.Key = key;
                aes.Key = Convert.FromBase64String("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
            }
        }
        """);

    [Fact]
    public Task TestVectorsInTestCode_AreNotReportedByDefault() => new Verify.Test
    {
        TestCode = """
            using System.Security.Cryptography;
            class AesTests
            {
                void Fips197() { using var aes = Aes.Create(); aes.Key = new byte[] { 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C }; }
            }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.code_kind", "test")) } },
    }.RunAsync();

    [Fact]
    public Task TestCodeOptionOn_IsReported() => new Verify.Test
    {
        TestCode = """
            using System.Security.Cryptography;
            class AesTests
            {
                void Fips197() { using var aes = Aes.Create(); aes.Key = {|#0:new byte[] { 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C }|}; }
            }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.code_kind", "test"), ("source_exposure.SE1006.code_kinds", "all")) } },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("Aes.Key", "key", "2B7E…") },
    }.RunAsync();

    [Fact]
    public Task MinBytesOption_IsNotReportedBelowTheThreshold() => Verify.VerifyAnalyzerAsync(
        """
        using System.Security.Cryptography;
        class Legacy
        {
            void Run() { using var des = DES.Create(); des.IV = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }; }
        }
        """,
        new Dictionary<string, string> { ["source_exposure.SE1006.min_bytes"] = "16" });

    [Fact]
    public Task IncompleteCodeAsTyped_IsNotReported() => new Verify.Test
    {
        TestCode = """
            class C
            {
                void M() { var aes = System.Security.Cryptography.Aes.Create(); aes.Key = new byte[] { 1, 2, ; aes.IV = 
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task ReadOnlyFieldWithArrayInitializer_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Security.Cryptography;
        static class Archive
        {
            private static readonly byte[] ArchiveKey =
            {|#0:{
                0x3A, 0x91, 0x5C, 0xE2, 0x07, 0xB4, 0x6D, 0x18, 0xF0, 0x2B, 0x89, 0xC7, 0x45, 0x1E, 0xD3, 0x76,
            }|};

            public static void Use() { using var aes = Aes.Create(); aes.Key = ArchiveKey; }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Aes.Key", "key", "3A91…"));

    [Fact]
    public Task KeysWrittenAsCollectionsFieldsPropertiesAndStrings_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Vault
        {
            static readonly string KeyText = "q7Vt2LmX9pR4sK8wZ3nB6yH1cF5gJ7dA0eT2uI4oP6s=";
            static readonly byte[] ArchiveKey = {|#0:[0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C]|};
            private byte[] _sessionKey = {|#1:{ 0x3A, 0x91, 0x5C, 0xE2, 0x07, 0xB4, 0x6D, 0x18, 0xF0, 0x2B, 0x89, 0xC7, 0x45, 0x1E, 0xD3, 0x76 }|};
            static byte[] SigningKey => {|#2:new byte[] { 0x5A, 0x11, 0x9C, 0x42, 0xE7, 0x0B, 0x6F, 0xD4, 0x28, 0x83, 0xB5, 0x1A, 0xC6, 0x3D, 0x97, 0x60 }|};

            void Run(byte[] data)
            {
                using var aes = Aes.Create();
                aes.Key = {|#3:[0x10, 0x32, 0x54, 0x76, 0x98, 0xBA, 0xDC, 0xFE, 0xEF, 0xCD, 0xAB, 0x89, 0x67, 0x45, 0x23, 0x01]|};
                aes.Key = {|#4:Convert.FromBase64String(KeyText)|};
                aes.Key = _sessionKey;
                using var decryptor = aes.CreateDecryptor(ArchiveKey, new byte[16]);
                using var hmac = new HMACSHA256(SigningKey);
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Aes.CreateDecryptor", "key", "2B7E…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("Aes.Key", "key", "3A91…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("HMACSHA256", "HMAC key", "5A11…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("Aes.Key", "key", "1032…"),
        Verify.Diagnostic().WithLocation(4).WithArguments("Aes.Key", "key", "q7Vt…"));

    [Fact]
    public Task KeysFromPassphrasesLocalsAndObjectInitializers_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Channel
        {
            object Legacy() => new AesManaged { Key = {|#0:Encoding.UTF8.GetBytes("0123456789abcdef")|}, IV = {|#1:Encoding.UTF8.GetBytes("fedcba9876543210")|} };

            void Run(byte[] data)
            {
                using var aes = Aes.Create();
                aes.Key = {|#2:SHA256.HashData(Encoding.UTF8.GetBytes("correct horse battery staple"))|};
                var secret = "k3y-For-Webhook-Signing-2024!";
                var bytes = {|#3:Encoding.UTF8.GetBytes(secret)|};
                using var hmac = new HMACSHA256(bytes);
                ReadOnlySpan<byte> key = {|#4:new byte[] { 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C }|};
                var tag = HMACSHA256.HashData(key, data);
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("AesManaged.Key", "key", "0123…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("AesManaged.IV", "IV", "fedc…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("Aes.Key", "key", "corr…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("HMACSHA256", "HMAC key", "k3y-…"),
        Verify.Diagnostic().WithLocation(4).WithArguments("HMACSHA256.HashData", "HMAC key", "2B7E…"));

    [Fact]
    public Task KeysThatAreWrittenAtRunTimeOrDerivedFromInput_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Vault
        {
            private byte[] _key = new byte[] { 0x3A, 0x91, 0x5C, 0xE2, 0x07, 0xB4, 0x6D, 0x18, 0xF0, 0x2B, 0x89, 0xC7, 0x45, 0x1E, 0xD3, 0x76 };
            public byte[] Settable { get; set; } = [0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C];
            static readonly string Salt = "not-a-key";

            public void Load(string configured) => _key = Convert.FromBase64String(configured);

            void Run(string passphrase, byte[] configuredKey)
            {
                using var aes = Aes.Create();
                aes.Key = _key;
                aes.Key = Settable;
                aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(passphrase));
                aes.Key = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
                aes.Key = [.. configuredKey];
                var text = Environment.GetEnvironmentVariable("KEY") ?? Salt;
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(passphrase + Salt));
            }
        }
        """);
}
