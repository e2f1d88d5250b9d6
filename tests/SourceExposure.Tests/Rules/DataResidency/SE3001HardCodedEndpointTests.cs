// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.DataResidency;
using SourceExposure.CodeFixes.DataResidency;
using Verify = SourceExposure.Tests.CSharpCodeFixVerifier<
    SourceExposure.Analyzers.DataResidency.SE3001HardCodedEndpointAnalyzer,
    SourceExposure.CodeFixes.DataResidency.SE3001HardCodedEndpointCodeFix>;

namespace SourceExposure.Tests.Rules.DataResidency;

public sealed class SE3001HardCodedEndpointTests
{
    private const string Sdks = """

        namespace Aliyun.OSS { public class OssClient { public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { } } }
        namespace Amazon.Runtime { public class ClientConfig { public string ServiceURL { get; set; } = ""; } }
        """;

    private const string Mainland = "mainland China";

    [Fact]
    public Task AlibabaOssEndpointInClientConstructor_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Uploader
        {
            Aliyun.OSS.OssClient Create(string id, string secret) => new Aliyun.OSS.OssClient({|#0:"https://oss-cn-hangzhou.aliyuncs.com"|}, id, secret);
        }
        """ + Sdks,
        Verify.Diagnostic().WithLocation(0).WithArguments("oss-cn-hangzhou.aliyuncs.com", "Alibaba Cloud region cn-hangzhou", Mainland));

    [Fact]
    public Task AwsChinaServiceUrl_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Storage
        {
            Amazon.Runtime.ClientConfig Config() => new Amazon.Runtime.ClientConfig { ServiceURL = {|#0:"https://s3.cn-north-1.amazonaws.com.cn"|} };
        }
        """ + Sdks,
        Verify.Diagnostic().WithLocation(0).WithArguments("s3.cn-north-1.amazonaws.com.cn", "AWS region cn-north-1", Mainland));

    [Fact]
    public Task ChinaPlatformApiHosts_AreReportedWithHowTheyArePlaced() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net.Http;
        class WeChatPayClient
        {
            const string ApiMpHost = {|#0:"https://api.weixin.qq.com"|};
            const string ApiWorkHost = {|#1:"https://qyapi.weixin.qq.com"|};
            string unifiedOrder = {|#2:"https://api.mch.weixin.qq.com/pay/unifiedorder"|};
            string alipay = {|#3:"https://openapi.alipay.com/gateway.do"|};
            string shanghai = {|#4:"https://sh.api.weixin.qq.com/cgi-bin/token"|};
            void Send(HttpClient http, string openId) => http.GetAsync($"{|#5:https://api.weixin.qq.com/sns/userinfo?openid=|}{openId}");
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("api.weixin.qq.com", "WeChat API, Tencent; nearest access point chosen by WeChat; no serving location stated, operated from mainland China", Mainland),
        Verify.Diagnostic().WithLocation(1).WithArguments("qyapi.weixin.qq.com", "WeCom API, Tencent; no serving location stated, operated from mainland China", Mainland),
        Verify.Diagnostic().WithLocation(2).WithArguments("api.mch.weixin.qq.com", "WeChat Pay API, Tencent; nearest access point; for institutions whose servers are in mainland China; no serving location stated, operated from mainland China", Mainland),
        Verify.Diagnostic().WithLocation(3).WithArguments("openapi.alipay.com", "Alipay open platform gateway, Ant Group; no serving location stated, operated from mainland China", Mainland),
        Verify.Diagnostic().WithLocation(4).WithArguments("sh.api.weixin.qq.com", "WeChat API, Shanghai access point, Tencent", Mainland),
        Verify.Diagnostic().WithLocation(5).WithArguments("api.weixin.qq.com", "WeChat API, Tencent; nearest access point chosen by WeChat; no serving location stated, operated from mainland China", Mainland));

    [Fact]
    public Task PlatformAccessPointsOutsideTheMainlandAndDocumentationSites_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Endpoints
        {
            string hk = "https://hk.api.weixin.qq.com/cgi-bin/token";
            string payHk = "https://apihk.mch.weixin.qq.com/v3/global/transactions";
            string antom = "https://open-sea-global.alipay.com/ams/api/v1/payments/pay";
            string docs = "https://developers.weixin.qq.com/doc/offiaccount/Getting_Started/Overview.html";
            string push = "https://push-api.cloud.huawei.com/v1/app/messages:send";
            string sms = "dysmsapi.aliyuncs.com";
        }
        """);

    [Fact]
    public Task EndpointsInTestCode_AreNotReportedByDefault() => new Verify.Test
    {
        TestState = { Sources = { ("/0/tests/Oss.Tests/ClientTests.cs", """class ClientTests { string endpoint = "https://oss-cn-hangzhou.aliyuncs.com"; }""") } },
    }.RunAsync();

    [Fact]
    public Task ProviderHostsOfEveryChineseCloud_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class Endpoints
        {
            const string Blob = {|#0:"https://orders.blob.core.chinacloudapi.cn/"|};
            const string Cos = {|#1:"https://orders-1250000000.cos.ap-guangzhou.myqcloud.com"|};
            const string Cvm = {|#2:"cvm.ap-shanghai.tencentcloudapi.com"|};
            const string Obs = {|#3:"https://obs.cn-north-4.myhuaweicloud.com"|};
            const string Bos = {|#4:"https://bj.bcebos.com/orders"|};
            const string Ecs = {|#5:"ecs.aliyuncs.com"|};
            const string Ningxia = {|#6:"https://dynamodb.cn-northwest-1.amazonaws.com.cn"|};
            const string Vault = {|#7:"https://orders.vault.azure.cn"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("orders.blob.core.chinacloudapi.cn", "Azure China (21Vianet)", Mainland),
        Verify.Diagnostic().WithLocation(1).WithArguments("orders-1250000000.cos.ap-guangzhou.myqcloud.com", "Tencent Cloud region ap-guangzhou", Mainland),
        Verify.Diagnostic().WithLocation(2).WithArguments("cvm.ap-shanghai.tencentcloudapi.com", "Tencent Cloud region ap-shanghai", Mainland),
        Verify.Diagnostic().WithLocation(3).WithArguments("obs.cn-north-4.myhuaweicloud.com", "Huawei Cloud region cn-north-4", Mainland),
        Verify.Diagnostic().WithLocation(4).WithArguments("bj.bcebos.com", "Baidu AI Cloud region bj", Mainland),
        Verify.Diagnostic().WithLocation(5).WithArguments("ecs.aliyuncs.com", "Alibaba Cloud ECS API, central endpoint of cn-hangzhou", Mainland),
        Verify.Diagnostic().WithLocation(6).WithArguments("dynamodb.cn-northwest-1.amazonaws.com.cn", "AWS region cn-northwest-1", Mainland),
        Verify.Diagnostic().WithLocation(7).WithArguments("orders.vault.azure.cn", "Azure China (21Vianet)", Mainland));

    [Fact]
    public Task HttpClientCallsAndBaseAddress_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;

        class Telemetry
        {
            async Task Send(HttpClient client, HttpContent body)
            {
                client.BaseAddress = new Uri({|#0:"https://collector.telemetry.cn/"|});
                await client.PostAsync({|#1:"https://upload.orders.com.cn/v1/batch"|}, body);
                await client.GetStringAsync({|#2:"https://config.oss-cn-shanghai.aliyuncs.com/app.json"|});
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("collector.telemetry.cn", "country-code TLD .cn", Mainland),
        Verify.Diagnostic().WithLocation(1).WithArguments("upload.orders.com.cn", "country-code TLD .cn", Mainland),
        Verify.Diagnostic().WithLocation(2).WithArguments("config.oss-cn-shanghai.aliyuncs.com", "Alibaba Cloud region cn-shanghai", Mainland));

    [Fact]
    public Task ServerInConnectionStrings_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Databases
        {
            string sql = {|#0:"Server=tcp:orders.database.chinacloudapi.cn,1433;Database=orders;Authentication=Active Directory Default"|};
            string pg = {|#1:"Host=pgm-orders.pg.rds.cn-shanghai.aliyuncs.com;Port=5432;Database=orders"|};
            string bus = {|#2:"Endpoint=sb://orders.servicebus.chinacloudapi.cn/;SharedAccessKeyName=send"|};
            string mysql = {|#3:"Data Source=db.orders.cn;Initial Catalog=orders"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("orders.database.chinacloudapi.cn", "Azure China (21Vianet)", Mainland),
        Verify.Diagnostic().WithLocation(1).WithArguments("pgm-orders.pg.rds.cn-shanghai.aliyuncs.com", "Alibaba Cloud region cn-shanghai", Mainland),
        Verify.Diagnostic().WithLocation(2).WithArguments("orders.servicebus.chinacloudapi.cn", "Azure China (21Vianet)", Mainland),
        Verify.Diagnostic().WithLocation(3).WithArguments("db.orders.cn", "country-code TLD .cn", Mainland));

    [Fact]
    public Task UrlInInterpolatedString_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Paths
        {
            string Object(string key) => $"{|#0:https://oss-cn-beijing.aliyuncs.com/orders/|}{key}";
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("oss-cn-beijing.aliyuncs.com", "Alibaba Cloud region cn-beijing", Mainland));

    [Fact]
    public Task HongKongAndSingaporeRegionsOfChineseProviders_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Offshore
        {
            const string Oss = "https://oss-cn-hongkong.aliyuncs.com";
            const string OssSg = "https://oss-ap-southeast-1.aliyuncs.com";
            const string Cos = "https://orders-1250000000.cos.ap-hongkong.myqcloud.com";
            const string Obs = "https://obs.ap-southeast-1.myhuaweicloud.com";
            const string Bos = "https://hkg.bcebos.com";
            const string S3 = "https://s3.ap-east-1.amazonaws.com";
            const string Gcs = "https://asia-east2-aiplatform.googleapis.com";
        }
        """);

    [Fact]
    public Task DocumentationSchemasAndLocalHosts_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Net.Http;

        class Harmless
        {
            const string Help = "https://help.aliyun.com/document_detail/31837.html";
            const string Docs = "https://docs.azure.cn/zh-cn/storage/blobs/";
            const string Xsd = "http://schemas.microsoft.com/winfx/2006/xaml";
            const string W3 = "http://www.w3.org/2001/XMLSchema-instance";
            const string Culture = "zh-CN";
            const string Resources = "BankGateway.Resources.Strings.zh-CN.resources";
            const string Neutral = "BankGateway.Strings.cn";
            const string Domain = "aliyuncs.com";
            const string Nearest = "cvm.tencentcloudapi.com";
            readonly Uri local = new Uri("http://localhost:5000/");
            readonly Uri sample = new Uri("https://example.com/api");
            readonly Uri sampleCn = new Uri("https://api.example.cn/api");
            bool IsAlibaba(string host) => host.EndsWith(".aliyuncs.com");
        }
        """);

    [Fact]
    public Task EndpointReadFromConfiguration_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        class Uploader
        {
            Aliyun.OSS.OssClient Create(string id, string secret)
                => new Aliyun.OSS.OssClient(Environment.GetEnvironmentVariable("OSS_ENDPOINT")!, id, secret);
        }
        """ + Sdks);

    [Fact]
    public Task DefaultPolicyAllowsOtherCountries_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Global
        {
            const string S3 = "https://s3.us-east-1.amazonaws.com";
            const string Oss = "https://oss-eu-central-1.aliyuncs.com";
            const string Gov = "https://orders.blob.core.usgovcloudapi.net";
        }
        """);

    [Fact]
    public Task HomeChinaReportsEndpointsAbroad_IsReported() => new Verify.Test
    {
        TestCode = """
            class Global
            {
                const string S3 = {|#0:"https://s3.us-east-1.amazonaws.com"|};
                const string Oss = "https://oss-cn-hangzhou.aliyuncs.com";
                const string Hk = {|#1:"https://oss-cn-hongkong.aliyuncs.com"|};
                const string Gcp = {|#2:"https://asia-east2-aiplatform.googleapis.com"|};
                const string Gov = {|#3:"https://orders.blob.core.usgovcloudapi.net"|};
                const string Tw = "https://api.orders.tw";
            }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.residency.home", "cn")) } },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(2).WithArguments("asia-east2-aiplatform.googleapis.com", "Google Cloud region asia-east2", "Hong Kong SAR"),
            Verify.Diagnostic().WithLocation(3).WithArguments("orders.blob.core.usgovcloudapi.net", "Azure US Government", "the United States"),
            Verify.Diagnostic().WithLocation(0).WithArguments("s3.us-east-1.amazonaws.com", "AWS region us-east-1", "the United States"),
            Verify.Diagnostic().WithLocation(1).WithArguments("oss-cn-hongkong.aliyuncs.com", "Alibaba Cloud region cn-hongkong", "Hong Kong SAR"),
        },
    }.RunAsync();

    [Fact]
    public Task HomeChinaWithHongKongAllowed_ReportsOnlySingapore() => new Verify.Test
    {
        TestCode = """
            class Global
            {
                const string Hk = "https://oss-cn-hongkong.aliyuncs.com";
                const string Sg = {|#0:"https://oss-ap-southeast-1.aliyuncs.com"|};
            }
            """,
        TestState =
        {
            AnalyzerConfigFiles =
            {
                ("/0/.editorconfig", """
                    root = true

                    [*.cs]
                    source_exposure.residency.home = CN
                    source_exposure.residency.allowed = cn, hk
                    """),
            },
        },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("oss-ap-southeast-1.aliyuncs.com", "Alibaba Cloud region ap-southeast-1", "Singapore") },
    }.RunAsync();

    [Fact]
    public Task AllowedEuWithoutHome_ReportsOutsideTheUnion() => new Verify.Test
    {
        TestCode = """
            class Global
            {
                const string Frankfurt = "https://s3.eu-central-1.amazonaws.com";
                const string Dublin = "https://s3.eu-west-1.amazonaws.com";
                const string Virginia = {|#0:"https://s3.us-east-1.amazonaws.com"|};
                const string London = {|#1:"https://oss-eu-west-1.aliyuncs.com"|};
            }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.residency.allowed", "eu")) } },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithArguments("s3.us-east-1.amazonaws.com", "AWS region us-east-1", "the United States"),
            Verify.Diagnostic().WithLocation(1).WithArguments("oss-eu-west-1.aliyuncs.com", "Alibaba Cloud region eu-west-1", "the United Kingdom"),
        },
    }.RunAsync();

    [Fact]
    public Task UnknownJurisdictionCodes_AreReportedBySE0001AndDefaultApplies() => new Verify.Test
    {
        TestCode = """
            class Global
            {
                const string S3 = "https://s3.us-east-1.amazonaws.com";
                const string Oss = {|#0:"https://oss-cn-hangzhou.aliyuncs.com"|};
            }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.residency.home", "china"), ("source_exposure.residency.allowed", "cn,europe")) } },
        AdditionalAnalyzers = { new SE0001InvalidConfigurationAnalyzer() },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithArguments("oss-cn-hangzhou.aliyuncs.com", "Alibaba Cloud region cn-hangzhou", Mainland),
            CSharpAnalyzerVerifier<SE0001InvalidConfigurationAnalyzer>.Diagnostic().WithNoLocation()
                .WithArguments("source_exposure.residency.home", "china", "an ISO 3166-1 alpha-2 country code (cn, hk, us, de …)"),
            CSharpAnalyzerVerifier<SE0001InvalidConfigurationAnalyzer>.Diagnostic().WithNoLocation()
                .WithArguments("source_exposure.residency.allowed", "cn,europe", "a comma-separated list of ISO 3166-1 alpha-2 country codes or eu"),
        },
    }.RunAsync();

    [Fact]
    public Task EndpointInFieldAndArgument_IsReportedAndMovedToEnvironment() => new Verify.Test
    {
        TestCode = """
            using System;

            class OrderStore
            {
                static readonly string uploadUrl = {|#0:"https://oss-cn-hangzhou.aliyuncs.com/orders"|};
                readonly Uri archive = new Uri({|#1:"https://orders.blob.core.chinacloudapi.cn/archive"|});
                static readonly string bucket = {|#2:"orders.oss-cn-shenzhen.aliyuncs.com"|};
                readonly string ledger = {|#3:"Server=tcp:ledger.database.chinacloudapi.cn,1433;Database=ledger"|};
            }
            """,
        FixedCode = """
            using System;

            class OrderStore
            {
                static readonly string uploadUrl = System.Environment.GetEnvironmentVariable("ORDER_STORE_UPLOAD_URL");
                readonly Uri archive = new Uri(System.Environment.GetEnvironmentVariable("ORDER_STORE_ENDPOINT"));
                static readonly string bucket = System.Environment.GetEnvironmentVariable("ORDER_STORE_BUCKET_ENDPOINT");
                readonly string ledger = System.Environment.GetEnvironmentVariable("ORDER_STORE_LEDGER_CONNECTION_STRING");
            }
            """,
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithArguments("oss-cn-hangzhou.aliyuncs.com", "Alibaba Cloud region cn-hangzhou", Mainland),
            Verify.Diagnostic().WithLocation(1).WithArguments("orders.blob.core.chinacloudapi.cn", "Azure China (21Vianet)", Mainland),
            Verify.Diagnostic().WithLocation(2).WithArguments("orders.oss-cn-shenzhen.aliyuncs.com", "Alibaba Cloud region cn-shenzhen", Mainland),
            Verify.Diagnostic().WithLocation(3).WithArguments("ledger.database.chinacloudapi.cn", "Azure China (21Vianet)", Mainland),
        },
        CodeActionEquivalenceKey = SE3001HardCodedEndpointCodeFix.ReadFromEnvironmentKey,
    }.RunAsync();

    [Fact]
    public Task EndpointInConstOrInterpolation_IsReportedWithoutFix() => Verify.VerifyCodeFixAsync(
        """
        class Paths
        {
            const string Upload = [|"https://oss-cn-hangzhou.aliyuncs.com"|];
            string Object(string key) => $"[|https://oss-cn-beijing.aliyuncs.com/orders/|]{key}";
        }
        """,
        """
        class Paths
        {
            const string Upload = [|"https://oss-cn-hangzhou.aliyuncs.com"|];
            string Object(string key) => $"[|https://oss-cn-beijing.aliyuncs.com/orders/|]{key}";
        }
        """);

    [Fact]
    public Task IncompleteCodeAsTyped_IsNotReported() => new Verify.Test
    {
        TestCode = """
            class C
            {
                void M(System.Net.Http.HttpClient c) { c.GetAsync("https://oss-cn-hangzhou.
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task RegionlessProviderHostsInAnEndpointTable_ArePlacedByTheRegionBesideThem() => Verify.VerifyAnalyzerAsync(
        """
        using System.Collections.Generic;
        class Endpoints
        {
            static readonly Dictionary<string, string> Map = new()
            {
                { "cn-beijing", {|#0:"cloudpush.aliyuncs.com"|} },
                { "ap-southeast-1", "cloudpush.aliyuncs.com" },
            };

            static void Fill(Dictionary<string, string> table)
            {
                table.Add("sts_cn-shanghai", {|#1:"sts.aliyuncs.com"|});
                table.Add("sts_cn-hongkong", "sts.aliyuncs.com");
                table.Add("sts_us-west-1", "sts.aliyuncs.com");
            }

            // Alone, a host without a region says nothing about where it serves from.
            string central = "https://sts.aliyuncs.com";
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("cloudpush.aliyuncs.com", "Alibaba Cloud region cn-beijing, named beside the host", Mainland),
        Verify.Diagnostic().WithLocation(1).WithArguments("sts.aliyuncs.com", "Alibaba Cloud region cn-shanghai, named beside the host", Mainland));

    [Fact]
    public Task LinksInDocumentationAttributes_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.ComponentModel;
        class UserInfo
        {
            [Obsolete("请使用 unionid，见 https://mp.weixin.qq.com/cgi-bin/announce?action=getannouncement")]
            public string privilege { get; set; }

            [Description("https://api.weixin.qq.com/sns/userinfo")]
            public string Source { get; set; }
        }
        """);

    [Fact]
    public Task HostsInsideInterpolationsJsonConcatenationsAndServerLists_AreReported() => Verify.VerifyAnalyzerAsync(
        """"
        class Endpoints
        {
            string Bucket(string name) => $"https://{name}{|#0:.oss-cn-hangzhou.aliyuncs.com/exports|}";
            string Raw = """{ "endpoint": "{|#1:https://oss-cn-shanghai.aliyuncs.com|}", "bucket": "b" }""";
            string Escaped = "{\"endpoint\":\"{|#2:https://oss-cn-shenzhen.aliyuncs.com|}\"}";
            string Joined(string path) => "https://" + {|#3:"oss-cn-beijing.aliyuncs.com"|} + "/" + path;
            string Kafka = "kafka-1.corp.example:9092,{|#4:b-1.orders.a1b2c3.c2.kafka.cn-north-1.amazonaws.com.cn:9092|}";
            string Redis = {|#5:"orders.abc123.cnn1.cache.amazonaws.com.cn:6379,password=x,ssl=false"|};
            string WeChat(string path) => $"{|#6:https://api.weixin.qq.com/|}{path}";
        }
        """",
        Verify.Diagnostic().WithLocation(0).WithArguments("oss-cn-hangzhou.aliyuncs.com", "Alibaba Cloud region cn-hangzhou", "mainland China"),
        Verify.Diagnostic().WithLocation(1).WithArguments("oss-cn-shanghai.aliyuncs.com", "Alibaba Cloud region cn-shanghai", "mainland China"),
        Verify.Diagnostic().WithLocation(2).WithArguments("oss-cn-shenzhen.aliyuncs.com", "Alibaba Cloud region cn-shenzhen", "mainland China"),
        Verify.Diagnostic().WithLocation(3).WithArguments("oss-cn-beijing.aliyuncs.com", "Alibaba Cloud region cn-beijing", "mainland China"),
        Verify.Diagnostic().WithLocation(4).WithArguments("b-1.orders.a1b2c3.c2.kafka.cn-north-1.amazonaws.com.cn", "AWS region cn-north-1", "mainland China"),
        Verify.Diagnostic().WithLocation(5).WithArguments("orders.abc123.cnn1.cache.amazonaws.com.cn", "AWS China", "mainland China"),
        Verify.Diagnostic().WithLocation(6).WithArguments("api.weixin.qq.com", "WeChat API, Tencent; nearest access point chosen by WeChat; no serving location stated, operated from mainland China", "mainland China"));

    [Fact]
    public Task FragmentsListsAndInstanceIdsThatPlaceNothing_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Endpoints
        {
            string Bucket(string name, string region) => $"https://{name}.oss-{region}.aliyuncs.com/exports";
            string Suffix = ".aliyuncs.com";
            string Kafka = "kafka-1.corp.example:9092,kafka-2.corp.example:9092";
            string Instance = "alikafka-pre-cn-zvp2xyz-1-vpc.alikafka.aliyuncs.com:9092";
            string Redis = "orders.abc123.euw1.cache.amazonaws.com:6379,ssl=true";
            string Version = "cn-1.2.3,cn-4.5.6";
        }
        """);
}
