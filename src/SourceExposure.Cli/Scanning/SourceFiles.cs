// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Cli.Scanning;

/// <summary>Finding and reading the files of a source drop.</summary>
internal static class SourceFiles
{
    /// <summary>Folders never scanned: build output, VCS metadata, package caches.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", ".vs", ".idea", "node_modules", "packages", "TestResults", "artifacts",
    };

    public static IEnumerable<string> Enumerate(string root, string pattern)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] files;
            string[] folders;
            try
            {
                files = Directory.GetFiles(directory, pattern);
                folders = Directory.GetDirectories(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return file;
            }

            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
            {
                if (!SkippedFolders.Contains(Path.GetFileName(folders[i])))
                {
                    pending.Push(folders[i]);
                }
            }
        }
    }

    /// <summary>
    /// The files the SourceExposure package would pass as AdditionalFiles in an SDK project: every non-C# file of the
    /// tree (the SDK's default None/EmbeddedResource items) whose extension is in the package's scan list.
    /// </summary>
    public static IEnumerable<string> AdditionalFiles(string root)
    {
        var extensions = new HashSet<string>(PackageProps.ScanExtensions, StringComparer.OrdinalIgnoreCase);
        return Enumerate(root, "*").Where(f => extensions.Contains(Path.GetExtension(f)));
    }

    /// <summary>Reads a text file as the compiler would (BOM detection, UTF-8 default); refuses binary content.</summary>
    public static bool TryRead(string path, out SourceText? text, out string error)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (LooksBinary(bytes))
            {
                throw new InvalidDataException();
            }

            text = SourceText.From(bytes, bytes.Length, Encoding.UTF8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
            error = string.Empty;
            return true;
        }
        catch (InvalidDataException)
        {
            error = "not a text file (binary content)";
        }
        catch (UnauthorizedAccessException)
        {
            error = "permission denied";
        }
        catch (FileNotFoundException)
        {
            error = "file not found (dangling link?)";
        }
        catch (DirectoryNotFoundException)
        {
            error = "file not found (dangling link?)";
        }
        catch (IOException e)
        {
            error = "cannot be read: " + e.Message;
        }

        text = null;
        return false;
    }

    /// <summary>A NUL byte in the first 8 KB of a file without a UTF-16/32 byte-order mark: no source file has one.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return false;
        }

        return Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0;
    }

    /// <summary>.editorconfig files from each source directory up to the file-system root, as the SDK collects them.</summary>
    public static IEnumerable<string> EditorConfigs(IEnumerable<string> sourceFiles)
    {
        var directories = new HashSet<string>(StringComparer.Ordinal);
        var configs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in sourceFiles)
        {
            for (var directory = Path.GetDirectoryName(file); !string.IsNullOrEmpty(directory) && directories.Add(directory); directory = Path.GetDirectoryName(directory))
            {
                var candidate = Path.Combine(directory, ".editorconfig");
                if (File.Exists(candidate))
                {
                    configs.Add(candidate);
                }
            }
        }

        return configs;
    }

    /// <summary>.globalconfig files in <paramref name="root"/> and its ancestors (the SDK's automatic discovery).</summary>
    public static IEnumerable<string> GlobalConfigs(string root)
    {
        for (var directory = root; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory, ".globalconfig");
            if (File.Exists(candidate))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Path relative to the scan root with forward slashes, or null when the file lies outside it.</summary>
    public static string? Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }
}
