// SPDX-License-Identifier: MIT
using System;
using System.Linq;
using System.Collections.Immutable;
using System.IO;
using SourceExposure.Analyzers.DataResidency.Catalog;
using SourceExposure.Analyzers.DataResidency.Detection;

namespace SourceExposure.Tests.Rules.DataResidency;

public sealed class JurisdictionCatalogTests
{
    [Theory]
    [InlineData("oss-cn-hangzhou.aliyuncs.com", "cn")]
    [InlineData("oss-cn-hangzhou-internal.aliyuncs.com", "cn")]
    [InlineData("cn-hangzhou.oss.aliyuncs.com", "cn")]
    [InlineData("oss-cn-hongkong.aliyuncs.com", "hk")]
    [InlineData("oss-ap-southeast-1.aliyuncs.com", "sg")]
    [InlineData("oss-eu-west-1.aliyuncs.com", "gb")]
    [InlineData("ecs.aliyuncs.com", "cn")]
    [InlineData("s3.cn-north-1.amazonaws.com.cn", "cn")]
    [InlineData("s3.amazonaws.com.cn", "cn")]
    [InlineData("s3.eu-west-1.amazonaws.com", "ie")]
    [InlineData("s3-us-west-2.amazonaws.com", "us")]
    [InlineData("ec2.us-gov-west-1.amazonaws.com", "us")]
    [InlineData("s3.ap-east-1.amazonaws.com", "hk")]
    [InlineData("orders.blob.core.chinacloudapi.cn", "cn")]
    [InlineData("orders.vault.usgovcloudapi.net", "us")]
    [InlineData("cos.ap-guangzhou.myqcloud.com", "cn")]
    [InlineData("cos.ap-hongkong.myqcloud.com", "hk")]
    [InlineData("ecs.cn-north-4.myhuaweicloud.com", "cn")]
    [InlineData("ecs.ap-southeast-1.myhuaweicloud.com", "hk")]
    [InlineData("bj.bcebos.com", "cn")]
    [InlineData("orders.hkg.bcebos.com", "hk")]
    [InlineData("bcc.gz.baidubce.com", "cn")]
    [InlineData("asia-east2-aiplatform.googleapis.com", "hk")]
    [InlineData("api.orders.cn", "cn")]
    [InlineData("api.orders.hk", "hk")]
    [InlineData("api.orders.tw", "tw")]
    [InlineData("api.orders.mo", "mo")]
    public void KnownHosts_ArePlaced(string host, string jurisdiction)
    {
        Assert.True(JurisdictionCatalog.TryMatchHost(host, out var match), host);
        Assert.Equal(jurisdiction, match.Jurisdiction);
    }

    [Theory]
    [InlineData("aliyuncs.com")]
    [InlineData("cvm.tencentcloudapi.com")]
    [InlineData("cos.accelerate.myqcloud.com")]
    [InlineData("orders.blob.core.windows.net")]
    [InlineData("s3.amazonaws.com")]
    [InlineData("localhost")]
    [InlineData("example.com")]
    [InlineData("api.example.cn")]
    [InlineData("schemas.microsoft.com")]
    [InlineData("service.test")]
    public void OtherHosts_AreNotPlaced(string host) => Assert.False(JurisdictionCatalog.TryMatchHost(host, out _), host);

    [Theory]
    [InlineData("api.weixin.qq.com", "cn", "Operator")]
    [InlineData("file.api.weixin.qq.com", "cn", "Operator")]
    [InlineData("sh.api.weixin.qq.com", "cn", "Platform")]
    [InlineData("hk.api.weixin.qq.com", "hk", "Platform")]
    [InlineData("qyapi.weixin.qq.com", "cn", "Operator")]
    [InlineData("open.weixin.qq.com", "cn", "Operator")]
    [InlineData("api.mch.weixin.qq.com", "cn", "Operator")]
    [InlineData("api2.mch.weixin.qq.com", "cn", "Operator")]
    [InlineData("apihk.mch.weixin.qq.com", "hk", "Platform")]
    [InlineData("apius.mch.weixin.qq.com", "us", "Platform")]
    [InlineData("openapi.alipay.com", "cn", "Operator")]
    [InlineData("openapi-sandbox.dl.alipaydev.com", "cn", "Operator")]
    [InlineData("open-na-global.alipay.com", "us", "Platform")]
    [InlineData("gateway.95516.com", "cn", "Operator")]
    [InlineData("restapi.amap.com", "cn", "Operator")]
    [InlineData("oapi.dingtalk.com", "cn", "Operator")]
    [InlineData("api.tpns.hk.tencent.com", "hk", "Platform")]
    [InlineData("connect-dre.dbankcloud.cn", "de", "Platform")]
    [InlineData("msgapi.umeng.com", "cn", "Operator")]
    [InlineData("vpc.jdcloud-api.com", "cn", "Platform")]
    public void PlatformHosts_ArePlacedWithTheirBasis(string host, string jurisdiction, string evidence)
    {
        Assert.True(JurisdictionCatalog.TryMatchHost(host, out var match), host);
        Assert.Equal(jurisdiction, match.Jurisdiction);
        Assert.Equal(evidence, match.Evidence.ToString());
    }

