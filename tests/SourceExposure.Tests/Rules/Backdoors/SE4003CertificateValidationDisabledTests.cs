// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.Backdoors;
using SourceExposure.CodeFixes.Backdoors;
using Verify = SourceExposure.Tests.CSharpCodeFixVerifier<
    SourceExposure.Analyzers.Backdoors.SE4003CertificateValidationDisabledAnalyzer,
    SourceExposure.CodeFixes.Backdoors.SE4003CertificateValidationDisabledCodeFix>;

namespace SourceExposure.Tests.Rules.Backdoors;

public sealed class SE4003CertificateValidationDisabledTests
{
    [Fact]
    public Task HandlerCallbackReturningTrue_IsReportedAndRemoved() => Verify.VerifyCodeFixAsync(
        """
        using System.Net.Http;

        class BankClient
        {
            HttpClient Create()
            {
                var handler = new HttpClientHandler();
                {|#0:handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true|};
                return new HttpClient(handler);
            }
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("HttpClientHandler.ServerCertificateCustomValidationCallback")],
        """
        using System.Net.Http;

        class BankClient
        {
            HttpClient Create()
            {
                var handler = new HttpClientHandler();
                return new HttpClient(handler);
            }
        }
        """);

    [Fact]
    public Task InitializerMembers_AreReportedAndRemovedWithFixAll() => new Verify.Test
    {
        TestCode = """
            using System.Net.Http;

            class Clients
            {
                HttpClientHandler A() => new HttpClientHandler { [|ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|] };

                HttpClientHandler B() => new HttpClientHandler
                {
                    UseProxy = false,
                    [|ServerCertificateCustomValidationCallback = (m, c, ch, e) => { return true; }|],
                };

                SocketsHttpHandler C() => new()
                {
                    SslOptions = { [|RemoteCertificateValidationCallback = delegate { return true; }|] },
                };
            }
            """,
        FixedCode = """
            using System.Net.Http;

            class Clients
            {
                HttpClientHandler A() => new HttpClientHandler();

                HttpClientHandler B() => new HttpClientHandler
                {
                    UseProxy = false,
                };

                SocketsHttpHandler C() => new();
            }
            """,
    }.RunAsync();

    [Fact]
    public Task ServicePointManagerMethodGroupAndAddition_AreReported() => Verify.VerifyCodeFixAsync(
        """
        using System.Net;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;

        class Legacy
        {
            void Configure()
            {
                {|#0:ServicePointManager.ServerCertificateValidationCallback = AcceptAll|};
                {|#1:ServicePointManager.ServerCertificateValidationCallback += (s, c, ch, e) => { Log(); return true; }|};
            }

            static bool AcceptAll(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) => true;

            static void Log() { }
        }
        """,
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("ServicePointManager.ServerCertificateValidationCallback"),
            Verify.Diagnostic().WithLocation(1).WithArguments("ServicePointManager.ServerCertificateValidationCallback"),
        ],
        """
        using System.Net;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;

        class Legacy
        {
            void Configure()
            {
            }

            static bool AcceptAll(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) => true;

            static void Log() { }
        }
        """);

    [Fact]
    public Task SslStreamConstructorCallback_IsReportedWithoutFix() => Verify.VerifyCodeFixAsync(
        """
        using System.IO;
        using System.Net.Security;

        class Tunnel
        {
            SslStream Open(Stream inner) => new SslStream(inner, false, {|#0:(sender, certificate, chain, errors) => true|});
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("SslStream certificate callback")],
        """
        using System.IO;
        using System.Net.Security;

        class Tunnel
        {
            SslStream Open(Stream inner) => new SslStream(inner, false, {|#0:(sender, certificate, chain, errors) => true|});
        }
        """);

    [Fact]
    public Task CallbackIgnoringItsArguments_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net.Http;

        class Probe
        {
            static bool insecure;
            void Configure(HttpClientHandler handler)
            {
                [|handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) =>
                {
                    if (insecure) return true;
                    return true;
                }|];
            }
        }
        """);

    [Fact]
    public Task CallbacksThatValidate_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net.Http;
        using System.Net.Security;

        class Pinned
        {
            const string Thumbprint = "0000000000000000000000000000000000000000";
            static bool insecure;

            void Configure(HttpClientHandler handler, HttpClientHandler other, HttpClientHandler third)
            {
                handler.ServerCertificateCustomValidationCallback = (m, cert, chain, errors) => errors == SslPolicyErrors.None;
                other.ServerCertificateCustomValidationCallback = (m, cert, chain, errors) =>
                {
                    if (errors == SslPolicyErrors.None) return true;
                    return cert?.GetCertHashString() == Thumbprint;
                };
                third.ServerCertificateCustomValidationCallback = (m, cert, chain, errors) => insecure;
            }
        }
        """);

    [Fact]
    public Task IncompleteCodeAsTyped_DoesNotThrow() => new Verify.Test
    {
        TestCode = """
            class C
            {
                void M(System.Net.Http.HttpClientHandler h)
                {
                    h.ServerCertificateCustomValidationCallback = (m, c, ch, e) =>
                    ServerCertificateValidationCallback = ;
                    new System.Net.Security.SslStream(null, false, (a, b, c, d) => { return
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task ValidatorMethodGroupDeclaredInAnotherFile_IsReported() => new Verify.Test
    {
        TestState =
        {
            Sources =
            {
            ("/0/Transport/StorageClient.cs", """
                using System.Net;
                class StorageClient
                {
                    void Configure() => {|#0:ServicePointManager.ServerCertificateValidationCallback = HttpFactory.CheckValidationResult|};
                }
                """),
            ("/0/Transport/HttpFactory.cs", """
                using System.Net.Security;
                using System.Security.Cryptography.X509Certificates;
                static class HttpFactory
                {
                    public static bool CheckValidationResult(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors) => true;
                }
                """),
            },
        },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("ServicePointManager.ServerCertificateValidationCallback") },
    }.RunAsync();

    [Fact]
    public Task ValidatorThatAcceptsEverythingWhenASettingSaysSo_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;
        class Settings { public bool IgnoreSslErrors { get; set; } }
        class IndexerClient
        {
            readonly Settings settings = new();
            HttpClientHandler Create() => new HttpClientHandler { {|#0:ServerCertificateCustomValidationCallback = ValidateCertificate|} };
            bool ValidateCertificate(HttpRequestMessage request, X509Certificate2 certificate, X509Chain chain, SslPolicyErrors errors)
            {
                if (settings.IgnoreSslErrors)
                {
                    return true;
                }

                return errors == SslPolicyErrors.None;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("HttpClientHandler.ServerCertificateCustomValidationCallback"));

    [Fact]
    public Task ValidatorThatChecksBeforeAccepting_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;
        class PinnedClient
        {
            const string Pin = "3A7F";
            HttpClientHandler Create() => new HttpClientHandler { ServerCertificateCustomValidationCallback = Validate };
            bool Validate(HttpRequestMessage request, X509Certificate2 certificate, X509Chain chain, SslPolicyErrors errors)
            {
                if (errors == SslPolicyErrors.None)
                {
                    return true;
                }

                if (certificate.GetCertHashString() == Pin)
                {
                    return true;
                }

                return false;
            }
        }
        """);

    [Fact]
    public Task SslStreamWhoseLambdaDoesNotBind_IsReportedFromItsSyntax() => new Verify.Test
    {
        TestCode = """
            using System.Net.Security;
            class Transport
            {
                object Handler(bool suppress) => TlsHandler.Create(stream => new SslStream(stream, true, {|#0:(_, _, _, _) => true|}));
            }
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("SslStream certificate callback") },
    }.RunAsync();
}
