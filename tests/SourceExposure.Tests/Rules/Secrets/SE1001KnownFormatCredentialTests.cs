// SPDX-License-Identifier: MIT
using System.Linq;
using System.Threading.Tasks;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Secrets;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.CodeFixes.Secrets;
using Verify = SourceExposure.Tests.CSharpCodeFixVerifier<
    SourceExposure.Analyzers.Secrets.SE1001KnownFormatCredentialAnalyzer,
    SourceExposure.CodeFixes.Secrets.SE1001KnownFormatCredentialCodeFix>;

namespace SourceExposure.Tests.Rules.Secrets;

public sealed class SE1001KnownFormatCredentialTests
{
    // Generated test values in the documented formats (valid CRC-32 where the format has one); not real credentials.
    private const string GitHubToken = "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";
    private const string NpmToken = "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";
    private const string StripeKey = "sk_live_51CN6Zj4a3dDVhYRnKTbxTNJFoBinF5aJXVuLkSIc4";
    private const string AwsKeyId = "AKIAK4ZRI3R2WYOJFLJO";
    private const string AwsSecret = "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";

    [Fact]
    public Task StripeKeyInApiClient_IsReportedAndMovedToEnvironment() => Verify.VerifyCodeFixAsync(
        $$"""
        class PaymentsClient
        {
            static readonly string secretKey = {|#0:"{{StripeKey}}"|};
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("Stripe live secret key", "sk_l…", "a string literal")],
        """
        class PaymentsClient
        {
            static readonly string secretKey = System.Environment.GetEnvironmentVariable("PAYMENTS_CLIENT_SECRET_KEY");
        }
        """);

    [Fact]
    public Task TwoCredentialsInOneType_AreReportedAndAllMovedByFixAll() => Verify.VerifyCodeFixAsync(
        $$"""
        class ReleaseJob
        {
            string githubToken = {|#0:"{{GitHubToken}}"|};
            string npmToken = {|#1:"{{NpmToken}}"|};
        }
        """,
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("GitHub personal access token", "ghp_…", "a string literal"),
            Verify.Diagnostic().WithLocation(1).WithArguments("npm access token", "npm_…", "a string literal"),
        ],
        """
        class ReleaseJob
        {
            string githubToken = System.Environment.GetEnvironmentVariable("RELEASE_JOB_GITHUB_TOKEN");
            string npmToken = System.Environment.GetEnvironmentVariable("RELEASE_JOB_NPM_TOKEN");
        }
        """);

    [Fact]
    public Task GitHubTokenInVerbatimAndRawLiterals_IsReported() => Verify.VerifyAnalyzerAsync(
        $$""""
        class Repos
        {
            string a = {|#0:@"{{GitHubToken}}"|};
            string b = {|#1:"""{{GitHubToken}}"""|};
        }
        """",
        Verify.Diagnostic().WithLocation(0).WithArguments("GitHub personal access token", "ghp_…", "a string literal"),
        Verify.Diagnostic().WithLocation(1).WithArguments("GitHub personal access token", "ghp_…", "a string literal"));

    [Fact]
    public Task TokenSplitOverConstants_IsReportedOnceOnTheConcatenation() => Verify.VerifyAnalyzerAsync(
        $$"""
        class Publish
        {
            const string Prefix = "npm_";
            string token = {|#0:Prefix + "{{NpmToken.Substring(4)}}"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("npm access token", "npm_…", "a string literal"));

    [Fact]
    public Task TokenWrittenWithAnEscape_IsFound() => Verify.VerifyAnalyzerAsync(
        $$"""
        class Hidden
        {
            string escaped = {|#0:"gh\u0070_{{GitHubToken.Substring(4)}}"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("GitHub personal access token", "ghp_…", "a string literal"));

    [Fact]
    public Task SecretsSplitOverLiterals_AreJudgedWhole() => Verify.VerifyAnalyzerAsync(
        $$"""
        class Split
        {
            string awsSecretAccessKey = {|#0:"{{AwsSecret.Substring(0, 20)}}"
                + @"{{AwsSecret.Substring(20)}}"|};
            string token = {|#1:"{{GitHubToken.Substring(0, 10)}}" + ("{{GitHubToken.Substring(10, 10)}}" + "{{GitHubToken.Substring(20)}}")|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("AWS secret access key", "FrLh…", "a string literal"),
        Verify.Diagnostic().WithLocation(1).WithArguments("GitHub personal access token", "ghp_…", "a string literal"));

    [Fact]
    public Task ValuesAfterThousandsOfLinesWithoutOne_AreFound()
    {
        // The rule looks at the tree only where the text holds an anchor or a value of a contextual shape.
        var filler = string.Concat(System.Linq.Enumerable.Range(0, 2000).Select(i => $"    /// <summary>Line {i}.</summary>\n    string S{i} = \"value {i}\";\n"));
        return Verify.VerifyAnalyzerAsync(
            "class Big\n{\n" + filler + $$"""
                // rotated: {|#0:{{NpmToken}}|}
                string awsSecretAccessKey = {|#1:"{{AwsSecret}}"|};
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("npm access token", "npm_…", "a comment"),
            Verify.Diagnostic().WithLocation(1).WithArguments("AWS secret access key", "FrLh…", "a string literal"));
    }

    [Fact]
    public Task TokenInCommentAndXmlDoc_IsReportedAtTheToken() => Verify.VerifyAnalyzerAsync(
        $$"""
        class Deploy
        {
            // old token: {|#0:{{GitHubToken}}|} (rotated?)
            /// <summary>Uses {|#1:{{NpmToken}}|} to publish.</summary>
            void Run() { }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("GitHub personal access token", "ghp_…", "a comment"),
        Verify.Diagnostic().WithLocation(1).WithArguments("npm access token", "npm_…", "a documentation comment"));

    [Fact]
    public Task TokenInsideLargerText_IsReportedWithoutFix() => Verify.VerifyCodeFixAsync(
        $$"""
        class Http
        {
            string header = [|"Authorization: token {{GitHubToken}}"|];
        }
        """,
        $$"""
        class Http
        {
            string header = [|"Authorization: token {{GitHubToken}}"|];
        }
        """);

    [Fact]
    public Task CharArrayAndUtf8Literal_AreReported() => Verify.VerifyAnalyzerAsync(
        $$"""
        class Obfuscated
        {
            char[] k = [|new[] { {{string.Join(", ", System.Linq.Enumerable.Select(GitHubToken, c => "'" + c + "'"))}} }|];
            System.ReadOnlySpan<byte> U => [|"{{StripeKey}}"u8|];
        }
        """);

    [Fact]
    public Task AwsSecretNextToItsKeyId_IsReported() => Verify.VerifyAnalyzerAsync(
        $$"""
        namespace Amazon.Runtime { public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } } }
        class Storage
        {
            object Credentials() => new Amazon.Runtime.BasicAWSCredentials({|#0:"{{AwsKeyId}}"|}, {|#1:"{{AwsSecret}}"|});
            string awsSecretAccessKey = {|#2:"{{AwsSecret}}"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("AWS access key ID", "AKIA…", "a string literal"),
        Verify.Diagnostic().WithLocation(1).WithArguments("AWS secret access key", "FrLh…", "a string literal"),
        Verify.Diagnostic().WithLocation(2).WithArguments("AWS secret access key", "FrLh…", "a string literal"));

    [Fact]
    public Task SecretShapeUnderNeutralName_IsNotReported() => Verify.VerifyAnalyzerAsync(
        $$"""
        class Cache
        {
            string cacheKey = "{{AwsSecret}}";
            string commitSha = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
        }
        """);

    [Fact]
    public Task DocumentationExamplesAndPlaceholders_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Docs
        {
            string id = "AKIAIOSFODNN7EXAMPLE";
            string awsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
            string gh = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
            string stripe = "sk_live_<your secret key>";
            string env = "${GITHUB_TOKEN}";
            string publishable = "pk_live_51CN6Zj4a3dDVhYRnKTbxTNJFoBinF5aJXVuLkSIc4";
            string testMode = "sk_test_51CN6Zj4a3dDVhYRnKTbxTNJFoBinF5aJXVuLkSIc4";
            string jwtIo = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
            string pattern = @"ghp_[A-Za-z0-9]{36}";
        }
        """);

    [Fact]
    public Task GitHubTokenWithWrongChecksum_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Lookalike
        {
            string token = "ghp_Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3gm1IM";
        }
        """);

    [Fact]
    public Task UnsignedJwt_IsNotReportedButSignedJwtIsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Tokens
        {
            string unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJzdmMtcGF5bWVudHMiLCJzY29wZSI6ImFkbWluIn0.unsignedunsignedunsigned";
            string signed = {|#0:"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtNDI0MjQyIiwic2NvcGUiOiJwYXltZW50cy53cml0ZSJ9.k3Jq9vX2mP8wR5tY7uN1bC4dF6gH0jL2zQ9sA3eW5rT"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("JSON Web Token", "eyJh…", "a string literal"));

    [Fact]
    public Task TestProject_IsStillReported() => new Verify.Test
    {
        TestCode = $$"""class ClientTests { string token = [|"{{GitHubToken}}"|]; }""",
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.BuildProperties(("IsTestProject", "true")) } },
    }.RunAsync();

    [Fact]
    public Task AllowedValuePattern_IsNotReported() => new Verify.Test
    {
        TestCode = $$"""class Fixture { string token = "{{GitHubToken}}"; string npm = [|"{{NpmToken}}"|]; }""",
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.secrets.allowed_values", "^ghp_Ky9P")) } },
    }.RunAsync();

    [Fact]
    public Task FingerprintInAllowlistFile_IsNotReported() => new Verify.Test
    {
        TestCode = $$"""class Fixture { string token = "{{GitHubToken}}"; string npm = [|"{{NpmToken}}"|]; }""",
        TestState = { AdditionalFiles = { ("/0/SourceExposure.Allowlist.txt", "# revoked fixture token\n" + SecretAllowlist.Fingerprint(GitHubToken) + "  -\n") } },
    }.RunAsync();

    [Fact]
    public void AllowedValuesOption_RejectsAnInvalidPattern()
        => Assert.False(RuleOptions.SecretsAllowedValues.TryParse("ghp_(", out _));

    [Fact]
    public Task InvalidAllowedValuesPattern_IsReportedAsSE0001AndTheTokenStillReported() => new Verify.Test
    {
        TestCode = $$"""class Fixture { string token = [|"{{GitHubToken}}"|]; }""",
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.secrets.allowed_values", "ghp_(")) } },
        AdditionalAnalyzers = { new SourceExposure.Analyzers.Configuration.SE0001InvalidConfigurationAnalyzer() },
        ExpectedDiagnostics =
        {
            CSharpAnalyzerVerifier<SourceExposure.Analyzers.Configuration.SE0001InvalidConfigurationAnalyzer>.Diagnostic().WithNoLocation()
                .WithArguments("source_exposure.secrets.allowed_values", "ghp_(", "a comma-separated list of .NET regular expressions"),
        },
    }.RunAsync();

    [Fact]
    public Task IncompleteCodeAsTyped_NotReportedAndDoesNotThrow() => new Verify.Test
    {
        TestCode = """
            class C
            {
                string k = "ghp_" + 
                char[] c = new[] { 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public void ScannerStaysOnAnchors_NoFormatMatchesPlainProse()
        => Assert.Null(TokenScanner.Scan("The access key and the secret are read from the vault at start-up; see docs."));

    [Fact]
    public Task InTestCode_DistinctiveTokensAreReportedButJwtsAndEmulatorKeysAreNot() => new Verify.Test
    {
        TestCode = $$"""
            class ClientTests
            {
                string token = [|"{{GitHubToken}}"|];
                string expiredFixtureJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtNDI0MjQyIiwic2NvcGUiOiJwYXltZW50cy53cml0ZSJ9.k3Jq9vX2mP8wR5tY7uN1bC4dF6gH0jL2zQ9sA3eW5rT";
                string azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
            }
            """,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig(("source_exposure.code_kind", "test")) } },
    }.RunAsync();

    [Fact]
    public Task PublishedEmulatorKeyInProductCode_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class StorageDefaults
        {
            const string Emulator = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
        }
        """);

    [Fact]
    public Task BasicCredentialsInConstantsAndHeaderDictionaries_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Collections.Generic;
        class ReportsClient
        {
            const string Authorization = {|#0:"Basic YWRtaW46UzNjcmV0UGFzcyE="|};
            Dictionary<string, string> Headers = new() { { "Authorization", {|#1:"Basic c3ZjLXJlcG9ydHM6VHo1IXBLOHcjUW0z"|} } };
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("HTTP Basic authentication credentials", "YWRt…", "a string literal"),
        Verify.Diagnostic().WithLocation(1).WithArguments("HTTP Basic authentication credentials", "c3Zj…", "a string literal"));

    [Fact]
    public Task BasicSchemesWithoutAUsablePassword_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class ReportsClient
        {
            string Header(string encoded) => "Basic " + encoded;
            string Format = "Basic {0}";
            string Challenge = "Basic realm=\"reports\", charset=\"UTF-8\"";
            string NoColon = "Basic dGVzdHVzZXJuYW1l";
            string StandIn = "Basic YWRtaW46cGFzc3dvcmQ=";
            string Rfc7617 = "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==";
            string Word = "Basic Authentication is enabled";
        }
        """);

    [Fact]
    public Task ConfigurationInScope_IsReportedAndReadFromConfiguration() => new Verify.Test
    {
        TestCode = ConfigurationStub.Source + $$"""
            class PaymentsClient
            {
                private readonly string secretKey;
                public PaymentsClient(Microsoft.Extensions.Configuration.IConfiguration config)
                {
                    secretKey = {|#0:"{{StripeKey}}"|};
                }
            }
            """,
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("Stripe live secret key", "sk_l…", "a string literal") },
        FixedCode = ConfigurationStub.Source + """
            class PaymentsClient
            {
                private readonly string secretKey;
                public PaymentsClient(Microsoft.Extensions.Configuration.IConfiguration config)
                {
                    secretKey = config["PaymentsClient:SecretKey"];
                }
            }
            """,
        CodeActionEquivalenceKey = SE1001KnownFormatCredentialCodeFix.ReadFromConfigurationKey,
    }.RunAsync();

    // The fix replaces a literal only when the credential is all of it; the analyzer says where the credential sits.
    private const string SlackWebhook = "https://hooks.slack.com/services/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";

    [Fact]
    public Task WebhookUrl_IsMovedWhole() => Verify.VerifyCodeFixAsync(
        $$"""
        class Alerts
        {
            string channelWebhook = {|#0:"{{SlackWebhook}}"|};
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("Slack incoming webhook URL", "hook…", "a string literal")],
        """
        class Alerts
        {
            string channelWebhook = System.Environment.GetEnvironmentVariable("ALERTS_CHANNEL_WEBHOOK");
        }
        """);

    [Fact]
    public Task UrlThatEndsInTheToken_IsMovedWhole() => Verify.VerifyCodeFixAsync(
        $$"""
        class Clone
        {
            string remote = {|#0:"https://example.com/clone?token={{GitHubToken}}"|};
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("GitHub personal access token", "ghp_…", "a string literal")],
        """
        class Clone
        {
            string remote = System.Environment.GetEnvironmentVariable("CLONE_REMOTE");
        }
        """);

    [Fact]
    public Task TokenAfterTextOrBesideASecondCredential_IsReportedWithoutFix()
    {
        // Text before the token other than a URL without blanks, text after it, or a second credential: the literal is more than the secret.
        var source = $$"""
            class Clone
            {
                string spaced = {|#0:"https://example.com/ {{GitHubToken}}"|};
                string suffixed = {|#1:"{{GitHubToken}};rotate"|};
                string both = {|#2:"{{GitHubToken}} {{NpmToken}}"|};
            }
            """;
        return new Verify.Test
        {
            TestCode = source,
            FixedCode = source,
            ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithArguments("GitHub personal access token", "ghp_…", "a string literal"),
                Verify.Diagnostic().WithLocation(1).WithArguments("GitHub personal access token", "ghp_…", "a string literal"),
                Verify.Diagnostic().WithLocation(2).WithArguments("GitHub personal access token", "ghp_…", "a string literal"),
                Verify.Diagnostic().WithLocation(2).WithArguments("npm access token", "npm_…", "a string literal"),
            },
        }.RunAsync();
    }

    [Fact]
    public Task ValueJudgedByItsName_IsMovedWhole() => Verify.VerifyCodeFixAsync(
        $$"""
        class Storage
        {
            string awsSecretAccessKey = {|#0:"{{AwsSecret}}"|};
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("AWS secret access key", "FrLh…", "a string literal")],
        """
        class Storage
        {
            string awsSecretAccessKey = System.Environment.GetEnvironmentVariable("STORAGE_AWS_SECRET_ACCESS_KEY");
        }
        """);
}
