// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.DataResidency;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.DataResidency.SE3003PersonalDataTransferAnalyzer>;

namespace SourceExposure.Tests.Rules.DataResidency;

public sealed class SE3003PersonalDataTransferTests
{
    private const string Model = """

        namespace Crm
        {
            [System.AttributeUsage(System.AttributeTargets.All)] public sealed class PersonalDataAttribute : System.Attribute { }

            public sealed class Customer
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
                [PersonalData] public string NationalId { get; set; } = "";
                public string Phone { get; set; } = "";
                public string Email { get; set; } = "";
                public bool IsMobile { get; set; }
            }

            public sealed class Order
            {
                public int Id { get; set; }
                public decimal Amount { get; set; }
            }
        }
        namespace Aliyun.OSS { public class OssClient { public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { } public object PutObject(string bucketName, string key, System.IO.Stream content) => new object(); } }
        namespace Amazon
        {
            public sealed class RegionEndpoint { public static readonly RegionEndpoint CNNorth1 = new RegionEndpoint(); public static readonly RegionEndpoint EUCentral1 = new RegionEndpoint(); }
        }
        namespace Amazon.S3
        {
            public class PutObjectRequest { public string BucketName { get; set; } = ""; public string Key { get; set; } = ""; public string ContentBody { get; set; } = ""; }
            public class AmazonS3Client { public AmazonS3Client(Amazon.RegionEndpoint region) { } public System.Threading.Tasks.Task PutObjectAsync(PutObjectRequest request) => System.Threading.Tasks.Task.CompletedTask; }
        }
        """;

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Crm;

        """;

    private const string Mainland = "mainland China";

    [Fact]
    public Task CustomerPostedAsJsonToMainlandStorage_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Sync
        {
            Task Push(HttpClient client, Customer customer)
                => {|#0:client.PostAsJsonAsync("https://crm.oss-cn-hangzhou.aliyuncs.com/customers", customer)|};
        }
        """ + Model,
        Verify.Diagnostic().WithLocation(0).WithArguments("Customer.NationalId", "crm.oss-cn-hangzhou.aliyuncs.com", Mainland));

    [Fact]
    public Task AnonymousTypeSerializedIntoStringContentForBaseAddress_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Sync
        {
            async Task Push(Customer customer)
            {
                var client = new HttpClient { BaseAddress = new Uri("https://api.partner.cn/") };
                var payload = new { name = customer.Name, mobile = customer.Phone };
                var json = JsonSerializer.Serialize(payload);
                await {|#0:client.PostAsync("v1/customers", new StringContent(json))|};
            }
        }
        """ + Model,
        Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Phone", "api.partner.cn", Mainland));

    [Fact]
    public Task PhoneInQueryString_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Sms
        {
            Task<string> Lookup(HttpClient client, string phone)
                => {|#0:client.GetStringAsync($"https://sms.ap-guangzhou.tencentcloudapi.com/?PhoneNumber={phone}")|};
        }
        """ + Model,
        Verify.Diagnostic().WithLocation(0).WithArguments("parameter phone", "sms.ap-guangzhou.tencentcloudapi.com", Mainland));

    [Fact]
    public Task FormContentInRequestMessage_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Push
        {
            async Task Send(HttpClient client, Customer customer)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "https://push.jpush.cn/v3/push");
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = customer.Email });
                await {|#0:client.SendAsync(request)|};
            }
        }
        """ + Model,
        Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "push.jpush.cn", Mainland));

    [Fact]
    public Task StorageSdkUploads_AreReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Archive
        {
            void ToOss(Customer customer, string id, string secret)
            {
                var oss = new Aliyun.OSS.OssClient("https://oss-cn-shanghai.aliyuncs.com", id, secret);
                var bytes = JsonSerializer.SerializeToUtf8Bytes(customer);
                {|#0:oss.PutObject("crm", "customers/1.json", new MemoryStream(bytes))|};
            }

            Task ToS3(Customer customer)
            {
                var s3 = new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.CNNorth1);
                return {|#1:s3.PutObjectAsync(new Amazon.S3.PutObjectRequest { BucketName = "crm", ContentBody = JsonSerializer.Serialize(customer) })|};
            }
        }
        """ + Model,
        Verify.Diagnostic().WithLocation(0).WithArguments("Customer.NationalId", "oss-cn-shanghai.aliyuncs.com", Mainland),
        Verify.Diagnostic().WithLocation(1).WithArguments("Customer.NationalId", "cn-north-1", Mainland));

    [Fact]
    public Task FieldClientWithBaseAddress_IsReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Sync
        {
            private readonly HttpClient client = new HttpClient { BaseAddress = new Uri("https://crm.cos.ap-shanghai.myqcloud.com/") };

            Task Push(Customer customer) => {|#0:client.PutAsJsonAsync("customers/" + customer.Id, new { customer.Id, customer.Phone })|};
        }
        """ + Model,
        Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Phone", "crm.cos.ap-shanghai.myqcloud.com", Mainland));

    [Fact]
    public Task AllowedOrUnknownDestinations_AreNotReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Sync
        {
            async Task Push(HttpClient client, Customer customer, string endpoint)
            {
                await client.PostAsJsonAsync("https://crm.oss-cn-hongkong.aliyuncs.com/customers", customer);
                await client.PostAsJsonAsync("https://crm.oss-eu-central-1.aliyuncs.com/customers", customer);
                await client.PostAsJsonAsync(endpoint, customer);
                await client.PostAsJsonAsync(Environment.GetEnvironmentVariable("CRM_URL"), customer);
                var s3 = new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.EUCentral1);
                await s3.PutObjectAsync(new Amazon.S3.PutObjectRequest { ContentBody = JsonSerializer.Serialize(customer) });
            }
        }
        """ + Model);

    [Fact]
    public Task NonPersonalDataToMainland_IsNotReported() => Verify.VerifyAnalyzerAsync(
        Usings + """
        class Sync
        {
            async Task Push(HttpClient client, Order order, Customer customer)
            {
                await client.PostAsJsonAsync("https://orders.oss-cn-hangzhou.aliyuncs.com/orders", order);
                await client.PostAsync("https://orders.oss-cn-hangzhou.aliyuncs.com/ids", new StringContent(customer.Id.ToString()));
                await client.GetAsync($"https://orders.oss-cn-hangzhou.aliyuncs.com/flags?mobile={customer.IsMobile}");
                await client.PostAsync("https://orders.oss-cn-hangzhou.aliyuncs.com/hash", new StringContent(Pseudonymise(customer.Phone)));
            }

            static string Pseudonymise(string value) => value.Length.ToString();
        }
        """ + Model);

    [Fact]
    public Task HomeChinaReportsTransfersAbroad_IsReported() => new Verify.Test
    {
        TestCode = Usings + """
            class Sync
            {
                async Task Push(HttpClient client, Customer customer)
                {
                    await {|#0:client.PostAsJsonAsync("https://crm.partner.de/customers", customer)|};
                    await client.PostAsJsonAsync("https://crm.oss-cn-hangzhou.aliyuncs.com/customers", customer);
                }
            }
            """ + Model,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.residency.home", "cn")) } },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("Customer.NationalId", "crm.partner.de", "Germany") },
    }.RunAsync();

    [Fact]
    public Task IncompleteCodeAsTyped_IsNotReported() => new Verify.Test
    {
        TestCode = Usings + """
            class Sync
            {
                async Task Push(HttpClient client, Customer customer)
                {
                    await client.PostAsJsonAsync("https://crm.oss-cn-hangzhou.aliyuncs.com/customers", 
            """ + Model,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();
}
