// SPDX-License-Identifier: MIT
using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers;

namespace SourceExposure.Tests.Conventions;

/// <summary>Every analyzer and code fix has the shape the conventions name.</summary>
public sealed class AnalyzerShapeConventionTests
{
    public static TheoryData<string> AnalyzerNames => [.. Catalog.AnalyzerTypes.Select(t => t.Name)];

    public static TheoryData<string> CodeFixNames => [.. Catalog.CodeFixTypes.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Analyzer_IsSealedCSharpOnlySourceExposureAnalyzer_NamedForItsRule(string name)
    {
        var type = Catalog.AnalyzerTypes.Single(t => t.Name == name);
        Assert.True(type.IsSealed, $"{name} is not sealed");
        Assert.True(typeof(SourceExposureAnalyzer).IsAssignableFrom(type), $"{name} does not derive SourceExposureAnalyzer");
        var attribute = type.GetCustomAttribute<DiagnosticAnalyzerAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal([LanguageNames.CSharp], attribute!.Languages);

        var analyzer = Catalog.Analyzers.Single(a => a.GetType() == type);
        Assert.NotEmpty(analyzer.SupportedDiagnostics);
        Assert.All(analyzer.SupportedDiagnostics, d => Assert.Contains(d, Catalog.Descriptors));
        Assert.StartsWith(analyzer.SupportedDiagnostics[0].Id, name, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDescriptor_IsSupportedByExactlyOneAnalyzer()
    {
        foreach (var descriptor in Catalog.Descriptors)
        {
            var owners = Catalog.Analyzers.Where(a => a.SupportedDiagnostics.Contains(descriptor)).ToList();
            var expected = ArtifactRules.IsArtifactOnly(descriptor.Id) ? 0 : 1;
            Assert.True(owners.Count == expected, $"{descriptor.Id} is supported by {owners.Count} analyzers, expected {expected}");
        }
    }

    [Fact]
    public void ArtifactOnlyRules_AreCatalogDescriptors()
    {
        Assert.NotEmpty(ArtifactRules.All);
        Assert.All(ArtifactRules.All, d => Assert.Contains(d, Catalog.Descriptors));
        Assert.DoesNotContain(Catalog.FixableIds, ArtifactRules.IsArtifactOnly);
    }

    [Theory]
    [MemberData(nameof(CodeFixNames))]
    public void CodeFix_IsExportedUnderItsTypeName_FixesCatalogIds_AndOffersFixAll(string name)
    {
        var type = Catalog.CodeFixTypes.Single(t => t.Name == name);
        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Equal(name, export!.Name);
        Assert.Equal([LanguageNames.CSharp], export.Languages);
        Assert.NotNull(type.GetCustomAttribute<System.Composition.SharedAttribute>());

        var fix = (CodeFixProvider)Activator.CreateInstance(type)!;
        Assert.NotEmpty(fix.FixableDiagnosticIds);
        Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, Catalog.Descriptors.Select(d => d.Id)));
        Assert.NotNull(fix.GetFixAllProvider());
        Assert.StartsWith(fix.FixableDiagnosticIds[0], name, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void AnalyzerWithoutFix_SaysWhy_AndAnalyzerWithFix_DoesNot(string name)
    {
        var type = Catalog.AnalyzerTypes.Single(t => t.Name == name);
        var analyzer = Catalog.Analyzers.Single(a => a.GetType() == type);
        var hasFix = analyzer.SupportedDiagnostics.Any(d => Catalog.FixableIds.Contains(d.Id));
        var noFix = type.GetCustomAttribute<NoCodeFixAttribute>();
        if (hasFix)
        {
            Assert.Null(noFix);
        }
        else
        {
            Assert.NotNull(noFix);
            Assert.False(string.IsNullOrWhiteSpace(noFix!.Reason));
        }
    }

    [Fact]
    public void AnalyzerAssembly_TargetsNetStandard20_WithoutWorkspaces()
    {
        var framework = Catalog.AnalyzerAssembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
        Assert.DoesNotContain(Catalog.AnalyzerAssembly.GetReferencedAssemblies(), r => r.Name!.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal));
        Assert.DoesNotContain(Catalog.AnalyzerAssembly.GetReferencedAssemblies(), r => r.Name == "Microsoft.CodeAnalysis.CSharp.Workspaces");
    }

    [Fact]
    public void CodeFixAssembly_TargetsNetStandard20()
    {
        var framework = Catalog.CodeFixAssembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
    }
}
