// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace SourceExposure.Benchmarks;

/// <summary>
/// Wall-clock growth of the detection engines on adversarial text (long runs that nearly match), at n and 4n: linear
/// work takes about 4 times as long at 4n, quadratic about 16. The unit tests bound the same work by counting the
/// positions patterns are tried (RegexSafetyTests); timing lives here, where a busy machine cannot fail a build.
/// Run: <c>dotnet run -c Release --project bench/SourceExposure.Benchmarks -- micro --filter '*Adversarial*'</c>.
/// </summary>
[MemoryDiagnoser]
public class AdversarialInputBenchmarks
{
    private string text = "";

    [Params(25_000, 100_000)]
    public int Size { get; set; }

    [Params("identifier run", "dotted host run", "http:// repeated", "userinfo run", "Password= repeated", "base64 run")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => text = Input switch
    {
        "identifier run" => Repeat("abc_def1", Size),
        "dotted host run" => Repeat("a.", Size),
        "http:// repeated" => Repeat("http://", Size),
        "userinfo run" => "https://" + Repeat("a:b@", Size),
        "Password= repeated" => Repeat("Password=", Size),
        _ => Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIz+/", Size),
    };

    [Benchmark]
    public object? InternalInfrastructure() => Analyzers.Disclosure.Detection.InternalInfrastructure.TryFind(text, ImmutableArray<string>.Empty, singleLabelHosts: true, out var match) ? match.Value : null;

    [Benchmark]
    public object? TokenScanner() => Analyzers.Secrets.Detection.TokenScanner.Scan(text);

    [Benchmark]
    public object? CredentialEntries() => Analyzers.Secrets.Detection.CredentialEntries.Find(text);

    [Benchmark]
    public object? ConnectionStrings() => Analyzers.Secrets.Detection.ConnectionStrings.Find(text);

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
