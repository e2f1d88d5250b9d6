// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers;

namespace SourceExposure.Tests.Detection;

/// <summary>How real repositories lay out test, sample and docs code (shapes seen on the real-code corpus).</summary>
public sealed class CodeKindsTests
{
    [Theory]
    [InlineData("/repo/test/Api.IntegrationTest/Controllers/AccountsTests.cs", "/repo/test/Api.IntegrationTest/")]
    [InlineData("/repo/test/Common/Constants/EncryptionConstants.cs", "/repo/test/Common/")]
    [InlineData("/repo/Duplicati/UnitTest/SecretProviderHelper.cs", "/repo/Duplicati/UnitTest/")]
    [InlineData("/repo/tests/Jellyfin.LiveTv.Tests/Listings/Data.cs", "/repo/tests/Jellyfin.LiveTv.Tests/")]
    [InlineData("/repo/src/benchmark/Akka.Benchmarks/Actor/AddressBenchmarks.cs", "/repo/src/benchmark/Akka.Benchmarks/")]
    [InlineData("/repo/src/Senparc.Weixin.Work/Senparc.Weixin.Work.Test/MassApi.cs", "/repo/src/Senparc.Weixin.Work/Senparc.Weixin.Work.Test/")]
    [InlineData("/repo/sdk/Azure.Storage/LiveTests/Upload.cs", "/repo/sdk/Azure.Storage/")]
    [InlineData("/repo/src/Specs/Ordering/WhenPlacingAnOrder.cs", "/repo/src/Specs/")]
    [InlineData("/repo/src/App/Helpers/ParserSpecs.cs", "/repo/src/App/")]
    [InlineData("/repo/src/App/Helpers/ParserTests.cs", null)]
    [InlineData(@"C:\repo\test\Foo.UnitTests\Bar.cs", null)]
    public void TestLayouts_AreTestCode(string path, string? projectDirectory)
        => Assert.Equal(CodeKind.Test, CodeKinds.OfPath(path, projectDirectory));

    [Theory]
    [InlineData("/repo/Samples/All/Senparc.Weixin.Sample.CommonService/Handler.cs", "/repo/Samples/All/Senparc.Weixin.Sample.CommonService/")]
    [InlineData("/repo/demo/WalkingTec.Mvvm.VueDemo/Program.cs", "/repo/demo/WalkingTec.Mvvm.VueDemo/")]
    [InlineData("/repo/src/examples/RemoteDeploy/System1/Program.cs", "/repo/src/examples/RemoteDeploy/System1/")]
    [InlineData("/repo/Minio.Examples.Simple/Program.cs", "/repo/Minio.Examples.Simple/")]
    public void SampleLayouts_AreSampleCode(string path, string projectDirectory)
        => Assert.Equal(CodeKind.Sample, CodeKinds.OfPath(path, projectDirectory));

    [Fact]
    public void TestsInsideASample_AreTestCode()
        => Assert.Equal(CodeKind.Test, CodeKinds.OfPath("/repo/samples/Shop/Shop.Tests/CartTests.cs", "/repo/samples/Shop/Shop.Tests/"));

    [Fact]
    public void DocsFolder_IsDocsCode()
        => Assert.Equal(CodeKind.Docs, CodeKinds.OfPath("/repo/docs/snippets/Configure.cs", null));

    [Theory]
    [InlineData("/repo/src/Core/Latest/Releases.cs", "/repo/src/Core/")]
    [InlineData("/repo/src/Contest/Judge.cs", "/repo/src/Contest/")]
    [InlineData("/repo/src/Attestation/Quote.cs", "/repo/src/Attestation/")]
    [InlineData("/repo/src/Api/Controllers/TestimonialsController.cs", "/repo/src/Api/")]
    [InlineData("/repo/src/Api/Specification/OpenApi.cs", "/repo/src/Api/")]
    public void LookAlikes_AreProductCode(string path, string projectDirectory)
        => Assert.Equal(CodeKind.None, CodeKinds.OfPath(path, projectDirectory));

    [Fact]
    public void CheckoutUnderATestFolder_IsNotTestCode()
        => Assert.Equal(CodeKind.None, CodeKinds.OfPath("/home/ci/tests/work/repo/src/Billing/Invoice.cs", "/home/ci/tests/work/repo/src/Billing/"));

    [Theory]
    [InlineData("Bitwarden.Api.IntegrationTest", "Test")]
    [InlineData("Core.Test", "Test")]
    [InlineData("Akka.Benchmarks", "Test")]
    [InlineData("CoreTests", "Test")]
    [InlineData("Minio.Examples.Host", "Sample")]
    [InlineData("Foo.Tests.Common", "Test")]
    [InlineData("Minio.Examples", "Sample")]
    [InlineData("WebSample", "Sample")]
    [InlineData("Contoso.Attestation", "None")]
    [InlineData("TestProject", "None")]
    public void ProjectNames(string name, string expected) => Assert.Equal(expected, CodeKinds.OfName(name).ToString());

    [Theory]
    [InlineData("all", "All")]
    [InlineData("none", "None")]
    [InlineData("product, sample", "Product, Sample")]
    [InlineData("Test,Docs", "Test, Docs")]
    public void OptionValues_Parse(string text, string expected)
    {
        Assert.True(CodeKinds.TryParse(text, out var kinds));
        Assert.Equal(expected, kinds.ToString());
    }

    [Theory]
    [InlineData("production")]
    [InlineData("tests;samples")]
    public void BadOptionValues_DoNotParse(string text) => Assert.False(CodeKinds.TryParse(text, out _));

    [Fact]
    public void Format_RoundTrips() => Assert.Equal("product, sample", CodeKinds.Format(CodeKind.Product | CodeKind.Sample));
}
