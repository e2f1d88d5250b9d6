// SPDX-License-Identifier: MIT
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SourceExposure.Analyzers;
using SourceExposure.Tests.Verifiers;

namespace SourceExposure.Tests.Shared;

/// <summary>The per-compilation known-symbols table: one table per compilation, each name resolved once.</summary>
public sealed class KnownSymbolsTests
{
    private static CSharpCompilation Compile(string source) => TestProjectDefaults.Compile(source);

    [Fact]
    public void OneCompilation_SharesOneTable_AnotherGetsItsOwn()
    {
        var compilation = Compile("class C { }");
        Assert.Same(KnownSymbols.For(compilation), KnownSymbols.For(compilation));
        Assert.NotSame(KnownSymbols.For(compilation), KnownSymbols.For(Compile("class D { }")));
    }

    [Fact]
    public void Type_ResolvesByMetadataName_AsTheCompilationDoes()
    {
        var compilation = Compile("namespace N { class Outer { class Inner { } } class G<T> { } }");
        var known = KnownSymbols.For(compilation);
        Assert.Equal(SpecialType.System_String, known.Type("System.String")?.SpecialType);
        Assert.Equal("N.Outer.Inner", known.Type("N.Outer+Inner")?.ToDisplayString());
        Assert.Equal("N.G<T>", known.Type("N.G`1")?.ToDisplayString());
        Assert.Null(known.Type("No.Such.Type"));
        Assert.Same(known.Type("System.Net.NetworkCredential"), known.Type("System.Net.NetworkCredential"));
    }

    /// <summary>BannedSymbols.txt reaches both projects that ship in the package (RS0030 enforces it at build time).</summary>
    [Theory]
    [InlineData("SourceExposure.Analyzers")]
    [InlineData("SourceExposure.CodeFixes")]
    public void BannedSymbols_AreWiredIntoTheProject(string project)
    {
        var root = Conventions.Catalog.RepositoryRoot;
        var csproj = File.ReadAllText(Path.Combine(root, "src", project, project + ".csproj"));
        Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers", csproj, System.StringComparison.Ordinal);
        Assert.Contains("../BannedSymbols.txt", csproj, System.StringComparison.Ordinal);
        var banned = File.ReadAllText(Path.Combine(root, "src", "BannedSymbols.txt"));
        Assert.Contains("M:Microsoft.CodeAnalysis.Compilation.GetTypeByMetadataName(System.String)", banned, System.StringComparison.Ordinal);
        Assert.Contains("M:Microsoft.CodeAnalysis.DiagnosticDescriptor.#ctor(", banned, System.StringComparison.Ordinal);
    }
}
