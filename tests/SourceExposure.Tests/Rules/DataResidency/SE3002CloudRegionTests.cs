// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.DataResidency;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.DataResidency.SE3002CloudRegionAnalyzer>;

namespace SourceExposure.Tests.Rules.DataResidency;

public sealed class SE3002CloudRegionTests
{
    // Minimal stand-ins for the provider SDKs: namespaces and member names as the real packages declare them.
    private const string Sdks = """

        namespace Amazon
        {
            public sealed class RegionEndpoint
            {
                public static readonly RegionEndpoint CNNorth1 = new RegionEndpoint();
                public static readonly RegionEndpoint CNNorthWest1 = new RegionEndpoint();
                public static readonly RegionEndpoint APEast1 = new RegionEndpoint();
                public static readonly RegionEndpoint APSoutheast1 = new RegionEndpoint();
                public static readonly RegionEndpoint USEast1 = new RegionEndpoint();
                public static RegionEndpoint GetBySystemName(string systemName) => new RegionEndpoint();
            }
        }
        namespace Amazon.S3
        {
            public class AmazonS3Config { public string AuthenticationRegion { get; set; } = ""; public Amazon.RegionEndpoint? RegionEndpoint { get; set; } }
            public class AmazonS3Client { public AmazonS3Client(Amazon.RegionEndpoint region) { } }
        }
        namespace Azure.Core
        {
            public readonly struct AzureLocation
            {
                public AzureLocation(string location) { }
                public static AzureLocation ChinaEast2 => default;
                public static AzureLocation EastAsia => default;
                public static AzureLocation WestEurope => default;
                public static implicit operator AzureLocation(string location) => default;
            }
        }
        namespace Google.Cloud.Location { public sealed class LocationName { public LocationName(string projectId, string locationId) { } } }
        namespace Aliyun.Acs.Core.Profile { public class DefaultProfile { public static DefaultProfile GetProfile(string regionId, string accessKeyId, string secret) => new DefaultProfile(); } }
        namespace TencentCloud.Cvm.V20170312 { public class CvmClient { public CvmClient(object credential, string region) { } } }
        namespace HuaweiCloud.SDK.Ecs.V2
        {
            public class EcsRegion
            {
                public static readonly EcsRegion CN_NORTH_4 = new EcsRegion();
                public static readonly EcsRegion AP_SOUTHEAST_1 = new EcsRegion();
                public static EcsRegion ValueOf(string regionId) => new EcsRegion();
            }
        }
        """;

    private const string Mainland = "mainland China";

    [Fact]
    public Task AwsChinaRegionConstantsAndIds_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using Amazon;
        using Amazon.S3;

