// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// A net8.0 library of <paramref name="trees"/> with the verifier's options (nullable annotations on, unsafe code
    /// allowed), for tests that ask the compiler or a shared engine directly. With <paramref name="mustCompile"/>, a
    /// compiler error fails the test, so a typo in a snippet cannot pass as a near miss. The default name is one
    /// CodeKinds does not read as a test project's ("Test", "*.Tests"), which would make every rule quiet on it.
    /// </summary>
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, bool mustCompile = false, string name = "Library")
    {
        var compilation = CSharpCompilation.Create(
            name, trees, Net80References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        if (mustCompile)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors.Take(5)));
        }

        return compilation;
    }

    /// <summary>One source file, compiled as <see cref="Compile(IEnumerable{SyntaxTree}, bool, string)"/> does.</summary>
    public static CSharpCompilation Compile(string source, bool mustCompile = false)
        => Compile([CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(DefaultLanguageVersion))], mustCompile);

    /// <summary>Nullable annotations on, as in the projects SourceExposure analyzes.</summary>
    public static CompilationOptions Adjust(CompilationOptions options)
        => ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Enable);
}