    [Theory]
    [InlineData("developers.weixin.qq.com")]
    [InlineData("pay.weixin.qq.com")]
    [InlineData("open-sea-global.alipay.com")]
    [InlineData("push-api.cloud.huawei.com")]
    [InlineData("api.xmpush.global.xiaomi.com")]
    [InlineData("dysmsapi.aliyuncs.com")]
    [InlineData("open.larksuite.com")]
    [InlineData("www.qq.com")]
    [InlineData("alipay.com")]
    public void PlatformHostsWithoutAFixedPlace_AreNotPlaced(string host) => Assert.False(JurisdictionCatalog.TryMatchHost(host, out _), host);

    [Theory]
    [InlineData("ecs.cn-wuhan-lr.aliyuncs.com", "cn")]
    [InlineData("oss-cn-yushanfang.aliyuncs.com", "cn")]
    [InlineData("ecs.cn-hongkong.aliyuncs.com", "hk")]
    [InlineData("s3.cn-southwest-1.amazonaws.com.cn", "cn")]
    public void UnlistedRegionsThatTheProvidersNamingPlaces_ArePlaced(string host, string jurisdiction)
    {
        Assert.True(JurisdictionCatalog.TryMatchHost(host, out var match), host);
        Assert.Equal(jurisdiction, match.Jurisdiction);
    }

    [Theory]
    [InlineData("sts.aliyuncs.com", "sts_cn-yushanfang", "cn")]
    [InlineData("dysmsapi.aliyuncs.com", "dysmsapi_cn-shenzhen", "cn")]
    [InlineData("dysmsapi.aliyuncs.com", "dysmsapi_cn-hongkong", "hk")]
    public void RegionlessHosts_ArePlacedByTheRegionBesideThem(string host, string neighbour, string jurisdiction)
    {
        Assert.True(JurisdictionCatalog.TryPlaceWithRegion(host, neighbour, out var match), host);
        Assert.Equal(jurisdiction, match.Jurisdiction);
    }

    [Theory]
    [InlineData("sts.aliyuncs.com", "sts")]
    [InlineData("api.weixin.qq.com", "cn-beijing")]
    [InlineData("oss-cn-hangzhou.aliyuncs.com", "us-west-1")]
    public void HostsThatAreAlreadyDecidedOrHaveNoRegionBeside_AreNotPlacedByNeighbours(string host, string neighbour)
        => Assert.False(JurisdictionCatalog.TryPlaceWithRegion(host, neighbour, out _));

    [Fact]
    public void OperatorPlacedHosts_SayTheVendorStatesNoLocation()
    {
        Assert.True(JurisdictionCatalog.TryMatchHost("api.weixin.qq.com", out var match));
        Assert.Equal("WeChat API, Tencent; nearest access point chosen by WeChat; no serving location stated, operated from mainland China", match.Description);
    }

    [Fact]
    public void EveryPlatformEntry_HasAKnownJurisdictionAndASource()
    {
        foreach (var platform in JurisdictionCatalog.PlatformHosts)
        {
            Assert.True(platform.Jurisdiction is null || Jurisdictions.IsKnown(platform.Jurisdiction), platform.Host);
            Assert.True(
                platform.Source.StartsWith("https://", StringComparison.Ordinal) || platform.Source.Contains("(secondary)", StringComparison.Ordinal),
                $"{platform.Host}: a source is a vendor URL or marked (secondary)");
        }

        Assert.Equal(JurisdictionCatalog.PlatformHosts.Length, JurisdictionCatalog.PlatformHosts.Select(p => p.Host).Distinct().Count());
    }

    [Fact]
    public void SameRegionId_MeansDifferentPlacesAtDifferentProviders()
    {
        Assert.True(JurisdictionCatalog.TryFindRegion(JurisdictionCatalog.Aws, "ap-southeast-1", out var aws));
        Assert.True(JurisdictionCatalog.TryFindRegion(JurisdictionCatalog.Huawei, "ap-southeast-1", out var huawei));
        Assert.True(JurisdictionCatalog.TryFindRegion(JurisdictionCatalog.Alibaba, "eu-west-1", out var alibaba));
        Assert.Equal("sg", aws.Jurisdiction);
        Assert.Equal("hk", huawei.Jurisdiction);
        Assert.Equal("gb", alibaba.Jurisdiction);
    }

    [Fact]
    public void EveryEntry_HasAJurisdictionCodeAndAnHttpsSource()
    {
        foreach (var region in JurisdictionCatalog.Regions)
        {
            Assert.True(Jurisdictions.IsKnown(region.Jurisdiction), region.Id);
            Assert.StartsWith("https://", region.Source, StringComparison.Ordinal);
        }

        foreach (var rule in JurisdictionCatalog.HostRules)
        {
            Assert.True(rule.Jurisdiction is null || Jurisdictions.IsKnown(rule.Jurisdiction), rule.Suffix);
            Assert.StartsWith("https://", rule.Source, StringComparison.Ordinal);
        }

        foreach (var constant in JurisdictionCatalog.SdkConstants)
        {
            Assert.True(JurisdictionCatalog.TryFindRegion(constant.Provider, constant.RegionId, out _), constant.Member);
        }
    }

