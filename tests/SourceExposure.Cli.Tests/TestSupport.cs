// SPDX-License-Identifier: MIT
using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SourceExposure.Cli.Tests;

/// <summary>Runs the CLI in process, as a pipeline would see it (plain output), and captures both streams.</summary>
internal static class Cli
{
    public static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(CancellationToken.None, args);

    public static async Task<CliRun> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error, plain: true, cancellationToken);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>A temporary folder tree, deleted on dispose.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "se-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    public string Write(string relative, string content)
    {
        var path = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Sources with findings. Fake keys: base64-shaped bodies that are not real keys.</summary>
internal static class Samples
{
    public const string KeyBody = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun";

    /// <summary>A secret fragment that must never appear in any output.</summary>
    public const string SecretFragment = "u1SU1LfVLPHCozMxH2Mo4lgO";

    public static string Signer(string className = "GatewaySigner", string field = "signingKey") => $$"""
        namespace Bank;

        class {{className}}
        {
            static readonly string {{field}} = "-----BEGIN RSA PRIVATE KEY-----\n{{KeyBody}}\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\nLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo\n-----END RSA PRIVATE KEY-----\n";
        }
        """;

    public const string Clean = """
        namespace Bank;

        class Ledger
        {
            public decimal Total(decimal a, decimal b) => a + b;
        }
        """;
}
