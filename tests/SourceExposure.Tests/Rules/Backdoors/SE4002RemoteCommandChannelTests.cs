// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.Backdoors;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.Backdoors.SE4002RemoteCommandChannelAnalyzer>;

namespace SourceExposure.Tests.Rules.Backdoors;

public sealed class SE4002RemoteCommandChannelTests
{
    [Fact]
    public Task SocketBufferToProcessStart_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Diagnostics;
        using System.Net.Sockets;
        using System.Text;

        class Agent
        {
            void Serve(Socket socket)
            {
                var buffer = new byte[1024];
                var read = socket.Receive(buffer);
                var text = Encoding.UTF8.GetString(buffer, 0, read);
                var parts = text.Split(' ');
                {|#0:Process.Start(parts[0], string.Join(" ", parts, 1, parts.Length - 1))|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Socket.Receive", "Process.Start"));

    [Fact]
    public Task TcpStreamReaderToStartInfo_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Diagnostics;
        using System.IO;
        using System.Net;
        using System.Net.Sockets;

        class Listener
        {
            void Run()
            {
                var listener = new TcpListener(IPAddress.Loopback, 4444);
                using var client = listener.AcceptTcpClient();
                using var reader = new StreamReader(client.GetStream());
                var line = reader.ReadLine();
                var info = new ProcessStartInfo("cmd.exe") { {|#0:Arguments = "/c " + line|} };
                Process.Start(info);
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("NetworkStream", "ProcessStartInfo.Arguments"));

    [Fact]
    public Task HttpListenerQueryToAssemblyLoad_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Net;
        using System.Reflection;

        class Updater
        {
            void Handle(HttpListenerContext context)
            {
                var path = context.Request.QueryString["plugin"];
                var assembly = {|#0:Assembly.LoadFrom(path!)|};
                var bytes = Convert.FromBase64String(context.Request.Headers["X-Payload"]!);
                {|#1:Assembly.Load(bytes)|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("HttpListenerRequest.QueryString", "Assembly.LoadFrom"),
        Verify.Diagnostic().WithLocation(1).WithArguments("HttpListenerRequest.Headers", "Assembly.Load"));

    [Fact]
    public Task ReflectionByNameFromWebSocket_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Net.WebSockets;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        class Channel
        {
            async Task Loop(WebSocket socket)
            {
                var buffer = new byte[4096];
                var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), CancellationToken.None);
                var message = Encoding.UTF8.GetString(buffer, 0, result.Count);
                var type = Type.GetType(message.Substring(0, message.IndexOf(':')));
                var instance = {|#0:Activator.CreateInstance(type!)|};
                var method = type!.GetMethod(message.Substring(message.IndexOf(':') + 1));
                {|#1:method!.Invoke(instance, null)|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("WebSocket.ReceiveAsync", "Activator.CreateInstance"),
        Verify.Diagnostic().WithLocation(1).WithArguments("WebSocket.ReceiveAsync", "MethodBase.Invoke"));

    [Fact]
    public Task AppDomainCreateInstanceAndUnwrap_FromTheNetwork_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Net;

        class Plugins
        {
            object Load(HttpListenerRequest request)
            {
                var assembly = request.QueryString["assembly"]!;
                var local = AppDomain.CurrentDomain.CreateInstanceAndUnwrap("Plugins.Core", "Plugins.Core.Default");
                return {|#0:AppDomain.CurrentDomain.CreateInstanceAndUnwrap(assembly, "Plugins.Entry")|}!;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("HttpListenerRequest.QueryString", "AppDomain.CreateInstanceAndUnwrap"));

    [Fact]
    public Task AspNetCoreAndQueueSources_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Diagnostics;
        using System.Text;

        namespace Microsoft.AspNetCore.Mvc
        {
            [AttributeUsage(AttributeTargets.Parameter)] public sealed class FromQueryAttribute : Attribute { }
        }

        namespace Microsoft.AspNetCore.Http
        {
            public interface IQueryCollection { string this[string key] { get; } }
            public abstract class HttpRequest { public abstract IQueryCollection Query { get; } }
        }

        namespace RabbitMQ.Client.Events
        {
            public class BasicDeliverEventArgs { public ReadOnlyMemory<byte> Body { get; set; } }
        }

        namespace Ops
        {
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using RabbitMQ.Client.Events;

            public class DiagnosticsController
            {
                public void Run([FromQuery] string tool) => {|#0:Process.Start(tool)|};

                public void Exec(HttpRequest request) => {|#1:Process.Start("/bin/sh", $"-c {request.Query["cmd"]}")|};

                public void OnMessage(object sender, BasicDeliverEventArgs args)
                {
                    var command = Encoding.UTF8.GetString(args.Body.ToArray());
                    {|#2:Process.Start(command)|};
                }
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("[FromQuery] parameter 'tool'", "Process.Start"),
        Verify.Diagnostic().WithLocation(1).WithArguments("HttpRequest.Query", "Process.Start"),
        Verify.Diagnostic().WithLocation(2).WithArguments("BasicDeliverEventArgs.Body", "Process.Start"));

    [Fact]
    public Task ScriptEnginesFromKafkaAndServiceBus_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Threading.Tasks;

        namespace Confluent.Kafka
        {
            public class Message<TKey, TValue> { public TValue Value { get; set; } = default!; }
            public class ConsumeResult<TKey, TValue> { public Message<TKey, TValue> Message { get; set; } = default!; }
        }

        namespace Azure.Messaging.ServiceBus
        {
            public class ServiceBusReceivedMessage { public byte[] Body { get; } = []; }
        }

        namespace System.Management.Automation
        {
            public sealed class PowerShell
            {
                public static PowerShell Create() => new();
                public PowerShell AddScript(string script) => this;
                public PowerShell AddCommand(string command) => this;
            }
        }

        namespace Microsoft.CodeAnalysis.CSharp.Scripting
        {
            public static class CSharpScript
            {
                public static Task<object> EvaluateAsync(string code) => Task.FromResult<object>(code);
            }
        }

        namespace Ops
        {
            using Azure.Messaging.ServiceBus;
            using Confluent.Kafka;
            using Microsoft.CodeAnalysis.CSharp.Scripting;
            using System.Management.Automation;

            class Workers
            {
                void OnKafka(ConsumeResult<string, string> result)
                    => {|#0:PowerShell.Create().AddScript(result.Message.Value)|};

                Task<object> OnBus(ServiceBusReceivedMessage message)
                    => {|#1:CSharpScript.EvaluateAsync(System.Text.Encoding.UTF8.GetString(message.Body))|};

                void Fixed() => PowerShell.Create().AddCommand("Get-Date");
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Message.Value", "PowerShell.AddScript"),
        Verify.Diagnostic().WithLocation(1).WithArguments("ServiceBusReceivedMessage.Body", "CSharpScript.EvaluateAsync"));

    [Fact]
    public Task PayloadInsideLambda_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Diagnostics;
        using System.Net.Sockets;

        class Udp
        {
            void Start(UdpClient client)
            {
                Action handler = () =>
                {
                    System.Net.IPEndPoint? remote = null;
                    var data = client.Receive(ref remote);
                    {|#0:Process.Start(System.Text.Encoding.ASCII.GetString(data))|};
                };
                handler();
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("UdpClient.Receive", "Process.Start"));

    [Fact]
    public Task AllowListedCommandsAndLocalInput_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Diagnostics;
        using System.IO;
        using System.Net.Sockets;
        using System.Reflection;
        using System.Text;

        class Safe
        {
            string configured = "backup.sh";

            void Serve(Socket socket, string[] args)
            {
                var buffer = new byte[64];
                socket.Receive(buffer);
                var request = Encoding.UTF8.GetString(buffer).Trim();
                var script = request switch
                {
                    "backup" => "/opt/bank/backup.sh",
                    "rotate" => "/opt/bank/rotate-logs.sh",
                    _ => null,
                };
                if (script is not null)
                {
                    Process.Start(script);
                }

                Process.Start(configured);
                Process.Start(args[0]);
                Process.Start(Console.ReadLine()!);
                Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "Plugins.dll"));
                Process.Start("logger", request.Length.ToString() == "0" ? "empty" : "request");
            }
        }
        """);

    [Fact]
    public Task IncompleteCodeAsTyped_DoesNotThrow() => new Verify.Test
    {
        TestCode = """
            class C
            {
                void M(System.Net.Sockets.Socket s)
                {
                    var b = new byte[1];
                    s.Receive(b
                    System.Diagnostics.Process.Start(System.Text.Encoding.UTF8.GetString(b
                    new System.Diagnostics.ProcessStartInfo { FileName =
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task DownloadedBytesReachingAssemblyLoad_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net.Http;
        using System.Reflection;
        using System.Threading.Tasks;
        class Plugins
        {
            async Task Load(HttpClient http, string url)
            {
                var bytes = await http.GetByteArrayAsync(url);
                {|#0:Assembly.Load(bytes)|};
            }

            async Task LoadFromContent(HttpClient http, string url)
            {
                using var response = await http.GetAsync(url);
                var raw = await response.Content.ReadAsByteArrayAsync();
                {|#1:Assembly.Load(raw)|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("HttpClient.GetByteArrayAsync", "Assembly.Load"),
        Verify.Diagnostic().WithLocation(1).WithArguments("HttpContent.ReadAsByteArrayAsync", "Assembly.Load"));

    [Fact]
    public Task DownloadsThatReachNoLoaderAndLocalAssemblies_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.IO;
        using System.Net.Http;
        using System.Reflection;
        using System.Threading.Tasks;
        class Plugins
        {
            async Task Save(HttpClient http, string url, string path)
            {
                var bytes = await http.GetByteArrayAsync(url);
                File.WriteAllBytes(path, bytes);
            }

            void LoadLocal(string path) => Assembly.Load(File.ReadAllBytes(path));
        }
        """);
}