    [Fact]
    public void AzureLocationConstants_UseTheSdkPropertyNames()
    {
        Assert.True(JurisdictionCatalog.TryFindConstant("Azure.Core.AzureLocation", "ChinaEast2", out var china));
        Assert.Equal("chinaeast2", china.RegionId);
        Assert.True(JurisdictionCatalog.TryFindConstant("Azure.Core.AzureLocation", "SoutheastAsia", out _));
        Assert.True(JurisdictionCatalog.TryFindConstant("Azure.Core.AzureLocation", "BrazilSoutheast", out _));
        Assert.True(JurisdictionCatalog.TryFindConstant("Azure.Core.AzureLocation", "WestCentralUS", out _));
        Assert.True(JurisdictionCatalog.TryFindConstant("Azure.Core.AzureLocation", "USDoDEast", out _));
        Assert.True(JurisdictionCatalog.TryFindConstant("Amazon.RegionEndpoint", "CNNorthWest1", out var ningxia));
        Assert.Equal("cn-northwest-1", ningxia.RegionId);
    }

    [Theory]
    [InlineData(null, "", "cn", true)]
    [InlineData(null, "", "hk", false)]
    [InlineData(null, "", "us", false)]
    [InlineData("cn", "", "cn", false)]
    [InlineData("cn", "", "hk", true)]
    [InlineData("cn", "", "us", true)]
    [InlineData("cn", "cn,hk", "hk", false)]
    [InlineData("us", "", "cn", true)]
    [InlineData(null, "eu", "de", false)]
    [InlineData(null, "eu", "gb", true)]
    public void Policy_DisallowsAsDocumented(string? home, string allowed, string destination, bool disallowed)
    {
        var policy = ResidencyPolicy.Create(home, allowed.Length == 0 ? ImmutableArray<string>.Empty : ImmutableArray.Create(allowed.Split(',')));
        Assert.Equal(disallowed, policy.Disallows(destination));
    }

    [Theory]
    [InlineData("CustomerPhone", true)]
    [InlineData("phone_number", true)]
    [InlineData("NationalId", true)]
    [InlineData("DateOfBirth", true)]
    [InlineData("IMEI", true)]
    [InlineData("HomeAddress", true)]
    [InlineData("Latitude", true)]
    [InlineData("身份证号", true)]
    [InlineData("BaseAddress", false)]
    [InlineData("RemoteIpAddress", false)]
    [InlineData("ClassName", false)]
    [InlineData("OrderId", false)]
    public void PersonalDataNames_AreRecognised(string name, bool personal)
        => Assert.Equal(personal, PersonalDataNames.IsPersonalDataName(name));

    [Theory]
    [InlineData("https://")]
    [InlineData("https:///path")]
    [InlineData("://orders.cn")]
    [InlineData("a://b")]
    [InlineData("https://@")]
    [InlineData("https://user@:443")]
    [InlineData("Server=;Host=")]
    [InlineData("Server=tcp:,1433;")]
    [InlineData("Data Source=\\sql;")]
    [InlineData("x.")]
    [InlineData(".cn.")]
    [InlineData("..cn")]
    [InlineData("https://orders.cn:port/")]
    [InlineData("-orders.cn")]
    public void MalformedText_IsNotPlaced(string text) => Assert.False(EndpointText.TryFind(text, out _, out _), text);

    [Theory]
    [InlineData("https://oss-cn-hangzhou.aliyuncs.com:443/b?x=1", "oss-cn-hangzhou.aliyuncs.com", "Url")]
    [InlineData("https://user:pw@orders.blob.core.chinacloudapi.cn/c", "orders.blob.core.chinacloudapi.cn", "Url")]
    [InlineData("OSS-CN-HANGZHOU.ALIYUNCS.COM", "oss-cn-hangzhou.aliyuncs.com", "Host")]
    [InlineData("Server=tcp:orders.database.chinacloudapi.cn,1433;Database=x", "orders.database.chinacloudapi.cn", "ConnectionString")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=a;EndpointSuffix=core.chinacloudapi.cn", "account.core.chinacloudapi.cn", "ConnectionString")]
    public void EndpointText_FindsTheHost(string text, string host, string form)
    {
        Assert.True(EndpointText.TryFind(text, out var match, out var actualForm));
        Assert.Equal(host, match.Host);
        Assert.Equal(form, actualForm.ToString());
    }

    [Fact]
    public void JurisdictionsPage_MatchesTheCatalogData()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "rules", "jurisdictions.md");
        var expected = JurisdictionCatalogMarkdown.Render();
        if (Environment.GetEnvironmentVariable("SOURCE_EXPOSURE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/rules/jurisdictions.md is missing; run with SOURCE_EXPOSURE_UPDATE_DOCS=1 to generate it.");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SourceExposure.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SourceExposure.sln not found above " + AppContext.BaseDirectory);
    }
}
