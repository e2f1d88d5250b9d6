// SPDX-License-Identifier: MIT
using System;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using SourceExposure.Cli.Inspection;

namespace SourceExposure.Cli.Tests.Inspection;

/// <summary>
/// Corrupt, truncated, native and hostile files: each is skipped with a warning that names it, nothing crashes, and a
/// good assembly beside it is still reported in full.
/// </summary>
public sealed class InspectRobustnessTests
{
    private static readonly string Leaky = $$"""public static class Keys { public const string Stripe = "{{TestAssemblies.StripeKey}}"; }""";

    /// <summary>A folder with one good, leaky assembly (Good.dll) and the bad file written by <paramref name="bad"/>.</summary>
    private static (SourceExposure.Cli.Scanning.ScanResult Result, TempTree Tree) InspectBeside(Action<TempTree> bad, InspectLimits? limits = null)
    {
        var tree = new TempTree();
        TestAssemblies.Compile(Leaky, name: "Good").Write(tree["bin"], "Good");
        bad(tree);
        return (TestAssemblies.Inspect(tree["bin"], limits), tree);
    }

    private static void AssertGoodStillReported(SourceExposure.Cli.Scanning.ScanResult result)
        => Assert.Single(result.Findings, f => f.RuleId == "SE1001" && f.DisplayPath == "Good.dll");

