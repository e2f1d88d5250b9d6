// SPDX-License-Identifier: MIT
using System.Linq;
using System.Threading.Tasks;
using Verify = SourceExposure.Tests.CSharpCodeFixVerifier<
    SourceExposure.Analyzers.Secrets.SE1002PrivateKeyMaterialAnalyzer,
    SourceExposure.CodeFixes.Secrets.SE1002PrivateKeyMaterialCodeFix>;

namespace SourceExposure.Tests.Rules.Secrets;

public sealed class SE1002PrivateKeyMaterialTests
{
    // Fake key bodies: base64-shaped, varied alphabet, not real keys.
    private const string Body =
        "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\\n" +
        "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\\n" +
        "LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo\\n";

    [Fact]
    public Task RsaKeyInFieldInitializer_IsReportedAndMovedToEnvironment() => Verify.VerifyCodeFixAsync(
        $$"""
        class GatewaySigner
        {
            static readonly string signingKey = {|#0:"-----BEGIN RSA PRIVATE KEY-----\n{{Body}}-----END RSA PRIVATE KEY-----\n"|};
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("RSA private key", "MIIE…", "a string literal")],
        """
        class GatewaySigner
        {
            static readonly string signingKey = System.Environment.GetEnvironmentVariable("GATEWAY_SIGNER_SIGNING_KEY");
        }
        """);

    [Fact]
    public Task Pkcs8KeyInVerbatimLiteral_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class KeyStore
        {
            string Load() => {|#0:@"-----BEGIN PRIVATE KEY-----
        MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
        MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu
        NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ
        -----END PRIVATE KEY-----"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("PKCS#8 private key", "MIIE…", "a string literal"));

    [Fact]
    public Task OpenSshKeyInRawLiteral_IsReported() => Verify.VerifyAnalyzerAsync(
        """"
        class Deploy
        {
            const string Key = [|"""
                -----BEGIN OPENSSH PRIVATE KEY-----
                b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
                QyNTUxOQAAACDqKpvTg3Nq0Y7o8cVZ2xjLJmR1wUeHp5sKcQe4fXyR8gAAAJgL2N3kC9jd
                -----END OPENSSH PRIVATE KEY-----
                """|];
        }
        """");

    [Fact]
    public Task KeySplitOverConcatenation_IsReportedOnceOverTheWholeExpression() => Verify.VerifyCodeFixAsync(
        """
        class Signer
        {
            void Sign()
            {
                var pem = {|#0:"-----BEGIN EC PRIVATE KEY-----\n" +
                    "MHcCAQEEIBYr9pJzH0L3xGc5kTq7mW2dV8nR4sE6uA1yF0bQ9cZhoAoGCCqGSM49\n" +
                    "AwEHoUQDQgAEx7Rk3Lw9Tq2ZpY6nV1cH8sJ4mB0fE5uA7dG2rK9tW3yQ6zN1vX8c\n" +
                    "-----END EC PRIVATE KEY-----\n"|};
            }
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("EC private key", "MHcC…", "a string literal")],
        """
        class Signer
        {
            void Sign()
            {
                var pem = System.Environment.GetEnvironmentVariable("SIGNER_PEM");
            }
        }
        """);

