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
}
