// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;

namespace SourceExposure.Tests.Conventions;

/// <summary>
/// The rules index, the option tables of the configuration page and the strict global config equal what
/// <see cref="CatalogFiles"/> writes from the catalog. Run with SOURCE_EXPOSURE_UPDATE_DOCS=1 to regenerate them.
/// </summary>
public sealed class GeneratedFilesTests
{
    [Fact]
    public void RulesIndex_IsGeneratedFromTheCatalog() => Check(CatalogFiles.RulesIndexPath, text => CatalogFiles.ReplaceBlocks(text, CatalogFiles.RulesIndexBlocks()));

    [Fact]
    public void ConfigurationOptionTables_AreGeneratedFromTheCatalog() => Check(CatalogFiles.ConfigurationPath, text => CatalogFiles.ReplaceBlocks(text, CatalogFiles.ConfigurationBlocks()));

    [Fact]
    public void StrictGlobalConfig_IsGeneratedFromTheCatalog() => Check(CatalogFiles.StrictGlobalConfigPath, _ => CatalogFiles.StrictGlobalConfig());

    /// <summary>A changed catalog shows up as drift: the check compares, it does not only parse.</summary>
    [Fact]
    public void ReplaceBlocks_ReplacesOnlyBetweenTheMarkers()
    {
        var text = "intro\n<!-- catalog:x -->\nold\n<!-- /catalog -->\noutro\n";
        Assert.Equal("intro\n<!-- catalog:x -->\nnew\n<!-- /catalog -->\noutro\n", CatalogFiles.ReplaceBlocks(text, new Dictionary<string, string> { ["x"] = "new\n" }));
        Assert.Throws<InvalidOperationException>(() => CatalogFiles.ReplaceBlocks("no markers", new Dictionary<string, string> { ["x"] = "new\n" }));
    }

    private static void Check(string path, Func<string, string> generate)
    {
        var actual = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = generate(actual);
        if (actual != expected && Environment.GetEnvironmentVariable("SOURCE_EXPOSURE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            actual = expected;
        }

        Assert.True(actual == expected, $"{Path.GetRelativePath(Catalog.RepositoryRoot, path)} differs from the catalog; regenerate it with SOURCE_EXPOSURE_UPDATE_DOCS=1 dotnet test --filter GeneratedFilesTests, then review the diff.");
    }
}