    [Fact]
    public Task KeyInComment_IsReportedWithoutFix() => Verify.VerifyCodeFixAsync(
        $$"""
        class Legacy
        {
            // old key, do not use: {|#0:-----BEGIN RSA PRIVATE KEY----- {{Body.Replace("\\n", " ")}} -----END RSA PRIVATE KEY-----|}
            void Run() { }
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("RSA private key", "MIIE…", "a comment")],
        $$"""
        class Legacy
        {
            // old key, do not use: {|#0:-----BEGIN RSA PRIVATE KEY----- {{Body.Replace("\\n", " ")}} -----END RSA PRIVATE KEY-----|}
            void Run() { }
        }
        """);

    [Fact]
    public Task KeyInConstField_IsReportedWithoutFix() => Verify.VerifyCodeFixAsync(
        $$"""
        class Pinned
        {
            const string Key = [|"-----BEGIN RSA PRIVATE KEY-----\n{{Body}}-----END RSA PRIVATE KEY-----"|];
        }
        """,
        $$"""
        class Pinned
        {
            const string Key = [|"-----BEGIN RSA PRIVATE KEY-----\n{{Body}}-----END RSA PRIVATE KEY-----"|];
        }
        """);

    [Fact]
    public Task KeyBuiltFromConstantsAndAKeyFarDownTheFile_AreReported()
    {
        // The rule looks at the tree only where the text holds a key marker; the header constant holds the marker for a
        // concatenation elsewhere, and a key after thousands of lines without one is still found.
        var filler = string.Concat(Enumerable.Range(0, 2000).Select(i => $"    string S{i} = \"value {i}\";\n"));
        return Verify.VerifyAnalyzerAsync(
            $$"""
            class Keys
            {
                const string Header = "-----BEGIN RSA PRIVATE KEY-----\n";
                const string Footer = "-----END RSA PRIVATE KEY-----";
                string pem = {|#0:Header + "{{Body}}" + Footer|};

            """ + filler + $$"""
                string later = {|#1:"-----BEGIN RSA PRIVATE KEY-----\n{{Body}}-----END RSA PRIVATE KEY-----"|};
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("RSA private key", "MIIE…", "a string literal"),
            Verify.Diagnostic().WithLocation(1).WithArguments("RSA private key", "MIIE…", "a string literal"));
    }

    [Fact]
    public Task HeaderUsedForParsing_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class PemReader
        {
            const string Header = "-----BEGIN RSA PRIVATE KEY-----";
            const string Footer = "-----END RSA PRIVATE KEY-----";
            bool IsRsa(string pem) => pem.StartsWith("-----BEGIN RSA PRIVATE KEY-----") && pem.Contains("PRIVATE KEY");
        }
        """);

    [Fact]
    public Task PlaceholderBodies_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Docs
        {
            // Example: "-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----"
            string a = "-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----";
            string b = "-----BEGIN PRIVATE KEY-----\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----";
            string c = "-----BEGIN PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----";
        }
        """);

    [Fact]
    public Task CertificatesAndPublicKeys_AreNotReported() => Verify.VerifyAnalyzerAsync(
        $$"""
        class Trust
        {
            string root = "-----BEGIN CERTIFICATE-----\n{{Body}}-----END CERTIFICATE-----";
            string pub = "-----BEGIN PUBLIC KEY-----\n{{Body}}-----END PUBLIC KEY-----";
        }
        """);

    [Fact]
    public Task IncompleteCodeAsTyped_IsNotReportedAndDoesNotThrow() => new Verify.Test
    {
        TestCode = """
            class C
            {
                string k = "-----BEGIN RSA PRIVATE KEY-----\n" +
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    // Keys made for the test run, so no key text is checked in; payment SDKs take keys as bare base64 like these.
    private static readonly string Pkcs8Rsa = System.Convert.ToBase64String(System.Security.Cryptography.RSA.Create(2048).ExportPkcs8PrivateKey());
    private static readonly string Pkcs1Rsa = System.Convert.ToBase64String(System.Security.Cryptography.RSA.Create(2048).ExportRSAPrivateKey());
    private static readonly string Sec1Ec = System.Convert.ToBase64String(
        System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportECPrivateKey());

    [Fact]
    public Task BareBase64PrivateKeysWithoutPemArmour_AreReported() => Verify.VerifyAnalyzerAsync(
        $$"""
        class AlipayOptions
        {
            public string AppPrivateKey = {|#0:"{{Pkcs8Rsa}}"|};
            public string MerchantRsaKey = {|#1:"{{Pkcs1Rsa}}"|};
            public string SigningKey = {|#2:"{{Sec1Ec}}"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("PKCS#8 private key without PEM armour", Pkcs8Rsa[..4] + "…", "a string literal"),
        Verify.Diagnostic().WithLocation(1).WithArguments("RSA private key without PEM armour", Pkcs1Rsa[..4] + "…", "a string literal"),
        Verify.Diagnostic().WithLocation(2).WithArguments("EC private key without PEM armour", Sec1Ec[..4] + "…", "a string literal"));

    [Fact]
    public Task BarePublicKeysAndCertificates_AreNotReported()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var publicKey = System.Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo());
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=gateway", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(System.DateTimeOffset.UtcNow, System.DateTimeOffset.UtcNow.AddDays(1));
        var certificateText = System.Convert.ToBase64String(certificate.RawData);
        return Verify.VerifyAnalyzerAsync(
            $$"""
            class AlipayOptions
            {
                public string AlipayPublicKey = "{{publicKey}}";
                public string AppCertificate = "{{certificateText}}";
                public string Truncated = "{{Pkcs8Rsa[..200]}}";
            }
            """);
    }
}