    [Fact]
    public void TruncatedAssembly_SkippedWithWarning()
    {
        var image = TestAssemblies.Compile(Leaky).Dll;
        var (result, tree) = InspectBeside(t => File.WriteAllBytes(t["bin/Truncated.dll"], image[..(image.Length / 2)]));
        using (tree)
        {
            AssertGoodStillReported(result);
            Assert.Contains(result.Warnings, w => w.Contains("Truncated.dll", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RandomBytesAndEmptyFile_NamedDll_SkippedWithWarning()
    {
        var (result, tree) = InspectBeside(t =>
        {
            File.WriteAllBytes(t["bin/Random.dll"], Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());
            File.WriteAllBytes(t["bin/Empty.exe"], []);
        });
        using (tree)
        {
            AssertGoodStillReported(result);
            Assert.Single(result.Warnings, w => w.StartsWith("skipped Random.dll: ", StringComparison.Ordinal));
            Assert.Single(result.Warnings, w => w.StartsWith("skipped Empty.exe: ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void NativeImage_SkippedWithWarning()
    {
        // A real PE whose CLI header directory is zeroed: what a native DLL looks like to a metadata reader.
        var image = TestAssemblies.Compile(Leaky).Dll;
        using (var pe = new PEReader(new MemoryStream(image)))
        {
            var headers = pe.PEHeaders;
            var directory = headers.PEHeaderStartOffset + (headers.PEHeader!.Magic == PEMagic.PE32Plus ? 224 : 208);
            Array.Clear(image, directory, 8);
        }

        var (result, tree) = InspectBeside(t => File.WriteAllBytes(t["bin/Native.dll"], image));
        using (tree)
        {
            AssertGoodStillReported(result);
            Assert.Contains("skipped Native.dll: a native image without .NET metadata, not inspected", result.Warnings);
        }
    }

    [Fact]
    public void CorruptAndWindowsPdbs_SkippedWithWarning_TheirAssemblyStillInspected()
    {
        var built = TestAssemblies.Compile(Leaky, name: "WithPdb", pdb: Pdb.Beside);
        var (result, tree) = InspectBeside(t =>
        {
            built.Write(t["bin"], "WithPdb");
            var corrupt = built.Pdb![..64];
            File.WriteAllBytes(t["bin/WithPdb.pdb"], corrupt);
            File.WriteAllBytes(t["bin/Orphan.pdb"], "Microsoft C/C++ MSF 7.00\r\n\u001aDS\0\0\0"u8.ToArray());
        });
        using (tree)
        {
            AssertGoodStillReported(result);
            Assert.Single(result.Findings, f => f.RuleId == "SE1001" && f.DisplayPath == "WithPdb.dll");
            Assert.Contains(result.Warnings, w => w.Contains("WithPdb", StringComparison.Ordinal) && w.Contains("pdb", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("skipped Orphan.pdb: not a portable PDB (a Windows PDB, or corrupt)", result.Warnings);
        }
    }

    [Fact]
    public void CorruptPackage_SkippedWithWarning()
    {
        var (result, tree) = InspectBeside(t =>
        {
            File.WriteAllBytes(t["bin/Broken.1.0.0.nupkg"], "PK\u0003\u0004 this is not really a zip"u8.ToArray());
            var good = TestAssemblies.Package(t["bin/Half.1.0.0.nupkg"], ("lib/net8.0/Half.dll", TestAssemblies.Compile(Leaky, name: "Half").Dll));
            var bytes = File.ReadAllBytes(good);
            File.WriteAllBytes(good, bytes[..(bytes.Length - 30)]);
        });
        using (tree)
        {
            AssertGoodStillReported(result);
            Assert.Contains(result.Warnings, w => w.StartsWith("skipped Broken.1.0.0.nupkg: ", StringComparison.Ordinal));
            Assert.Contains(result.Warnings, w => w.StartsWith("skipped Half.1.0.0.nupkg: ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ZipBomb_ExtractionStopsAtTheLimit()
    {
        // 64 MB of zeros deflate to about 64 KB; with a 1 MB entry limit inspect stops inflating after 1 MB.
        var zeros = new byte[64 << 20];
        var limits = InspectLimits.Default with { MaxEntryBytes = 1 << 20 };
        var (result, tree) = InspectBeside(
            t => TestAssemblies.Package(t["bin/Bomb.1.0.0.nupkg"], ("lib/net8.0/Bomb.dll", zeros), ("content/appsettings.json", zeros)),
            limits);
        using (tree)
        {
            AssertGoodStillReported(result);
            Assert.Contains(result.Warnings, w => w.StartsWith("skipped Bomb.1.0.0.nupkg!lib/net8.0/Bomb.dll: expands to 64 MB, more than the 1 MB inspect extracts", StringComparison.Ordinal));
            Assert.True(result.Warnings.Count(w => w.Contains("Bomb", StringComparison.Ordinal)) == 2, string.Join("\n", result.Warnings));
        }
    }

    [Fact]
    public void ZipBombWithLyingHeader_ExtractionStopsWhileInflating()
    {
        // The same bomb, with every size field of the zip rewritten to claim 1,000 bytes. System.IO.Compression stops
        // inflating at the size the header states, and inspect counts what it reads besides: either way the entry
        // costs at most the bytes it claims, and here they are no PE image.
        var limits = InspectLimits.Default with { MaxEntryBytes = 1 << 20 };
        var (result, tree) = InspectBeside(
            t =>
            {
                var path = TestAssemblies.Package(t["bin/Liar.1.0.0.nupkg"], ("lib/net8.0/Liar.dll", new byte[64 << 20]));
                var bytes = File.ReadAllBytes(path);
                for (var i = 0; i + 30 < bytes.Length; i++)
                {
                    if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04)
                    {
                        BitConverter.GetBytes(1000).CopyTo(bytes, i + 22); // local header: uncompressed size
                    }
                    else if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02)
                    {
                        BitConverter.GetBytes(1000).CopyTo(bytes, i + 24); // central directory: uncompressed size
                    }
                }

                File.WriteAllBytes(path, bytes);
            },
            limits);
        using (tree)
        {
            AssertGoodStillReported(result);
            var warning = Assert.Single(result.Warnings, w => w.Contains("Liar", StringComparison.Ordinal));
            Assert.Equal("skipped Liar.1.0.0.nupkg!lib/net8.0/Liar.dll: not a PE file (no MZ header)", warning);
        }
    }

    [Fact]
    public void HugeResource_SkippedWithWarning_TheRestOfTheAssemblyInspected()
    {
        var big = new byte[4096];
        var limits = InspectLimits.Default with { MaxResourceBytes = 1024 };
        var (result, tree) = InspectBeside(
            t => TestAssemblies.Compile(Leaky, name: "Heavy", resources: [("Heavy.blob.bin", big)]).Write(t["bin"], "Heavy"),
            limits);
        using (tree)
        {
            AssertGoodStillReported(result);
            Assert.Single(result.Findings, f => f.RuleId == "SE1001" && f.DisplayPath == "Heavy.dll");
            Assert.Contains("Heavy.dll: resource 'Heavy.blob.bin' not read (4 KB, more than the 1 KB inspect reads)", result.Warnings);
        }
    }

    [Fact]
    public async Task BadFilesInAFolder_CliExitsWithFindingsAndWarnings_NotACrash()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile(Leaky, name: "Good").Write(tree["bin"], "Good");
        File.WriteAllBytes(tree["bin/Random.dll"], new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 });

        var run = await TestAssemblies.RunAsync("inspect", tree["bin"], "--no-reports");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("warning: skipped Random.dll: ", run.Output);
        Assert.Contains("Good.dll [Keys.Stripe]: warning SE1001", run.Output);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Theory]
    [InlineData("/definitely/not/here", "path not found")]
    [InlineData("notes.txt", "expected a .dll, .exe, .nupkg")]
    [InlineData("empty", "nothing to inspect")]
    public async Task BadPath_ExitsTwoWithOneLine(string path, string expected)
    {
        using var tree = new TempTree();
        tree.Write("notes.txt", "hello");
        Directory.CreateDirectory(tree["empty/sub"]);
        tree.Write("empty/sub/readme.md", "nothing here");

        var run = await TestAssemblies.RunAsync("inspect", path.StartsWith('/') ? path : tree[path], "--no-reports");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Single(run.Error.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal) && l.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidConfigValue_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile(Leaky).Write(tree["bin"]);
        var config = tree.Write("inspect.globalconfig", "is_global = true\nsource_exposure.residency.home = atlantis\n");

        var run = await TestAssemblies.RunAsync("inspect", tree["bin"], "--config", config, "--no-reports");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: ", run.Error);
        Assert.Contains("'source_exposure.residency.home' has the value 'atlantis'", run.Error);
    }
}
