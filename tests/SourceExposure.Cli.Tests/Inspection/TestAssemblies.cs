// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Resources;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Cli.Inspection;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Tests.Inspection;

/// <summary>How a test assembly's symbols are built.</summary>
internal enum Pdb
{
    None,
    Beside,
    Embedded,
}

/// <summary>
/// Small assemblies compiled in the test with Roslyn from the source shown in the test (no binary fixtures), with
/// the PDB, embedded sources, Source Link map and manifest resources a build can give them.
/// </summary>
internal static class TestAssemblies
{
    /// <summary>Fake secrets assembled at run time, so no scanner mistakes this file for a leak.</summary>
    public static readonly string StripeKey = "sk_" + "live_" + "51Qm8vTz3LxKp2WnR7dYhC4b";

    public static readonly string PemBody = Samples.KeyBody + "\n" + "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK";

    public static readonly string Pem = "-----BEGIN RSA PRIVATE KEY-----\n" + PemBody + "\n-----END RSA PRIVATE KEY-----\n";

    public const string DbPassword = "Vx7-qLm2#Rt9pZk";

    public sealed record Built(byte[] Dll, byte[]? Pdb);

    public static Built Compile(
        string source,
        string name = "Contoso.Payments",
        Pdb pdb = Pdb.None,
        bool embedSources = false,
        string path = "/_/src/Contoso.Payments/Code.cs",
        string? sourceLink = null,
        IEnumerable<(string Name, byte[] Data)>? resources = null)
    {
        var text = SourceText.From(source, Encoding.UTF8);
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path);
        var compilation = CSharpCompilation.Create(
            name,
            [tree],
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

        using var dll = new MemoryStream();
        using var symbols = new MemoryStream();
        using var link = sourceLink is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(sourceLink));
        var options = new EmitOptions(debugInformationFormat: pdb == Pdb.Embedded ? DebugInformationFormat.Embedded : DebugInformationFormat.PortablePdb, pdbFilePath: name + ".pdb");
        var result = compilation.Emit(
            dll,
            pdb == Pdb.Beside ? symbols : null,
            options: pdb == Pdb.None ? new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb) : options,
            embeddedTexts: embedSources && pdb != Pdb.None ? [EmbeddedText.FromSource(path, text)] : null,
            sourceLinkStream: pdb != Pdb.None ? link : null,
            manifestResources: resources?.Select(r => new ResourceDescription(r.Name, () => new MemoryStream(r.Data), isPublic: true)).ToList());
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return new Built(dll.ToArray(), pdb == Pdb.Beside ? symbols.ToArray() : null);
    }

    /// <summary>Writes the assembly (and its PDB when built beside it) into <paramref name="folder"/>.</summary>
    public static string Write(this Built built, string folder, string name = "Contoso.Payments")
    {
        Directory.CreateDirectory(folder);
        var dll = Path.Combine(folder, name + ".dll");
        File.WriteAllBytes(dll, built.Dll);
        if (built.Pdb is { } pdb)
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".pdb"), pdb);
        }

        return dll;
    }

    /// <summary>A compiled .resources table, as a .resx becomes in a build.</summary>
    public static byte[] ResourceTable(params (string Key, string Value)[] entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new ResourceWriter(stream))
        {
            foreach (var (key, value) in entries)
            {
                writer.AddResource(key, value);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A .nupkg (a zip) with the given entries.</summary>
    public static string Package(string path, params (string Entry, byte[] Data)[] entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, data) in entries)
        {
            using var stream = zip.CreateEntry(entry, CompressionLevel.Optimal).Open();
            stream.Write(data);
        }

        return path;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Inspects in process, with the given limits and configuration.</summary>
    public static ScanResult Inspect(string path, InspectLimits? limits = null, string? config = null)
        => new Inspector().Inspect(new InspectRequest(path)
        {
            Limits = limits ?? InspectLimits.Default,
            Config = config is null ? InspectConfig.Default : InspectConfig.Parse(config),
        }, CancellationToken.None);

    public static Task<CliRun> RunAsync(params string[] args) => Cli.RunAsync(args);
}
