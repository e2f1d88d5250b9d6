// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.DataResidency;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.DataResidency.SE3004DeviceIdentifierAnalyzer>;

namespace SourceExposure.Tests.Rules.DataResidency;

public sealed class SE3004DeviceIdentifierTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Net.NetworkInformation;
        using System.Net.Sockets;
        using System.Security.Principal;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Win32;

        """;

    [Fact]
    public Task MacAddressPosted_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Heartbeat
        {
            async Task Beat(HttpClient client)
            {
                var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();
                await {|#0:client.PostAsync("https://telemetry.contoso.com/hb", new StringContent(mac))|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("The MAC address (NetworkInterface.GetPhysicalAddress)", "HttpClient.PostAsync"));

    [Fact]
    public Task MachineAndUserNamesInJson_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Register
        {
            Task Run(HttpClient client)
                => {|#0:client.PostAsJsonAsync("https://licensing.contoso.com/activate", new { host = Environment.MachineName, user = Environment.UserName })|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("The machine name (Environment.MachineName)", "HttpClient.PostAsJsonAsync"));

    [Fact]
    public Task WindowsIdentityInQueryString_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Audit
        {
            Task<string> Who(HttpClient client)
            {
                var who = WindowsIdentity.GetCurrent().Name;
                return {|#0:client.GetStringAsync("https://audit.contoso.com/who?u=" + Uri.EscapeDataString(who))|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("The Windows user name (WindowsIdentity.Name)", "HttpClient.GetStringAsync"));

    [Fact]
    public Task InstalledProgramsOverUdp_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Inventory
        {
            void Report(UdpClient udp)
            {
                var apps = new List<string>();
                using (var key = Registry.LocalMachine.OpenSubKey(@"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"))
                {
                    foreach (var name in key!.GetSubKeyNames())
                    {
                        apps.Add(name);
                    }
                }

                var bytes = Encoding.UTF8.GetBytes(string.Join(";", apps));
                {|#0:udp.Send(bytes, bytes.Length)|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("The list of installed programs (registry Uninstall key)", "UdpClient.Send"));

    [Fact]
    public Task RunningProcessesOverSocket_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Inventory
        {
            void Report(Socket socket)
            {
                var names = string.Join(",", Process.GetProcesses().Select(p => p.ProcessName));
                {|#0:socket.Send(Encoding.UTF8.GetBytes(names))|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("The list of running processes (Process.GetProcesses)", "Socket.Send"));

    [Fact]
    public Task IdentifiersKeptLocalOrNotSent_AreNotReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Diagnostics
        {
            async Task Run(HttpClient client)
            {
                Console.WriteLine(Environment.MachineName);
                var cores = Environment.ProcessorCount;
                await client.PostAsync("https://telemetry.contoso.com/hb", new StringContent(cores.ToString()));
                await client.PostAsync("https://telemetry.contoso.com/hb", new StringContent(Anonymise(Environment.MachineName)));
                await client.GetAsync("https://telemetry.contoso.com/ping");
            }

            static string Anonymise(string value) => value.Length.ToString();
        }
        """);

    [Fact]
    public Task IncompleteCodeAsTyped_IsNotReported() => new Verify.Test
    {
        TestCode = Usings + """
            class Heartbeat
            {
                void Beat(HttpClient client) { client.PostAsync("https://x.contoso.com", new StringContent(Environment.
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();
}
