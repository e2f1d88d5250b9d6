// SPDX-License-Identifier: MIT
using System.IO;
using System.Linq;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Tests;

public sealed class PackagePropsTests
{
    [Fact]
    public void EmbeddedProps_ReportCompilerVisiblePropertiesAndScanExtensions()
    {
        Assert.Contains("SourceExposureDelivery", PackageProps.CompilerVisibleProperties);
        Assert.Contains("SourceExposureMarkets", PackageProps.CompilerVisibleProperties);
        Assert.Contains(".json", PackageProps.ScanExtensions);
        Assert.Contains(".pem", PackageProps.ScanExtensions);
        Assert.Contains("SourceExposureDelivery", Scanner.BuildPropertyNames);
        Assert.Contains("IsTestProject", Scanner.BuildPropertyNames);
    }

    [Fact]
    public void SourceDrop_AdditionalFilesReportedByExtensionOutsideBuildOutput()
    {
        using var tree = new TempTree();
        tree.Write("appsettings.json", "{}");
        tree.Write("keys/server.pem", "x");
        tree.Write("bin/Debug/appsettings.json", "{}");
        tree.Write("Program.cs", "class P {}");
        tree.Write("image.png", "x");

        var files = SourceFiles.AdditionalFiles(tree.Root).Select(f => Path.GetRelativePath(tree.Root, f).Replace('\\', '/')).Order().ToArray();

        Assert.Equal(["appsettings.json", "keys/server.pem"], files);
    }
}
