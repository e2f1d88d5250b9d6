// SPDX-License-Identifier: MIT
using System;
using System.Diagnostics;
using System.IO;

namespace SourceExposure.Cli.Scanning;

/// <summary>The commit a scanned tree is at, for the report's metadata: asked of git, never guessed.</summary>
internal static class GitCommit
{
    public const string NotARepository = "not a git work tree (or git is not available)";

    /// <summary>"&lt;40-hex commit&gt;", with " (uncommitted changes)" when the work tree differs from it.</summary>
    public static string Describe(string root)
    {
        var folder = Directory.Exists(root) ? root : Path.GetDirectoryName(root) ?? root;
        var head = Git(folder, "rev-parse", "HEAD");
        if (head is null || head.Length != 40)
        {
            return NotARepository;
        }

        var status = Git(folder, "status", "--porcelain", "--untracked-files=no");
        return status is { Length: > 0 } ? head + " (uncommitted changes)" : head;
    }

    private static string? Git(string folder, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-C");
            start.ArgumentList.Add(folder);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? output.Result.Trim() : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
