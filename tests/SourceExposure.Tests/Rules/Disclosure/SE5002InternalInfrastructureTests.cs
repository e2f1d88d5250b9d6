// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Disclosure;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.Disclosure.SE5002InternalInfrastructureAnalyzer>;

namespace SourceExposure.Tests.Rules.Disclosure;

public sealed class SE5002InternalInfrastructureTests
{
    [Fact]
    public Task PrivateAddresses_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class Endpoints
        {
            string core = {|#0:"10.20.30.40"|};
            string ledger = {|#1:"Server=172.16.8.21,1433;Database=Ledger"|};
            string printer = {|#2:"http://192.168.1.50:9100/"|};
            string ula = {|#3:"fd12:3456:789a::2a"|};
            string gatewayWithHost = {|#4:"10.8.0.1 10.8.0.17"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Private IPv4 address", "10.20.30.40"),
        Verify.Diagnostic().WithLocation(1).WithArguments("Private IPv4 address", "172.16.8.21"),
        Verify.Diagnostic().WithLocation(2).WithArguments("Private IPv4 address", "192.168.1.50"),
        Verify.Diagnostic().WithLocation(3).WithArguments("Unique local IPv6 address", "fd12:3456:789a::2a"),
        Verify.Diagnostic().WithLocation(4).WithArguments("Private IPv4 address", "10.8.0.17"));

    [Fact]
    public Task RangesGatewaysAndAutoConfiguredAddresses_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net;
        class NetworkClassifier
        {
            // Blocks that classify an address as private, and the addresses that bound a network.
            static readonly string[] PrivateBlocks = { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fe80::/10" };
            IPAddress a = IPAddress.Parse("10.0.0.0");
            IPAddress b = IPAddress.Parse("172.16.0.0");
            string gateway = "192.168.100.1";
            string broadcast = "10.255.255.255";
            string tunPrefix = "fc00::172:18:0:1";
            string ulaPrefix = "fd00::";
            // Link-local addresses configure themselves; 169.254.169.254 is every cloud's metadata service.
            string metadata = "169.254.169.254";
            string linkLocal = "fe80::1ff:fe23:4567:890a";
            // The Android emulator's alias for the development machine.
            string emulatorHost = "http://10.0.2.2:5000";
        }
        """);

    [Fact]
    public Task WellKnownNamesAndExamplesInProse_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Help
        {
            string docker = "http://host.docker.internal:8080";
            string metadata = "http://metadata.google.internal/computeMetadata/v1/";
            string service = "orders.shop.svc.cluster.local";
            string shareHelp = @"Backs up a folder, e.g. \\server\share or \\nas01\backups";
            string ipHelp = "Enter the address, for example 10.0.5.20";
            string configPath = GetConfig("akka.persistence.snapshot-store.local");
            static string GetConfig(string path) => path;
        }
        """);

    [Fact]
    public Task LocalSuffixUsedAsHost_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Printers
        {
            string printerHost = {|#0:"labelprinter.local"|};
            string endpoint = {|#1:"http://nas.local:5000/"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Internal host name", "labelprinter.local"),
        Verify.Diagnostic().WithLocation(1).WithArguments("Internal host name", "nas.local"));

    [Fact]
    public Task SingleLabelHosts_AreOptIn() => Verify.VerifyAnalyzerAsync(
        """
        class Services
        {
            string catalog = "http://catalog-api";
            string issuer = "https://duplicati";
            string build = "http://buildserver/job/gateway";
            string callback = "maui://authcallback";
            string resource = "pack://application:,,,/Icons/app.ico";
            string help = "box://folder/subfolder";
        }
        """);

    [Fact]
    public Task SingleLabelNetworkHostsWithOption_AreReported() => new Verify.Test
    {
        TestCode = """
            class Services
            {
                string build = {|#0:"http://buildserver/job/gateway"|};
                string callback = "maui://authcallback";
                string actor = "akka.tcp://MySystem@host:4053";
            }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.SE5002.report_single_label_hosts", "true")) } },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("Single-label host", "buildserver") },
    }.RunAsync();

    [Fact]
    public Task InternalHostsAndShares_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class Infrastructure
        {
            string db = {|#0:"Host=pg01.bank.corp;Port=5432"|};
            string api = {|#1:"https://payments.internal/api"|};
            string nas = {|#2:"nas.home.arpa"|};
            string share = {|#3:@"\\fileserver01\finance$\exports"|};
            string escaped = {|#4:"\\\\fileserver01\\drop"|};
            static int id;
            string interpolated = $"{|#5:https://ledger.lan/v1/|}{id}";
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Internal host name", "pg01.bank.corp"),
        Verify.Diagnostic().WithLocation(1).WithArguments("Internal host name", "payments.internal"),
        Verify.Diagnostic().WithLocation(2).WithArguments("Internal host name", "nas.home.arpa"),
        Verify.Diagnostic().WithLocation(3).WithArguments("UNC path", @"\\fileserver01\finance$"),
        Verify.Diagnostic().WithLocation(4).WithArguments("UNC path", @"\\fileserver01\drop"),
        Verify.Diagnostic().WithLocation(5).WithArguments("Internal host name", "ledger.lan"));

    [Fact]
    public Task NearMisses_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Reflection;
        using System.Xml.Linq;

        [assembly: AssemblyVersion("10.0.1.2")]
        [assembly: AssemblyFileVersion("10.0.1.2")]

        class NotInternal
        {
            string loopback = "127.0.0.1";
            string local = "http://localhost:5000/";
            string v6 = "::1";
            string docs = "192.0.2.10 198.51.100.7 203.0.113.9 2001:db8::1";
            string mask = "255.255.0.0";
            string publicHost = "https://api.example.com/v1";
            string settings = "appsettings.local.json";
            string listener = "http://+:8080/";
            string any = "http://*:80/";
            string placeholder = "http://server/";
            string device = @"\\?\C:\temp";
            Version version = new Version("10.0.1.2");
            Version parsed = Version.Parse("10.1.0.4");
            string productVersion = "10.0.1.2";
            string label = "v10.0.1.2";
            string longer = "10.0.1.2.3";
            XNamespace ns = "http://schemas.bank.corp/ledger";
            string xmlnsLedger = "http://ledger.internal/schema";
            string comment = "see docs"; // connect to 10.1.2.3 in the lab
            string hex = "0xfc00";
        }
        """);

    [Fact]
    public Task TestCode_IsNotReportedByDefault() => new Verify.Test
    {
        TestState = { Sources = { ("/0/tests/GatewayTests.cs", """class GatewayTests { string host = "10.1.1.7"; }""") } },
    }.RunAsync();

    [Fact]
    public Task TestCodeWithOption_IsReported()
    {
        var test = new Verify.Test
        {
            TestState = { Sources = { ("/0/tests/GatewayTests.cs", """class GatewayTests { string host = [|"10.1.1.7"|]; }""") } },
        };
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.SE5002.code_kinds", "product, test")));
        return test.RunAsync();
    }

    [Fact]
    public Task AllowedHosts_AreNotReported()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Published
                {
                    string a = "https://status.bank.corp/";
                    string b = "10.99.0.5";
                    string c = "http://wiki/";
                    string d = [|"10.98.0.5"|];
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.SE5002.allowed_hosts", ".bank.corp, 10.99., wiki")));
        return test.RunAsync();
    }

    [Fact]
    public Task IncompleteCodeAsTyped_DoesNotThrow() => new Verify.Test
    {
        TestCode = """
            class C
            {
                string a = "http://
                string b = @"\\
                string c = $"{x}.corp
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();
}
