// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.Secrets;
using SourceExposure.CodeFixes.Secrets;
using Verify = SourceExposure.Tests.CSharpCodeFixVerifier<
    SourceExposure.Analyzers.Secrets.SE1005CredentialApiArgumentAnalyzer,
    SourceExposure.CodeFixes.Secrets.SE1005CredentialApiArgumentCodeFix>;

namespace SourceExposure.Tests.Rules.Secrets;

public sealed class SE1005CredentialApiArgumentTests
{
    private const string SdkStubs = """
        namespace Microsoft.Data.SqlClient { public class SqlConnectionStringBuilder { public string Password { get; set; } = ""; public string UserID { get; set; } = ""; } }
        namespace Amazon.Runtime { public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } } }
        namespace Azure.Identity { public class ClientSecretCredential { public ClientSecretCredential(string tenantId, string clientId, string clientSecret) { } } }
        namespace Azure.Storage { public class StorageSharedKeyCredential { public StorageSharedKeyCredential(string accountName, string accountKey) { } } }
        namespace Azure { public class AzureKeyCredential { public AzureKeyCredential(string key) { } } }
        """;

    [Fact]
    public Task BclCredentialApis_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Net.Mail;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        class Gateway
        {
            void Run(HttpClient http)
            {
                var smtp = new SmtpClient("smtp.bank.local") { Credentials = new NetworkCredential("relay", {|#0:"Mx7!relay2024"|}) };
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|#1:"eyJraWQiOiJ4IiwiYWxnIjoiSFMyNTYifQ.Zk3Vq8Lm2Rt7"|});
                http.DefaultRequestHeaders.Add("X-Api-Key", {|#2:"Zk3Vq8Lm2Rt7Wp4Xn9Bc6Hy"|});
                http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", {|#3:"Bearer Qw8Lm2Rt7Wp4Xn9Bc6HyZk3V"|});
                var cert = new X509Certificate2("client.pfx", {|#4:"Pfx-Pass-93"|});
                var kdf = new Rfc2898DeriveBytes({|#5:"Derive!Me-2024"|}, new byte[16], 100000, HashAlgorithmName.SHA256);
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("NetworkCredential", "password", "Mx7…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("AuthenticationHeaderValue", "HTTP authorization credential", "eyJr…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("HttpHeaders.Add(\"X-Api-Key\")", "HTTP credential header", "Zk3V…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("HttpHeaders.TryAddWithoutValidation(\"Authorization\")", "HTTP credential header", "Qw8L…"),
        Verify.Diagnostic().WithLocation(4).WithArguments("X509Certificate2", "certificate password", "Pf…"),
        Verify.Diagnostic().WithLocation(5).WithArguments("Rfc2898DeriveBytes", "key-derivation password", "Der…"));

    [Fact]
    public Task CertificateImport_OnTheDerivedType_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Security.Cryptography.X509Certificates;
        class Loader
        {
            void Load(byte[] pfx, byte[] other)
            {
        #pragma warning disable SYSLIB0026
                var cert = new X509Certificate2();
        #pragma warning restore SYSLIB0026
        #pragma warning disable SYSLIB0025
                cert.Import(pfx, {|#0:"Pfx-Import-93"|}, X509KeyStorageFlags.DefaultKeySet);
                cert.Import(other);
        #pragma warning restore SYSLIB0025
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("X509Certificate.Import", "certificate password", "Pfx…"));

    [Fact]
    public Task SdkCredentialTypes_AreReportedByMetadataName() => Verify.VerifyAnalyzerAsync(
        SdkStubs + """
        class Cloud
        {
            void Run()
            {
                var sql = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder { UserID = "app", Password = {|#0:"Sq1-Orders!"|} };
                var aws = new Amazon.Runtime.BasicAWSCredentials("AKIAEXAMPLEKEYID0000", {|#1:"wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lm2Rt7W"|});
                var entra = new Azure.Identity.ClientSecretCredential("tenant", "client", {|#2:"Q~8Lm2Rt7Wp4Xn9Bc6HyZk3Vq"|});
                var storage = new Azure.Storage.StorageSharedKeyCredential("bankdocs", {|#3:"kF3vQ8xR2mT9wL5pZ7nB4yH6sD1g=="|});
                var key = new Azure.AzureKeyCredential({|#4:"c1f0e8a2b7d94e3f8a6b5c4d3e2f1a0b"|});
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("SqlConnectionStringBuilder.Password", "SQL Server password", "Sq…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("BasicAWSCredentials", "AWS secret access key", "wJal…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("ClientSecretCredential", "Microsoft Entra client secret", "Q~8L…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("StorageSharedKeyCredential", "Azure Storage account key", "kF3v…"),
        Verify.Diagnostic().WithLocation(4).WithArguments("AzureKeyCredential", "Azure API key", "c1f0…"));

    [Fact]
    public Task ConstantsLocalsAndConcatenations_AreFollowedAndReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Net;
        using System.Net.Http.Headers;
        using System.Text;
        static class Defaults { public const string Relay = "Mx7!relay2024"; }
        class Gateway
        {
            void Run()
            {
                var a = new NetworkCredential("relay", {|#0:Defaults.Relay|}).UserName;
                var relay = {|#1:"Lm2Rt7Wp4Xn9"|};
                var b = new NetworkCredential("svc", relay);
                var c = new NetworkCredential("svc", {|#2:"Part1-" + "Xn9Bc6Hy"|});
                var d = new AuthenticationHeaderValue("Basic", {|#3:Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:Lm2Rt7Wp4Xn9"))|});
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("NetworkCredential", "password", "Mx7…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("NetworkCredential", "password", "Lm2…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("NetworkCredential", "password", "Par…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("AuthenticationHeaderValue", "HTTP authorization credential", "c3Zj…"));

    [Fact]
    public Task ValuesFromConfigurationAndParameters_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Security.Cryptography.X509Certificates;
        class Gateway
        {
            void Run(HttpClient http, string password, IDictionary<string, string> config, string token)
            {
                var a = new NetworkCredential("svc", password);
                var b = new NetworkCredential("svc", Environment.GetEnvironmentVariable("SVC_PASSWORD"));
                var c = new NetworkCredential("svc", config["Svc:Password"]);
                var d = new NetworkCredential("svc", "");
                var e = new NetworkCredential("svc", "<password>");
                var f = new AuthenticationHeaderValue("Bearer", token);
                var g = new AuthenticationHeaderValue("Bearer", $"{token}");
                var h = new AuthenticationHeaderValue("Negotiate");
                http.DefaultRequestHeaders.Add("Accept", "application/json");
                http.DefaultRequestHeaders.Add("User-Agent", "BankGateway/1.0");
                http.DefaultRequestHeaders.Add("Authorization", "Bearer " + token);
                var i = new X509Certificate2("server.cer");
                var j = new NetworkCredential("svc", "${SVC_PASSWORD}");
                var k = new NetworkCredential("svc", "changeme");
                var local = "Lm2Rt7Wp4Xn9";
                local = Environment.GetEnvironmentVariable("X") ?? "";
                var l = new NetworkCredential("svc", local);
            }
        }
        """);

    [Fact]
    public Task CredentialNamedLocal_IsLeftToSE1004AndNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net;
        class Gateway
        {
            void Run()
            {
                var password = "Lm2Rt7Wp4Xn9";
                var a = new NetworkCredential("svc", password);
            }
        }
        """);

    [Fact]
    public Task LookAlikeTypes_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        namespace MyApp { public class NetworkCredential { public NetworkCredential(string user, string password) { } } }
        class Gateway
        {
            void Run() { var a = new MyApp.NetworkCredential("svc", "Lm2Rt7Wp4Xn9"); }
        }
        """);

    [Fact]
    public Task AllowedValuePattern_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Gateway { object a = new System.Net.NetworkCredential("svc", "Lm2Rt7Wp4Xn9"); }
        """,
        new System.Collections.Generic.Dictionary<string, string> { ["source_exposure.secrets.allowed_values"] = "^Lm2Rt7" });

    [Fact]
    public Task IncompleteCodeAsTyped_IsNotReported() => new Verify.Test
    {
        TestCode = """
            class C
            {
                void M() { var c = new System.Net.NetworkCredential("svc", ; var h = new System.Net.Http.Headers.AuthenticationHeaderValue(
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task NetworkCredentialPasswords_AreReportedAndFixedAllToEnvironment() => Verify.VerifyCodeFixAsync(
        """
        using System.Net;
        class Mailer
        {
            NetworkCredential Relay() => new NetworkCredential("relay", {|#0:"Mx7!relay2024"|});
            void Proxy(WebProxy proxy) { proxy.Credentials = new NetworkCredential("proxy", {|#1:"Pr0xy-Pass!9"|}); }
        }
        """,
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("NetworkCredential", "password", "Mx7…"),
            Verify.Diagnostic().WithLocation(1).WithArguments("NetworkCredential", "password", "Pr0…"),
        ],
        """
        using System.Net;
        class Mailer
        {
            NetworkCredential Relay() => new NetworkCredential("relay", System.Environment.GetEnvironmentVariable("MAILER_PASSWORD"));
            void Proxy(WebProxy proxy) { proxy.Credentials = new NetworkCredential("proxy", System.Environment.GetEnvironmentVariable("MAILER_PASSWORD")); }
        }
        """);

    [Fact]
    public Task ConfigurationParameter_IsReportedAndReadFromConfiguration() => new Verify.Test
    {
        TestCode = ConfigurationStub.Source + """
            class Mailer
            {
                System.Net.NetworkCredential Relay(Microsoft.Extensions.Configuration.IConfiguration settings) => new("relay", {|#0:"Mx7!relay2024"|});
            }
            """,
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("NetworkCredential", "password", "Mx7…") },
        FixedCode = ConfigurationStub.Source + """
            class Mailer
            {
                System.Net.NetworkCredential Relay(Microsoft.Extensions.Configuration.IConfiguration settings) => new("relay", settings["Mailer:Password"]);
            }
            """,
        CodeActionEquivalenceKey = SE1005CredentialApiArgumentCodeFix.ReadFromConfigurationKey,
    }.RunAsync();

    [Fact]
    public Task ConstantDeclaredElsewhere_IsReportedWithoutFix() => Verify.VerifyCodeFixAsync(
        """
        static class Defaults { public const string Relay = "Mx7!relay2024"; }
        class Mailer { object Relay() => new System.Net.NetworkCredential("relay", {|#0:Defaults.Relay|}); }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("NetworkCredential", "password", "Mx7…")],
        """
        static class Defaults { public const string Relay = "Mx7!relay2024"; }
        class Mailer { object Relay() => new System.Net.NetworkCredential("relay", {|#0:Defaults.Relay|}); }
        """);

    [Fact]
    public Task SecureStringFilledFromLiteral_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Security;
        class Vault
        {
            SecureString A()
            {
                var secure = new SecureString();
                foreach (var c in {|#0:"Vault!Pass-2024"|}) secure.AppendChar(c);
                foreach (char c in {|#1:"Other#Pass-77"|}.ToCharArray()) { secure.AppendChar(c); }
                return secure;
            }

            SecureString B(string password)
            {
                var secure = new SecureString();
                foreach (var c in password) secure.AppendChar(c);
                foreach (var c in "abcdef") System.Console.Write(c);
                return secure;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("SecureString.AppendChar", "password", "Vau…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("SecureString.AppendChar", "password", "Oth…"));

    [Fact]
    public Task ProviderFormatConstant_IsLeftToSE1001AndNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Cards
        {
            private const string LiveSecretKey = "sk_live_4eC39HqLyjWDarjtT1zdp7dcQ8vR2m";
            object Header() => new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", LiveSecretKey);
        }
        """);

    [Fact]
    public Task AnonymousFtpLogin_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net;
        static class FtpDefaults
        {
            public static readonly NetworkCredential Anonymous = new("anonymous", "anonymous");
        }
        """);
}
