// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Backdoors;
using SourceExposure.Analyzers.Configuration;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.Backdoors.SE4001HardCodedCredentialCheckAnalyzer>;

namespace SourceExposure.Tests.Rules.Backdoors;

public sealed class SE4001HardCodedCredentialCheckTests
{
    [Fact]
    public Task MasterPasswordParameter_IsReportedWithRedactedValue() => Verify.VerifyAnalyzerAsync(
        """
        class LoginService
        {
            public bool Login(string user, string password)
            {
                if ({|#0:password == "Sup3rS3cretOverride!"|}) return true;
                return false;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("password", "Sup3…"));

    [Fact]
    public Task UserAndPasswordBranch_IsReportedOnceOnThePassword() => Verify.VerifyAnalyzerAsync(
        """
        class Auth
        {
            public bool Check(string user, string pass)
            {
                if (user == "support" && {|#0:pass == "f4ke-Passw0rd"|}) return true;
                return false;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("pass", "f4k…"));

    [Fact]
    public Task MagicTokenGrantingAdmin_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Gate
        {
            bool isAdmin;
            void Enter(string token)
            {
                if ([|token == "debug-override"|]) isAdmin = true;
            }
        }
        """);

    [Fact]
    public Task ComparisonMethods_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Linq;
        using System.Security.Cryptography;
        using System.Text;

        class Checks
        {
            const string Master = "m4ster-k3y-0001";
            static readonly string Fallback = "fallback-pin-77";

            bool A(string password) => [|password.Equals("letmein-2024")|];
            bool B(string password) => [|string.Equals(password, "letmein-2024", StringComparison.Ordinal)|];
            bool C(string apiKey) => [|string.Compare(apiKey, Master, StringComparison.Ordinal)|] == 0;
            bool D(string token) => [|Encoding.UTF8.GetBytes(token).SequenceEqual(Encoding.UTF8.GetBytes("s3cr3t-t0ken"))|];
            bool E(string secret) => [|CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Master))|];
            bool F(string pin) => [|pin == Fallback|];
            bool G(string password) => [|password is "letmein-2024"|];
            bool H(string password) => [|SlowEquals(password, "letmein-2024")|];
            bool I(string password) => [|password == "123456"|];
            static bool SlowEquals(string a, string b) => a.Length == b.Length;
        }
        """);

    [Fact]
    public Task RequestModelsAndHeaders_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Collections.Generic;

        class LoginRequest { public string UserName { get; set; } = ""; public string Password { get; set; } = ""; }

        class Controller
        {
            public Dictionary<string, string> Headers { get; } = new();

            bool Login(LoginRequest request) => {|#0:request.Password != "Winter2024!"|};

            bool Api() => {|#1:Headers["X-Api-Key"] == "k-93f0c1d2"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Password", "Wi…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("X-Api-Key", "k-…"));

    [Fact]
    public Task ValueFollowedThroughLocal_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class LoginRequest { public string Password { get; set; } = ""; }

        class Handler
        {
            bool Handle(LoginRequest login)
            {
                var p = login.Password.Trim();
                return {|#0:p == "Tr0ub4dor&3"|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Password", "Tr…"));

    [Fact]
    public Task UnnamedInputInLoginMethodGrantingAccess_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Portal
        {
            public bool SignIn(string a, string b)
            {
                if ([|a == "field-engineer"|] && b.Length > 0) return true;
                return false;
            }
        }
        """);

    [Fact]
    public Task NearMisses_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System.Security.Principal;

        enum State { Active }

        class Account
        {
            public string Status { get; set; } = "";
            public string Role { get; set; } = "";

            bool Empty(string password) => password == "" || password == string.Empty || password == null;
            bool Blank(string token) => token == " ";
            bool RoleCheck(string role) => role == "Admin";
            bool RoleMember(IPrincipal user) => user.IsInRole("Administrators");
            bool ActiveAccount(string accountStatus) => accountStatus == "active";
            bool TokenKind(string tokenType) => tokenType == "Bearer";
            bool StatusWord(string token) => token == "revoked";
            bool HeaderName(string headerName) => headerName == "Authorization";
            bool KeyName(string key) => key == "X-Api-Key";
            bool Length(string password) => password.Length == 0;
            bool Reserved(string userName)
            {
                if (userName == "admin") throw new System.ArgumentException("reserved");
                return true;
            }
            bool Compare(string password, string stored) => password == stored;
            bool Other(string command) => command == "restart-service";
            bool Configured(string apiKey) => apiKey != "<your-token-here>" && apiKey != "${API_KEY}";
            bool DefaultPassword(string password) => password == "changeme";
            bool StatusFilter(string status, string state) => string.Equals(status, "open", System.StringComparison.Ordinal);
        }
        """);

    [Fact]
    public Task UserNameOnlyGrantingAccess_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Backstage
        {
            bool authenticated;
            void Enter(string userName)
            {
                if ([|userName == "ghost-operator"|])
                {
                    authenticated = true;
                }
            }
        }
        """);

    [Fact]
    public Task TestCode_IsNotReportedByDefault() => new Verify.Test
    {
        TestState = { Sources = { ("/0/tests/LoginTests.cs", """class LoginTests { bool A(string password) => password == "Sup3rS3cret!"; }""") } },
    }.RunAsync();

    [Fact]
    public Task TestCodeWithOption_IsReported()
    {
        var test = new Verify.Test
        {
            TestState = { Sources = { ("/0/tests/LoginTests.cs", """class LoginTests { bool A(string password) => [|password == "Sup3rS3cret!"|]; }""") } },
        };
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.SE4001.code_kinds", "product, test")));
        return test.RunAsync();
    }

    [Fact]
    public Task TestCodeWithFamilyOption_IsReported()
    {
        var test = new Verify.Test
        {
            TestCode = """class LoginCheck { bool A(string password) => [|password == "Sup3rS3cret!"|]; }""",
        };
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("IsTestProject", "true")));
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.backdoors.code_kinds", "all")));
        return test.RunAsync();
    }

    [Fact]
    public Task TestProject_IsNotReported()
    {
        var test = new Verify.Test
        {
            TestCode = """class LoginCheck { bool A(string password) => password == "Sup3rS3cret!"; }""",
        };
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("IsTestProject", "true")));
        return test.RunAsync();
    }

    [Fact]
    public Task InvalidOption_IsReportedBySE0001AndDefaultApplies()
    {
        var test = new Verify.Test
        {
            TestState = { Sources = { ("/0/tests/LoginTests.cs", """class LoginTests { bool A(string password) => password == "Sup3rS3cret!"; }""") } },
        };
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.SE4001.code_kinds", "maybe")));
        test.AdditionalAnalyzers.Add(new SE0001InvalidConfigurationAnalyzer());
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SourceExposure.Analyzers.Rules.SE0001).WithNoLocation()
            .WithArguments("source_exposure.SE4001.code_kinds", "maybe", "all, none, or a comma-separated list of product, test, sample and docs"));
        return test.RunAsync();
    }

    [Fact]
    public Task IncompleteCodeAsTyped_DoesNotThrow() => new Verify.Test
    {
        TestCode = """
            class C
            {
                bool Login(string password) { if (password == 
                bool X(string token) => token.Equals(
                bool Y(string pin) => string.Compare(pin, ) == 
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task KeywordComparedIgnoringCase_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        class AgentConfig { public string WebservicePassword { get; set; } }
        class Agent
        {
            string Password(AgentConfig config)
                => string.Equals("random", config.WebservicePassword, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(config.WebservicePassword)
                    ? Guid.NewGuid().ToString()
                    : config.WebservicePassword;
        }
        """);

    [Fact]
    public Task PasswordComparedIgnoringCaseWithAValueThatIsNotAWord_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        class Login
        {
            bool Check(string password) => [|string.Equals(password, "Sup3rS3cret!", StringComparison.OrdinalIgnoreCase)|];
        }
        """);

    [Fact]
    public Task LiteralBytesDigestsAndOneTimeCodePatterns_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Gate
        {
            bool Login(string password)
            {
                var expected = Encoding.UTF8.GetBytes("s3cret-Master-2024");
                return {|#0:CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), expected)|};
            }

            bool Admin(string password)
            {
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
                return {|#1:hash == "5E884898DA28047151D0E56F8DC6292773603D0D6AABBDD62A11EF721D1542D8"|};
            }

            bool VerifyOtp(string code) => {|#2:code is "000000" or "731952"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("password", "s3cr…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("password", "5E88…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("code", "0…"));

    [Fact]
    public Task VersionsStoredDigestsAndComparisonsWithoutACredential_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Gate
        {
            byte[] storedHash = Array.Empty<byte>();
            string GetVersion(string token) { if (token == "1.2.3.4") return "1.2.3.4"; return token; }
            bool Login(string password) => CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(password)), storedHash);
            bool Checksum(byte[] file) => Convert.ToHexString(SHA256.HashData(file)) == "5E884898DA28047151D0E56F8DC6292773603D0D6AABBDD62A11EF721D1542D8";
            bool IsEmpty(string code) => code is "" or null;
        }
        """);

    [Fact]
    public Task ServerRepliesAndCommandLineOptionsInCheckMethods_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.Linq;
        class Uploader
        {
            string Send(string url) => url;

            public bool CheckAuthToken()
            {
                string response = Send("auth/ping/?format=json");
                if (response == "\"pong\"")
                {
                    return true;
                }

                return false;
            }

            static bool AllowInsecure()
            {
                var opt = "--allow-insecure-datafolder";
                var match = Environment.GetCommandLineArgs().Select((token, index) => new { token, index })
                    .LastOrDefault(x => string.Equals(x.token, opt, StringComparison.OrdinalIgnoreCase));
                return match != null;
            }
        }
        """);

    [Fact]
    public Task SuppliedCodeInACheckMethod_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Gate
        {
            public bool CheckToken(string supplied)
            {
                if ({|#0:supplied == "Tz5pK8wQm3Xq7vR2"|})
                {
                    return true;
                }

                return false;
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("supplied", "Tz5p…"));
}
