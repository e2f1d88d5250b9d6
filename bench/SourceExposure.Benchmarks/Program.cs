// SPDX-License-Identifier: MIT
using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SourceExposure.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "";
        var rest = args.Skip(1).ToArray();
        switch (command)
        {
            case "corpus":
                return CorpusBenchmark.Run(rest);
            case "micro":
                // In-process: no generated project to restore and build; fine for helpers that allocate little.
                var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10));
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
                return 0;
            default:
                Console.Error.WriteLine("usage: corpus [--lines N] [--repeat R] [--output PATH] | micro [BenchmarkDotNet arguments]");
                return 2;
        }
    }
}
