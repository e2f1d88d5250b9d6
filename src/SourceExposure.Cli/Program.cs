// SPDX-License-Identifier: MIT
using System;
using System.Text;
using System.Threading.Tasks;

namespace SourceExposure.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var plain = Console.IsOutputRedirected || IsCi(Environment.GetEnvironmentVariable("CI"));
        return await CommandLine.RunAsync(args, Console.Out, Console.Error, plain).ConfigureAwait(false);
    }

    private static bool IsCi(string? value) => value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
}
