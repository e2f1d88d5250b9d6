// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SourceExposure.Cli.Scanning;

/// <summary>One project of a source drop, read without MSBuild: its C# files and the properties a build would give it.</summary>
internal sealed record DropProject(string Name, string Folder, IReadOnlyList<string> Files, IReadOnlyList<string> AdditionalFiles, IReadOnlyDictionary<string, string> Properties);

/// <summary>
/// The projects of a source drop when MSBuild is not used: each .csproj owns the .cs files under its folder that no
/// deeper project owns, as the SDK's default Compile glob does; files under no project form one more unit. A drop is
/// usually a whole repository, and one compilation over all of it would merge test projects with product code and
/// hide which project a file belongs to.
/// </summary>
internal static class SourceDrop
{
    /// <summary>Packages whose reference makes a project a test project (Microsoft.NET.Test.Sdk sets IsTestProject itself).</summary>
    private static readonly string[] TestPackages =
    [
        "Microsoft.NET.Test.Sdk", "xunit", "xunit.core", "xunit.v3", "xunit.v3.core", "NUnit", "MSTest", "MSTest.TestFramework",
        "MSTest.Sdk", "TUnit", "TUnit.Core",
    ];

    public static IReadOnlyList<DropProject> Projects(string root)
    {
        var projectFiles = SourceFiles.Enumerate(root, "*.csproj").ToList();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var projectFile in projectFiles)
        {
            // Two project files in one folder share its sources; the first (ordinal) one names them.
            owners.TryAdd(Path.GetDirectoryName(projectFile)!, projectFile);
        }

        var files = Assign(SourceFiles.Enumerate(root, "*.cs"), root, owners, out var loose);
        var additional = Assign(SourceFiles.AdditionalFiles(root), root, owners, out var looseAdditional);

        var projects = new List<DropProject>();
        foreach (var (projectFile, sources) in files.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            projects.Add(new DropProject(
                Path.GetFileNameWithoutExtension(projectFile), Path.GetDirectoryName(projectFile)!, sources,
                additional.GetValueOrDefault(projectFile) ?? [], Properties(projectFile, root)));
        }

        if (loose.Count > 0)
        {
            projects.Add(new DropProject(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), root, loose, looseAdditional, new Dictionary<string, string>()));
        }

        return projects;
    }

    /// <summary>Each file to the project that owns it (the nearest .csproj folder above it); the rest to <paramref name="loose"/>.</summary>
    private static Dictionary<string, List<string>> Assign(IEnumerable<string> paths, string root, Dictionary<string, string> owners, out List<string> loose)
    {
        var assigned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        loose = [];
        foreach (var file in paths)
        {
            var owner = OwningProject(file, root, owners);
            if (owner is null)
            {
                loose.Add(file);
            }
            else
            {
                (assigned.TryGetValue(owner, out var list) ? list : assigned[owner] = []).Add(file);
            }
        }

        return assigned;
    }

    private static string? OwningProject(string file, string root, Dictionary<string, string> owners)
    {
        for (var directory = Path.GetDirectoryName(file); directory is not null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
        {
            if (owners.TryGetValue(directory, out var owner))
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>
    /// The properties the analyzers read that a project states literally, in the project file or the Directory.Build.props
    /// files above it: the project's name, root namespace, target framework, packability, and whether it is a test
    /// project (an explicit IsTestProject, or a reference to a test SDK or framework package).
    /// </summary>
    internal static Dictionary<string, string> Properties(string projectFile, string root)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["MSBuildProjectName"] = Path.GetFileNameWithoutExtension(projectFile),
            ["ProjectDir"] = Path.GetDirectoryName(projectFile) + Path.DirectorySeparatorChar,
        };
        var isTest = false;

        // Outermost file first, so the project's own values win over the ones it imports.
        foreach (var file in ImportChain(projectFile, root))
        {
            var document = TryLoad(file);
            if (document is null)
            {
                continue;
            }

            foreach (var element in document.Descendants())
            {
                // A condition needs MSBuild to evaluate ("IsTestProject when the name ends with .Test"): skip it.
                if (IsConditional(element))
                {
                    continue;
                }

                switch (element.Name.LocalName)
                {
                    case "RootNamespace" or "TargetFramework" or "IsPackable" or "IsTestProject" when IsLiteral(element.Value):
                        properties[element.Name.LocalName] = element.Value.Trim();
                        break;
                    case "PackageReference" when TestPackages.Contains((string?)element.Attribute("Include"), StringComparer.OrdinalIgnoreCase):
                        isTest = true;
                        break;
                }
            }

            if (document.Root?.Attribute("Sdk") is { } sdk && sdk.Value.StartsWith("MSTest.Sdk", StringComparison.OrdinalIgnoreCase))
            {
                isTest = true;
            }
        }

        if (isTest && !properties.ContainsKey("IsTestProject"))
        {
            properties["IsTestProject"] = "true";
        }

        return properties;
    }

    /// <summary>Directory.Build.props files from <paramref name="root"/> down to the project's folder, then the project file.</summary>
    private static IEnumerable<string> ImportChain(string projectFile, string root)
    {
        var chain = new List<string> { projectFile };
        for (var directory = Path.GetDirectoryName(projectFile); directory is not null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
        {
            var props = Path.Combine(directory, "Directory.Build.props");
            if (File.Exists(props))
            {
                chain.Add(props);
            }
        }

        chain.Reverse();
        return chain;
    }

    private static bool IsConditional(XElement element)
    {
        for (var current = element; current is not null; current = current.Parent)
        {
            if (current.Attribute("Condition") is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLiteral(string value) => value.Length > 0 && !value.Contains("$(", StringComparison.Ordinal);

    private static XDocument? TryLoad(string path)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
