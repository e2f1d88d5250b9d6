// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Secrets.Detection;

namespace SourceExposure.Benchmarks;

/// <summary>Literals typical of the generated corpus: the inputs every secrets rule judges on each string token.</summary>
internal static class MicroInputs
{
    public static readonly string[] Literals = BuildLiterals();

    public static readonly string PemKey = BuildPem();

    public static readonly string LongComment = string.Concat(Enumerable.Repeat("// Renders statement lines for the regulator's template; keep column order. ", 40));

    private static string[] BuildLiterals()
    {
        var files = CorpusGenerator.Generate(3_000);
        var literals = new List<string>();
        foreach (var (_, text) in files)
        {
            var start = text.IndexOf('"');
            while (start >= 0 && literals.Count < 2_000)
            {
                var end = text.IndexOf('"', start + 1);
                if (end < 0)
                {
                    break;
                }

                literals.Add(text.Substring(start + 1, end - start - 1));
                start = text.IndexOf('"', end + 1);
            }
        }

        return [.. literals];
    }

    private static string BuildPem()
    {
        var random = new System.Random(7);
        var builder = new StringBuilder("-----BEGIN " + "RSA PRIVATE KEY-----\n");
        const string chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (var line = 0; line < 25; line++)
        {
            for (var i = 0; i < 64; i++)
            {
                builder.Append(chars[random.Next(chars.Length)]);
            }

            builder.Append('\n');
        }

        return builder.Append("-----END " + "RSA PRIVATE KEY-----").ToString();
    }
}

/// <summary>Shannon entropy over a batch of corpus literals.</summary>
[MemoryDiagnoser]
public class EntropyBenchmarks
{
    [Benchmark]
    public double BitsPerChar_CorpusLiterals()
    {
        double sum = 0;
        foreach (var literal in MicroInputs.Literals)
        {
            sum += Entropy.BitsPerChar(literal);
        }

        return sum;
    }

    [Benchmark]
    public double BitsPerChar_PemKey() => Entropy.BitsPerChar(MicroInputs.PemKey);
}

/// <summary>Placeholder judgement over a batch of corpus literals.</summary>
[MemoryDiagnoser]
public class PlaceholderBenchmarks
{
    [Benchmark]
    public int IsPlaceholder_CorpusLiterals()
    {
        var n = 0;
        foreach (var literal in MicroInputs.Literals)
        {
            if (Placeholders.IsPlaceholder(literal))
            {
                n++;
            }
        }

        return n;
    }
}

/// <summary>Private key recognition: the prefilter on ordinary literals, and a full PEM block.</summary>
[MemoryDiagnoser]
public class PrivateKeyMaterialBenchmarks
{
    [Benchmark]
    public int TryFind_CorpusLiterals()
    {
        var n = 0;
        foreach (var literal in MicroInputs.Literals)
        {
            if (PrivateKeyMaterial.TryFind(literal, out _))
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark]
    public bool TryFind_PemKey() => PrivateKeyMaterial.TryFind(MicroInputs.PemKey, out _);

    [Benchmark]
    public bool MayContain_LongComment() => PrivateKeyMaterial.MayContain(MicroInputs.LongComment);
}

/// <summary>SE1001's known-format scanner: the prefilter and full scan over corpus literals, and a literal holding a token.</summary>
[MemoryDiagnoser]
public class TokenScannerBenchmarks
{
    private static readonly string WithToken = "Authorization: token " + CorpusGenerator.GitHubToken(new System.Random(5)) + " (rotated monthly)";

    [Benchmark]
    public int MayContain_CorpusLiterals()
    {
        var n = 0;
        foreach (var literal in MicroInputs.Literals)
        {
            if (TokenScanner.MayContain(literal))
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark]
    public int Scan_CorpusLiterals()
    {
        var n = 0;
        foreach (var literal in MicroInputs.Literals)
        {
            n += TokenScanner.Scan(literal)?.Count ?? 0;
        }

        return n;
    }

    [Benchmark]
    public int Scan_LiteralWithToken() => TokenScanner.Scan(WithToken)?.Count ?? 0;
}
