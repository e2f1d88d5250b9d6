// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace SourceExposure.Tests;

/// <summary>
/// The project every analyzer and code-fix test compiles: which reference assemblies and which compilation options.
/// Shared by <see cref="CSharpAnalyzerVerifier{TAnalyzer}.Test"/> and <see cref="CSharpCodeFixVerifier{TAnalyzer, TCodeFix}.Test"/>.
/// </summary>
public static class TestProjectDefaults
{
    /// <summary>
    /// No reference package for the library to resolve: the net8.0 reference assemblies come from
    /// Basic.Reference.Assemblies (embedded in a package restored with the test project, and used by the CLI anyway)
    /// through <c>TestState.AdditionalReferences</c>, so no test downloads anything. The library's
    /// <c>ReferenceAssemblies.Net.Net80</c> works too, but fetches Microsoft.NETCore.App.Ref (about 90 MB unpacked)
    /// into the temp folder of every new machine at test time, then resolves it in each test process.
    /// </summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net8.0");

    /// <summary>The default references: net8.0.</summary>
    public static IEnumerable<MetadataReference> Net80References => Basic.Reference.Assemblies.Net80.References.All;

    /// <summary>The language version tests parse with unless they set one.</summary>
    public const LanguageVersion DefaultLanguageVersion = LanguageVersion.Preview;

    /// <summary>Nullable annotations on, as in the projects SourceExposure analyzes.</summary>
    public static CompilationOptions Adjust(CompilationOptions options)
        => ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Enable);
}
