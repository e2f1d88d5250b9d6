// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace SourceExposure.Cli.Scanning;

/// <summary>
/// Loads solutions and projects with MSBuildWorkspace, so each project is analyzed with the compilation a build
/// would make (references, defines, language version, nullable, .editorconfig and .globalconfig files, the SDK's
/// generated analyzer config). A project MSBuild cannot evaluate is scanned from its folder's sources instead.
/// </summary>
internal static class MsBuildLoader
{
    private static readonly object Gate = new();

    /// <summary>Registers the .NET SDK's MSBuild; must run before any MSBuild type is loaded, hence the split below.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }
    }

    public static async Task<IReadOnlyList<AnalysisUnit>> LoadAsync(string path, bool isProject, ScanRequest request, IScanProgress progress, List<string> warnings, CancellationToken cancellationToken)
    {
        try
        {
            EnsureRegistered();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            throw new InputException($"no .NET SDK found to load '{path}' ({e.Message}); pass --no-msbuild to scan its sources without MSBuild");
        }

        return await LoadCoreAsync(path, isProject, request, progress, warnings, cancellationToken).ConfigureAwait(false);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<IReadOnlyList<AnalysisUnit>> LoadCoreAsync(string path, bool isProject, ScanRequest request, IScanProgress progress, List<string> warnings, CancellationToken cancellationToken)
    {
        var globalProperties = request.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        using var workspace = MSBuildWorkspace.Create(globalProperties);
        var failures = new List<string>();
        workspace.WorkspaceFailed += (_, e) =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                lock (failures)
                {
                    failures.Add(e.Diagnostic.Message);
                }
            }
        };

        IEnumerable<Project> projects;
        if (isProject)
        {
            progress.Status($"Loading project {Path.GetFileName(path)} with MSBuild");
            try
            {
                var project = await workspace.OpenProjectAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
                projects = workspace.CurrentSolution.Projects.Where(p => p.FilePath == project.FilePath || p.Id == project.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var message = $"MSBuild could not load {Path.GetFileName(path)} ({FirstLine(e.Message)}); scanning its folder's C# files without MSBuild";
                warnings.Add(message);
                progress.Warning(message);
                return [FallBack(path, request, progress, warnings)];
            }
        }
        else
        {
            progress.Status($"Loading solution {Path.GetFileName(path)} with MSBuild");
            try
            {
                await workspace.OpenSolutionAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new InputException($"cannot load solution '{path}': {FirstLine(e.Message)} (pass --no-msbuild to scan the C# files of its folder)");
            }

            projects = workspace.CurrentSolution.Projects;
        }

        foreach (var failure in failures.Distinct(StringComparer.Ordinal))
        {
            var message = "MSBuild: " + FirstLine(failure);
            warnings.Add(message);
            progress.Detail(message);
        }

        var units = new List<AnalysisUnit>();
        foreach (var project in projects.Where(p => p.Language == LanguageNames.CSharp).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (project.FilePath is not null && !project.MetadataReferences.Any())
            {
                var message = $"MSBuild gave no references for {project.Name} (not restored, or its SDK is missing); scanning its folder's C# files without MSBuild";
                warnings.Add(message);
                progress.Warning(message);
                units.Add(FallBack(project.FilePath, request, progress, warnings));
                continue;
            }

            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                continue;
            }

            var provider = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
            var extra = BuildProperties(project, provider, request, progress);
            var options = extra.Count == 0
                ? project.AnalyzerOptions
                : new AnalyzerOptions(project.AnalyzerOptions.AdditionalFiles, new AugmentedOptionsProvider(provider, extra));
            units.Add(new AnalysisUnit(project.Name, compilation, options));
        }

        if (units.Count == 0)
        {
            throw new InputException($"no C# project could be loaded from '{path}'" + (failures.Count > 0 ? ": " + FirstLine(failures[0]) : string.Empty));
        }

        return units;
    }

    private static AnalysisUnit FallBack(string projectPath, ScanRequest request, IScanProgress progress, List<string> warnings)
        => new CompilationLoader(progress).CompileDrop(Path.GetDirectoryName(projectPath)!, request, warnings, onlyProject: projectPath).Single();

    /// <summary>
    /// The SourceExposure package makes its MSBuild properties visible to the compiler (CompilerVisibleProperty); a
    /// project scanned without the package does not, so the values the project sets are read here with
    /// <c>dotnet msbuild -getProperty</c> (a real evaluation, Directory.Build.props included) and added to the global
    /// options. Values given with <c>--property</c> win; values the project already exposes are kept.
    /// </summary>
    private static Dictionary<string, string> BuildProperties(Project project, AnalyzerConfigOptionsProvider provider, ScanRequest request, IScanProgress progress)
    {
        var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.Properties)
        {
            extra["build_property." + name] = value;
        }

        var missing = Scanner.BuildPropertyNames
            .Where(n => !request.Properties.ContainsKey(n))
            // Present (even empty) means the project uses the package, which exposed it: keep the project's value.
            .Where(n => !provider.GlobalOptions.TryGetValue("build_property." + n, out _))
            .ToList();
        if (missing.Count == 0 || project.FilePath is null)
        {
            return extra;
        }

        foreach (var (name, value) in Evaluate(project.FilePath, missing, progress))
        {
            if (!string.IsNullOrEmpty(value))
            {
                extra["build_property." + name] = value;
            }
        }

        return extra;
    }

    internal static IReadOnlyDictionary<string, string> Evaluate(string projectPath, IReadOnlyList<string> names, IScanProgress progress)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("msbuild");
            start.ArgumentList.Add(projectPath);
            start.ArgumentList.Add("-nologo");
            // Two names at least, so the answer is always JSON.
            foreach (var name in names.Count == 1 ? [names[0], "MSBuildProjectName"] : names)
            {
                start.ArgumentList.Add("-getProperty:" + name);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                progress.Detail($"reading MSBuild properties of {Path.GetFileName(projectPath)} timed out");
                return result;
            }

            using var json = JsonDocument.Parse(output.Result);
            foreach (var property in json.RootElement.GetProperty("Properties").EnumerateObject())
            {
                if (names.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                {
                    result[property.Name] = property.Value.GetString() ?? string.Empty;
                }
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or JsonException or InvalidOperationException or KeyNotFoundException or IOException)
        {
            progress.Detail($"could not read MSBuild properties of {Path.GetFileName(projectPath)}: {e.Message}");
        }

        return result;
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