        class Storage
        {
            AmazonS3Client Beijing() => new AmazonS3Client({|#0:RegionEndpoint.CNNorth1|});
            AmazonS3Client Ningxia() => new AmazonS3Client(RegionEndpoint.GetBySystemName({|#1:"cn-northwest-1"|}));
            AmazonS3Config Config() => new AmazonS3Config { AuthenticationRegion = {|#2:"cn-north-1"|}, RegionEndpoint = {|#3:RegionEndpoint.CNNorthWest1|} };
        }
        """ + Sdks,
        Verify.Diagnostic().WithLocation(0).WithArguments("cn-north-1", "AWS China (Beijing)", Mainland),
        Verify.Diagnostic().WithLocation(1).WithArguments("cn-northwest-1", "AWS China (Ningxia)", Mainland),
        Verify.Diagnostic().WithLocation(2).WithArguments("cn-north-1", "AWS China (Beijing)", Mainland),
        Verify.Diagnostic().WithLocation(3).WithArguments("cn-northwest-1", "AWS China (Ningxia)", Mainland));

    [Fact]
    public Task AzureChinaLocations_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using Azure.Core;

        class Deployment
        {
            AzureLocation Primary => {|#0:AzureLocation.ChinaEast2|};
            AzureLocation Secondary => new AzureLocation({|#1:"chinanorth3"|});
            AzureLocation Backup() { AzureLocation location = {|#2:"chinaeast"|}; return location; }
        }
        """ + Sdks,
        Verify.Diagnostic().WithLocation(0).WithArguments("chinaeast2", "Microsoft Azure China East 2", Mainland),
        Verify.Diagnostic().WithLocation(1).WithArguments("chinanorth3", "Microsoft Azure China North 3", Mainland),
        Verify.Diagnostic().WithLocation(2).WithArguments("chinaeast", "Microsoft Azure China East", Mainland));

    [Fact]
    public Task ChineseProviderRegionIds_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using Aliyun.Acs.Core.Profile;
        using HuaweiCloud.SDK.Ecs.V2;
        using TencentCloud.Cvm.V20170312;

        class Clients
        {
            DefaultProfile Alibaba(string id, string secret) => DefaultProfile.GetProfile({|#0:"cn-hangzhou"|}, id, secret);
            CvmClient Tencent(object credential) => new CvmClient(credential, {|#1:"ap-guangzhou"|});
            EcsRegion Huawei() => EcsRegion.ValueOf({|#2:"cn-north-4"|});
            EcsRegion HuaweiConstant() => {|#3:EcsRegion.CN_NORTH_4|};
        }
        """ + Sdks,
        Verify.Diagnostic().WithLocation(0).WithArguments("cn-hangzhou", "Alibaba Cloud China (Hangzhou)", Mainland),
        Verify.Diagnostic().WithLocation(1).WithArguments("ap-guangzhou", "Tencent Cloud South China (Guangzhou)", Mainland),
        Verify.Diagnostic().WithLocation(2).WithArguments("cn-north-4", "Huawei Cloud CN North-Beijing4", Mainland),
        Verify.Diagnostic().WithLocation(3).WithArguments("cn-north-4", "Huawei Cloud CN North-Beijing4", Mainland));

    [Fact]
    public Task HongKongAndSingaporeRegions_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using Amazon;
        using Aliyun.Acs.Core.Profile;
        using Azure.Core;
        using HuaweiCloud.SDK.Ecs.V2;
        using TencentCloud.Cvm.V20170312;

        class Offshore
        {
            object[] All(object credential) =>
            [
                RegionEndpoint.APEast1,
                AzureLocation.EastAsia,
                DefaultProfile.GetProfile("cn-hongkong", "id", "secret"),
                DefaultProfile.GetProfile("ap-southeast-1", "id", "secret"),
                new CvmClient(credential, "ap-hongkong"),
                EcsRegion.ValueOf("ap-southeast-1"),
                EcsRegion.AP_SOUTHEAST_1,
            ];
        }
        """ + Sdks);

    [Fact]
    public Task RegionStringsWithoutAProviderApi_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Globalization;

        class Loose
        {
            const string Region = "cn-north-1";
            string culture = CultureInfo.GetCultureInfo("zh-CN").Name;
            bool IsChina(string region) => string.Equals(region, "cn-northwest-1") || region.StartsWith("cn-");
            string Label(string region) => region switch { "cn-hangzhou" => "Hangzhou", _ => region };
        }
        """ + Sdks);

    [Fact]
    public Task RegionReadFromConfiguration_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using Amazon;

        class Storage
        {
            RegionEndpoint Region() => RegionEndpoint.GetBySystemName(Environment.GetEnvironmentVariable("AWS_REGION") ?? "");
        }
        """ + Sdks);

    [Fact]
    public Task SameRegionIdAtTwoProviders_IsReportedOnlyWhereItIsHongKong() => new Verify.Test
    {
        TestCode = """
            using Aliyun.Acs.Core.Profile;
            using Amazon;
            using HuaweiCloud.SDK.Ecs.V2;

            class Regions
            {
                RegionEndpoint Aws() => RegionEndpoint.GetBySystemName("ap-southeast-1");
                DefaultProfile Alibaba() => DefaultProfile.GetProfile("ap-southeast-1", "id", "secret");
                EcsRegion Huawei() => EcsRegion.ValueOf({|#0:"ap-southeast-1"|});
            }
            """ + Sdks,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.residency.home", "cn"), ("source_exposure.residency.allowed", "sg")) } },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("ap-southeast-1", "Huawei Cloud CN-Hong Kong", "Hong Kong SAR") },
    }.RunAsync();

    [Fact]
    public Task HomeChinaReportsRegionsAbroad_IsReported() => new Verify.Test
    {
        TestCode = """
            using Amazon;
            using Azure.Core;

            class Regions
            {
                RegionEndpoint Home => RegionEndpoint.CNNorth1;
                RegionEndpoint Abroad => {|#0:RegionEndpoint.USEast1|};
                AzureLocation Europe => {|#1:AzureLocation.WestEurope|};
                Google.Cloud.Location.LocationName Taiwan => new Google.Cloud.Location.LocationName("bank-gateway", {|#2:"asia-east1"|});
            }
            """ + Sdks,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.residency.home", "cn")) } },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(2).WithArguments("asia-east1", "Google Cloud Changhua County, Taiwan", "Taiwan"),
            Verify.Diagnostic().WithLocation(0).WithArguments("us-east-1", "AWS US East (N. Virginia)", "the United States"),
            Verify.Diagnostic().WithLocation(1).WithArguments("westeurope", "Microsoft Azure West Europe (Netherlands)", "the Netherlands"),
        },
    }.RunAsync();

    [Fact]
    public Task IncompleteCodeAsTyped_IsReportedWithoutThrowing() => new Verify.Test
    {
        TestCode = """
            class C
            {
                object M() => Amazon.RegionEndpoint.GetBySystemName("cn-north-1"
            """ + Sdks,
        CompilerDiagnostics = CompilerDiagnostics.None,
        ExpectedDiagnostics = { Verify.Diagnostic().WithSpan(3, 57, 3, 69).WithArguments("cn-north-1", "AWS China (Beijing)", "mainland China") },
    }.RunAsync();
}
