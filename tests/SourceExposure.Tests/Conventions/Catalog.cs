// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers;

namespace SourceExposure.Tests.Conventions;

/// <summary>What the shipped assemblies declare, found by reflection so every new rule is checked without registration.</summary>
internal static class Catalog
{
    public static readonly Assembly AnalyzerAssembly = typeof(SourceExposureAnalyzer).Assembly;

    public static readonly Assembly CodeFixAssembly = typeof(SourceExposure.CodeFixes.SourceExposureCodeFix).Assembly;

    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = typeof(SourceExposure.Analyzers.Rules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<Type> AnalyzerTypes { get; } = AnalyzerAssembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !typeof(DiagnosticSuppressor).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<Type> CodeFixTypes { get; } = CodeFixAssembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    public static ImmutableHashSet<string> FixableIds { get; } = CodeFixTypes
        .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
        .ToImmutableHashSet();

    public static readonly IReadOnlyDictionary<char, string> CategoryByFamilyDigit =
        RuleCategories.Families.ToDictionary(f => f.Digit, f => f.Category);

    /// <summary>The repository root: the folder holding SourceExposure.sln, found from the test assembly upward.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DocsRules => Path.Combine(RepositoryRoot, "docs", "rules");

    public static string DocPath(string id) => Path.Combine(DocsRules, id + ".md");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SourceExposure.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SourceExposure.sln not found above " + AppContext.BaseDirectory);
    }
}
