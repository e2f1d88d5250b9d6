// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SourceExposure.Tests.Conventions;

/// <summary>AnalyzerReleases.Shipped.md and Unshipped.md list exactly the catalog, with matching category and severity.</summary>
public sealed class ReleaseTrackingConventionTests
{
    [Fact]
    public void ReleaseFiles_ListEveryRuleOnce_WithItsCategoryAndSeverity()
    {
        var rows = new List<string[]>();
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            var path = Path.Combine(Catalog.RepositoryRoot, "src", "SourceExposure.Analyzers", file);
            rows.AddRange(File.ReadAllLines(path)
                .Where(l => l.StartsWith("SE", StringComparison.Ordinal))
                .Select(l => l.Split('|', StringSplitOptions.TrimEntries)));
        }

        var ids = rows.Select(r => r[0]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Catalog.Descriptors.Select(d => d.Id).Order(), ids.Order());
        foreach (var row in rows)
        {
            var descriptor = Catalog.Descriptors.Single(d => d.Id == row[0]);
            Assert.Equal(descriptor.Category, row[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
            Assert.Contains($"docs/rules/{descriptor.Id}.md", row[3], StringComparison.Ordinal);
        }
    }
}
