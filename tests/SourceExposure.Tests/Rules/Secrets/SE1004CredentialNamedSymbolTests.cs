// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Threading.Tasks;
using SourceExposure.Analyzers.Secrets;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.CodeFixes.Secrets;
using Verify = SourceExposure.Tests.CSharpCodeFixVerifier<
    SourceExposure.Analyzers.Secrets.SE1004CredentialNamedSymbolAnalyzer,
    SourceExposure.CodeFixes.Secrets.SE1004CredentialNamedSymbolCodeFix>;

namespace SourceExposure.Tests.Rules.Secrets;

public sealed class SE1004CredentialNamedSymbolTests
{
    [Fact]
    public Task FieldPropertyAndLocal_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class PaymentClient
        {
            private static readonly string apiKey = {|#0:"q7Vt2LmX9pR4sK8wZ3nB6yH1"|};
            public string ClientSecret { get; set; } = {|#1:"Xk9~Qw2.Lp7_Rt4-Zm8vNc3B"|};
            const string AdminPassword = {|#2:"Winter2024!"|};
            void Run()
            {
                var accessToken = {|#3:"tkn_8Hq2Vx7Lm4Rp9Sw3Zb6N"|};
                string dbPwd = {|#4:"Passw0rd!"|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("apiKey", "API key", "q7Vt…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("ClientSecret", "client secret", "Xk9~…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("AdminPassword", "password", "Wi…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("accessToken", "access token", "tkn_…"),
        Verify.Diagnostic().WithLocation(4).WithArguments("dbPwd", "password", "Pa…"));

    [Fact]
    public Task AssignmentsAndObjectInitializers_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class Settings { public string Password { get; set; } public string api_key; }
        class Setup
        {
            string secret;
            void Run(Settings s)
            {
                s.Password = {|#0:"Tr0ub4dor&3"|};
                secret = {|#1:"9f8Kq2Lm7Vt4Rp3Sw6Zb1Nc"|};
                var t = new Settings { api_key = {|#2:"ak_live_7Hq2Vx9Lm4Rp8Sw3Zb6"|} };
                var anon = new { password = {|#3:"S3cure!Pass"|} };
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Password", "password", "Tr…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("secret", "secret", "9f8K…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("api_key", "API key", "ak_l…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("password", "password", "S3…"));

    [Fact]
    public Task DictionaryEntriesAndNamedArguments_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Collections.Generic;
        class Api
        {
            void Login(string user, string password) { }
            void Run()
            {
                var a = new Dictionary<string, string> { ["password"] = {|#0:"Hunter2!x"|} };
                var b = new Dictionary<string, string> { { "api_key", {|#1:"Zk3Vq8Lm2Rt7Wp4Xn9Bc6Hy"|} } };
                var c = new Dictionary<string, object>();
                c.Add("client_secret", {|#2:"cs_4Hq8Vx2Lm7Rp3Sw9Zb6Nk"|});
                Login("svc", password: {|#3:"Gr33n-Apple"|});
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("password", "password", "Hu…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("api_key", "API key", "Zk3V…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("client_secret", "client secret", "cs_4…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("password", "password", "Gr…"));

    [Fact]
    public Task ConcatenatedLiteral_IsReportedOverTheWholeExpression() => Verify.VerifyAnalyzerAsync(
        """
        class C
        {
            static readonly string token = {|#0:"ghx_7Hq2Vx9Lm4" + "Rp8Sw3Zb6Nk1"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("token", "token", "ghx_…"));

    [Fact]
    public Task LookAlikeNames_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Ui
        {
            string PasswordLabel = "Pa55word: (8+ chars)";
            string TokenEndpoint = "https://login.bank.example/oauth2/v2.0/token";
            string PasswordPolicy = "min8-upper1-digit1";
            string tokenType = "Bearer";
            string PasswordKey = "Security:Password";
            string ApiKeyHeader = "X-Api-Key";
            string SecretName = "orders-db-password-2024";
            string PasswordHash = "AQAAAAIAAYagAAAAEHq2Vx9Lm4Rp8Sw3Zb6Nk1";
            string TokenCacheKey = "tok_cache_v2_9";
            string PasswordRegex = @"^(?=.*\d)(?=.*[a-z]).{8,}$";
            string cacheKey = "Xk9Qw2Lp7Rt4Zm8vNc3B";
        }
        """);

    [Fact]
    public Task MessagesLookupsAndPlaceholders_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Collections.Generic;
        class Validation
        {
            string password = "Password is required";
            string secret = "your-secret-here";
            string apiKey = "<API_KEY>";
            string token = "${GITHUB_TOKEN}";
            string clientSecret = "";
            string pwd = "changeme";
            string accessToken = "xxxxxxxxxxxxxxxxxxxxxxxx";
            string password2 = "secret";
            string grantType = "client_credentials";
            string authToken = "access_token";
            string password3 = "{0}";
            string refreshToken = "1234567890123456";
            string passwordEnv = "DB_PASSWORD";
            string Read(IDictionary<string, string> config) => config["Password"];
        }
        """);

    [Fact]
    public Task RegexUrlAndPathValues_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class C
        {
            string password = "^[A-Za-z0-9]{8,}$";
            string token = "https://auth.bank.example/token?x=1";
            string secret = "/run/secrets/db_password";
            string apiKey = @"C:\keys\api.key";
            string credentials = "System.Net.CredentialCache";
        }
        """);

    [Fact]
    public Task EntropyOption_ControlsGeneratedSecrets() => Verify.VerifyAnalyzerAsync(
        """
        class C { string apiKey = "q7Vt2LmX9pR4sK8wZ3nB6yH1"; }
        """,
        new Dictionary<string, string> { ["source_exposure.SE1004.min_entropy"] = "6" });

    [Fact]
    public Task PasswordEntropyOption_ReportsWeakerPasswordsWhenLowered() => Verify.VerifyAnalyzerAsync(
        """
        class C { string password = {|#0:"aabb11cc"|}; }
        """,
        new Dictionary<string, string> { ["source_exposure.SE1004.min_password_entropy"] = "1" },
        Verify.Diagnostic().WithLocation(0).WithArguments("password", "password", "aa…"));

    [Fact]
    public Task FixtureValuesInTestCode_AreNotReportedByDefault() => new Verify.Test
    {
        TestCode = """
            class LoginTests
            {
                string password = "Winter2024!";
                string apiKey = "q7Vt2LmX9pR4sK8wZ3nB6yH1";
            }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.code_kind", "test")) } },
    }.RunAsync();

    [Fact]
    public Task TestProject_IsNotReported() => new Verify.Test
    {
        TestCode = """
            class LoginFixture { string apiKey = "q7Vt2LmX9pR4sK8wZ3nB6yH1"; }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.BuildProperties(("IsTestProject", "true")) } },
    }.RunAsync();

    [Fact]
    public Task TestCodeListedInCodeKinds_IsReported() => new Verify.Test
    {
        TestCode = """
            class LoginTests { string password = {|#0:"Winter2024!"|}; }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.code_kind", "test"), ("source_exposure.SE1004.code_kinds", "product, test")) } },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("password", "password", "Wi…") },
    }.RunAsync();

    [Fact]
    public Task SampleCode_IsReportedByDefault() => new Verify.Test
    {
        TestCode = """
            class QuickStart { string apiKey = {|#0:"q7Vt2LmX9pR4sK8wZ3nB6yH1"|}; }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.code_kind", "sample")) } },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("apiKey", "API key", "q7Vt…") },
    }.RunAsync();

    [Fact]
    public Task AllowedValuePattern_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class C { string apiKey = "q7Vt2LmX9pR4sK8wZ3nB6yH1"; }
        """,
        new Dictionary<string, string> { ["source_exposure.secrets.allowed_values"] = "^q7Vt" });

    [Fact]
    public Task InvalidOption_IsReportedAsSE0001AndDefaultApplies() => new Verify.Test
    {
        TestCode = """
            class C { string password = {|#0:"Winter2024!"|}; }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.SE1004.code_kinds", "sometimes")) } },
        AdditionalAnalyzers = { new Analyzers.Configuration.SE0001InvalidConfigurationAnalyzer() },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithArguments("password", "password", "Wi…"),
            Verify.Diagnostic(Analyzers.Rules.SE0001).WithNoLocation().WithArguments("source_exposure.SE1004.code_kinds", "sometimes", "all, none, or a comma-separated list of product, test, sample and docs"),
        },
    }.RunAsync();

    [Fact]
    public Task IncompleteCodeAsTyped_IsNotReported() => new Verify.Test
    {
        TestCode = """
            class C
            {
                string password = 
                void M(string apiKey = ) { var token = new { password = , }; }
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task ApiKeyField_IsReportedAndMovedToEnvironment() => Verify.VerifyCodeFixAsync(
        """
        class Billing { static readonly string apiKey = {|#0:"q7Vt2LmX9pR4sK8wZ3nB6yH1"|}; }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("apiKey", "API key", "q7Vt…")],
        """
        class Billing { static readonly string apiKey = System.Environment.GetEnvironmentVariable("BILLING_API_KEY"); }
        """);

    [Fact]
    public Task DictionaryEntriesAndAnonymousObjects_AreReportedAndFixedAllWithTheKeyAsName() => new Verify.Test
    {
        TestCode = """
            using System.Collections.Generic;
            class Smtp
            {
                Dictionary<string, string> Settings() => new() { ["password"] = {|#0:"Hunter2!x"|} };
                Dictionary<string, string> Keys() => new() { { "api_key", {|#1:"Zk3Vq8Lm2Rt7Wp4Xn9Bc6Hy"|} } };
                object Body() => new { user = "svc", password = {|#2:"S3cure!Pass"|} };
            }
            """,
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithArguments("password", "password", "Hu…"),
            Verify.Diagnostic().WithLocation(1).WithArguments("api_key", "API key", "Zk3V…"),
            Verify.Diagnostic().WithLocation(2).WithArguments("password", "password", "S3…"),
        },
        FixedCode = """
            using System.Collections.Generic;
            class Smtp
            {
                Dictionary<string, string> Settings() => new() { ["password"] = System.Environment.GetEnvironmentVariable("SMTP_PASSWORD") };
                Dictionary<string, string> Keys() => new() { { "api_key", System.Environment.GetEnvironmentVariable("SMTP_API_KEY") } };
                object Body() => new { user = "svc", password = System.Environment.GetEnvironmentVariable("SMTP_PASSWORD") };
            }
            """,
        CodeActionEquivalenceKey = SE1004CredentialNamedSymbolCodeFix.ReadFromEnvironmentKey,
    }.RunAsync();

    [Fact]
    public Task ConfigurationInScope_IsReportedAndReadFromConfiguration() => new Verify.Test
    {
        TestCode = ConfigurationStub.Source + """
            class PaymentClient
            {
                private string clientSecret;
                public PaymentClient(Microsoft.Extensions.Configuration.IConfiguration config)
                {
                    clientSecret = {|#0:"Xk9~Qw2.Lp7_Rt4-Zm8vNc3B"|};
                }
            }
            """,
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("clientSecret", "client secret", "Xk9~…") },
        FixedCode = ConfigurationStub.Source + """
            class PaymentClient
            {
                private string clientSecret;
                public PaymentClient(Microsoft.Extensions.Configuration.IConfiguration config)
                {
                    clientSecret = config["PaymentClient:ClientSecret"];
                }
            }
            """,
        CodeActionEquivalenceKey = SE1004CredentialNamedSymbolCodeFix.ReadFromConfigurationKey,
    }.RunAsync();

    [Fact]
    public Task InstanceConfigurationUnavailableInFieldInitializer_IsReportedAndReadFromEnvironment() => new Verify.Test
    {
        TestCode = ConfigurationStub.Source + """
            class PaymentClient
            {
                private readonly Microsoft.Extensions.Configuration.IConfiguration configuration = null!;
                private readonly string token = {|#0:"tkn_8Hq2Vx7Lm4Rp9Sw3Zb6N"|};
            }
            """,
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("token", "token", "tkn_…") },
        FixedCode = ConfigurationStub.Source + """
            class PaymentClient
            {
                private readonly Microsoft.Extensions.Configuration.IConfiguration configuration = null!;
                private readonly string token = System.Environment.GetEnvironmentVariable("PAYMENT_CLIENT_TOKEN");
            }
            """,
    }.RunAsync();

    [Fact]
    public Task ConstAndAttributeArgument_AreReportedWithoutFix() => Verify.VerifyCodeFixAsync(
        """
        class SecretAttribute : System.Attribute { public string Token { get; set; } = ""; }
        [Secret(Token = {|#1:"tkn_8Hq2Vx7Lm4Rp9Sw3Zb6N"|})]
        class Legacy { const string AdminPassword = {|#0:"Winter2024!"|}; }
        """,
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("AdminPassword", "password", "Wi…"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Token", "token", "tkn_…"),
        ],
        """
        class SecretAttribute : System.Attribute { public string Token { get; set; } = ""; }
        [Secret(Token = {|#1:"tkn_8Hq2Vx7Lm4Rp9Sw3Zb6N"|})]
        class Legacy { const string AdminPassword = {|#0:"Winter2024!"|}; }
        """);

    [Fact]
    public void ProviderFormatValue_IsLeftToSE1001()
        => Assert.NotNull(Analyzers.Secrets.Detection.TokenScanner.Scan("sk_live_4eC39HqLyjWDarjtT1zdp7dcQ8vR2m"));

    [Fact]
    public Task ProviderFormatValue_IsNotReportedTwice() => Verify.VerifyAnalyzerAsync(
        """
        class Billing { static readonly string stripeSecret = "sk_live_4eC39HqLyjWDarjtT1zdp7dcQ8vR2m"; }
        """);

    [Fact]
    public Task NamedArgumentOfKnownCredentialApi_IsLeftToSE1005AndNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class C { object Credential() => new System.Net.NetworkCredential(userName: "svc", password: "Gr33n-Apple"); }
        """);

    [Fact]
    public Task NamesFlagsAndCodesInCredentialNamedConstants_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        static class FeatureFlags
        {
            public const string PM27060_PasswordPreloginFromSdk = "pm-27060-password-prelogin-from-sdk";
            public const string DeviceAuthKey = "pm-2210-device-auth-key";
            public const string S3Password = "s3-password";
            public const string OFFICE_SECRET_OPTION = "office365-client-secret";
            public const string RequestPasswordDoesNotMatch = "password_does_not_match";
            public const string ClientB64HashedPassword = "password_hash_b64";
            public const string UseSdkPasswordGenerators = "pm-18411-use-sdk-password-generators";
        }
        class Transcoder
        {
            string hwScaleFilterFirstPass = "vpp_qsv=w=1920:h=1080:format=nv12";
            string publicKeyToken = "31bf3856ad364e35";
        }
        """);

    [Fact]
    public Task PasswordHeldUnderAShortName_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Mailer { string smtpPass = {|#0:"Tr0ub4dor&3"|}; }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("smtpPass", "password", "Tr…"));

    [Fact]
    public Task PlatformSecretNames_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class WeChatOptions
        {
            public string AppSecret { get; set; } = {|#0:"f3Kq9Vt2LmX7pR4sK8wZ3nB6yH1cD5eJ"|};
            public string EncodingAESKey { get; set; } = {|#1:"Qx7Vt2LmX9pR4sK8wZ3nB6yH1cD5eJ0fG2hK4mN6pR8"|};
            public string ApiV3Key { get; set; } = {|#2:"Hq2Vx7Lm4Rp9Sw3Zb6Nc8Df1Gk5Jt0Ys"|};
            public string MchKey { get; set; } = {|#3:"Zb6Nc8Df1Gk5Jt0YsHq2Vx7Lm4Rp9Sw3"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("AppSecret", "secret", "f3Kq…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("EncodingAESKey", "key", "Qx7V…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("ApiV3Key", "API key", "Hq2V…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("MchKey", "key", "Zb6N…"));

    [Fact]
    public Task PrefixlessTokensThatOnlyTheirNameIdentifies_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class ApiAttribute : System.Attribute { public string ApiKey { get; set; } }
        class LoginAttribute : System.Attribute { public LoginAttribute(string user, string password) { } }

        [Api(ApiKey = {|#0:"4219e299c89411838049ab0dab19ebd5"|})]
        [Login("svc", {|#1:"Xq7!vR2m#Lp9"|})]
        class Client
        {
            const string ApiKey = {|#2:"9c1d4e7f2a8b4c6d8e0f1a2b3c4d5e6f"|};
            string apiKey = {|#3:"3f2504e0-4f89-11d3-9a0c-0305e82c3301"|};
            string body = "{\"apiKey\":\"{|#4:7d3b0e6c91fa42d8b5c2e8a4f1d06b39|}\",\"q\":1}";
            string login = "{\"user\":\"svc\",\"password\":\"{|#5:Xq7!vR2m#Lp9|}\"}";

            void Build()
            {
                var builder = new System.Data.Common.DbConnectionStringBuilder();
                builder["Password"] = {|#6:"Wq8!tZ3n#Kp2"|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("ApiKey", "API key", "4219…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("password", "password", "Xq7…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("ApiKey", "API key", "9c1d…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("apiKey", "API key", "3f25…"),
        Verify.Diagnostic().WithLocation(4).WithArguments("apiKey", "API key", "7d3b…"),
        Verify.Diagnostic().WithLocation(5).WithArguments("password", "password", "Xq7…"),
        Verify.Diagnostic().WithLocation(6).WithArguments("Password", "password", "Wq8…"));

    [Fact]
    public Task NamesWithPlaceholdersDescriptionsOrNonSecretValues_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class ApiAttribute : System.Attribute { public string ApiKey { get; set; } public string Description { get; set; } }
        class LoginAttribute : System.Attribute { public LoginAttribute(string user, string password) { } }

        [Api(ApiKey = "X-Api-Key", Description = "4219e299c89411838049ab0dab19ebd5")]
        [Login("svc", "")]
        class Client
        {
            string requestId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
            string template = "{\"apiKey\":\"{0}\",\"q\":1}";
            string sample = "{\"apiKey\":\"<your-api-key>\",\"password\":\"\"}";
            string schema = "{\"type\":\"password\",\"passwordHint\":\"at least 12 characters\"}";
            string env = "{\"password\":\"${DB_PASSWORD}\"}";

            void Build(string configured)
            {
                var builder = new System.Data.Common.DbConnectionStringBuilder();
                builder["Password"] = configured;
                builder["User ID"] = "svc-orders";
            }
        }
        """);

    [Fact]
    public Task EntriesOfXmlAndIniTextHeldInStrings_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class Settings
        {
            string Config = "<appSettings><add key=\"ReportsApiKey\" value=\"{|#0:Zq4vN8tR2mXk7pLw9sYc3bHd|}\" /></appSettings>";
            string Element = "<Credentials><Password>{|#1:Tv6!qM3zWp8x|}</Password></Credentials>";
            string Verbatim = @"{ ""smtpPassword"": ""{|#2:Kx2#rB7nQe5v|}"" }";
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("ReportsApiKey", "API key", "Zq4v…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("Password", "password", "Tv6…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("smtpPassword", "password", "Kx2…"));
}
