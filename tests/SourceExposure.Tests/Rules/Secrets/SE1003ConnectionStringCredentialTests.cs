// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.Secrets;
using SourceExposure.CodeFixes.Secrets;
using Fix = SourceExposure.Tests.CSharpCodeFixVerifier<
    SourceExposure.Analyzers.Secrets.SE1003ConnectionStringCredentialAnalyzer,
    SourceExposure.CodeFixes.Secrets.SE1003ConnectionStringCredentialCodeFix>;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<
    SourceExposure.Analyzers.Secrets.SE1003ConnectionStringCredentialAnalyzer>;

namespace SourceExposure.Tests.Rules.Secrets;

public sealed class SE1003ConnectionStringCredentialTests
{
    public static TheoryData<string, TestSecret, string, string> ConnectionStringCredentials => new()
    {
        { "Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password=", "Tq7#vR2mLx9!", ";Encrypt=True", "SQL Server password" },
        { "Data Source=db01;Initial Catalog=Ledger;User Id=ledger;Pwd=", "Kd8wQz3pLm", ";", "SQL Server password" },
        { "Host=pg.internal;Port=5432;Database=orders;Username=orders_app;Password=", "Vb5nHq2xWe", "", "PostgreSQL password" },
        { "Server=mysql01;Port=3306;Database=shop;Uid=shop;Pwd=", "Fz6tRk1pQa", ";", "MySQL password" },
        { "Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora1)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)));User Id=hr;Password=", "Orx4Lp9wZt", ";", "Oracle password" },
        { "Driver={ODBC Driver 18 for SQL Server};Server=db;Uid=rpt;PWD=", "Gh3sMv8cYu", ";", "ODBC password" },
        { "DefaultEndpointsProtocol=https;AccountName=bankdocs;AccountKey=", "kF3vQ8xR2mT9wL5pZ7nB4yH6sD1gJ0cE8uA3iO5rK2tV9xW4qM7zN1bP6fL3hS8dG==", ";EndpointSuffix=core.windows.net", "Azure Storage account key" },
        { "Endpoint=sb://bank-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=", "q8Vt2LmX9pR4sK8wZ3nB6yH1cF5gJ7dA0eT2uI4oP6s=", "", "Azure Service Bus or Event Hubs shared access key" },
        { "AccountEndpoint=https://bank.documents.azure.com:443/;AccountKey=", "C2y6yDjf5R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==", ";", "Cosmos DB account key" },
        { "BlobEndpoint=https://bankdocs.blob.core.windows.net/;SharedAccessSignature=", "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=Zx8Kq2Lm9Vt4Rp7Sw3Nb6Yh1", "", "Azure Storage shared access signature" },
        { "cache.bank.local:6380,password=", "Rd7sKq2vLp9x", ",ssl=True,abortConnect=False", "Redis password" },
        { "postgresql://orders_app:", "Vb5nHq2xWe", "@pg.internal:5432/orders", "PostgreSQL password" },
        { "mongodb+srv://svc:", "Mg4tQw8zRp", "@cluster0.example-bank.net/ledger?retryWrites=true", "MongoDB password" },
        { "mongodb://svc:", "Mg4tQw8zRp", "@mongo1:27017,mongo2:27017/ledger", "MongoDB password" },
        { "redis://:", "Rd7sKq2vLp9x", "@cache.bank.local:6379/0", "Redis password" },
        { "amqp://payments:", "Rb9mQx3tLw", "@rabbit.bank.local:5672/vhost", "RabbitMQ password" },
        { "https://deploy:", "Ht6pWq1zXr", "@artifacts.bank.local/feed", "password in a URL" },
        { "Host=pg;Username=u;Password='", "Sp;ace4Kz9", "';Database=d", "PostgreSQL password" },
    };

    [Theory]
    [MemberData(nameof(ConnectionStringCredentials))]
    public Task CredentialInConnectionString_IsReportedOnTheValue(string before, TestSecret secret, string after, string kind)
        => Verify.VerifyAnalyzerAsync(
            $$"""
            class Store
            {
                string connection = "{{before}}{|#0:{{secret.Value}}|}{{after}}";
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(kind, Analyzers.Redaction.Redact(secret.Value)));

    [Fact]
    public Task VerbatimAndRawLiterals_AreReportedOnTheValue() => Verify.VerifyAnalyzerAsync(
        """"
        class Store
        {
            string a = @"Server=db;Database=x;User Id=app;Password={|#0:Tq7#vR2mLx9!|};";
            string b = """Host=pg;Database=orders;Username=app;Password={|#1:Vb5nHq2xWe|}""";
            byte[] c = "amqp://app:{|#2:Rb9mQx3tLw|}@rabbit:5672"u8.ToArray();
        }
        """",
        Verify.Diagnostic().WithLocation(0).WithArguments("SQL Server password", "Tq7…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("PostgreSQL password", "Vb…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("RabbitMQ password", "Rb…"));

    [Fact]
    public Task EscapedLiteral_IsReportedOnTheWholeLiteral() => Verify.VerifyAnalyzerAsync(
        """
        class Store
        {
            string a = {|#0:"Server=db;Database=\"x\";User Id=app;Password=Tq7vR2mLx9k;"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("SQL Server password", "Tq…"));

    [Fact]
    public Task MultiLineRawLiteral_IsReportedOnTheWholeLiteral() => Verify.VerifyAnalyzerAsync(
        """"
        class Store
        {
            string a = {|#0:"""
                Host=pg;Database=orders;
                Username=app;Password=Vb5nHq2xWe
                """|};
        }
        """",
        Verify.Diagnostic().WithLocation(0).WithArguments("PostgreSQL password", "Vb…"));

    [Fact]
    public Task ConnectionStringInComment_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Store
        {
            // old: Server=db;Database=x;User Id=sa;Password={|#0:Tq7vR2mLx9k|}
            void Run() { }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("SQL Server password", "Tq…"));

    [Fact]
    public Task TextPartBeforeInterpolationHole_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Store
        {
            string Build(string pw, string host) => $"Host={host};Username=app;Password={pw};Database=orders";
            string Uri(string pw) => $"postgresql://app:{pw}@pg:5432/orders";
        }
        """);

    [Fact]
    public Task TemplatesAndEmptyPasswords_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Store
        {
            string a = "Server=db;Database=x;User Id=app;Password=;";
            string b = string.Format("Server=db;Database=x;User Id=app;Password={0};", "ignored");
            string c = "Host=pg;Username=app;Password=${DB_PASSWORD}";
            string d = "Host=pg;Username=app;Password=%PW%";
            string e = "Host=pg;Username=app;Password=$(DbPassword)";
            string f = "Host=pg;Username=app;Password=<password>";
            string g = "Host=pg;Username=app;Password=__DB_PASSWORD__";
            string h = "Host=pg;Username=app;Password=#{DbPassword}#";
            string i = "Host=pg;Username=app;Password={password}";
            string j = "Host=pg;Username=app;Password=changeme";
            string k = "Server=db;Database=x;Integrated Security=true;";
            string l = "Host=pg;Username=app;Password=your-password-here";
            string m = "Host=pg;Username=app;Password=********";
            string n = "Host=pg;Username=app;Password=" + System.Environment.GetEnvironmentVariable("PW");
        }
        """);

    [Fact]
    public Task UrisWithoutPasswords_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Links
        {
            string a = "https://bank.example.com/api/v1?user=a@b.com";
            string b = "mailto:ops@bank.example.com";
            string c = "https://user@git.bank.local/repo.git";
            string d = "postgresql://app@pg:5432/orders";
            string e = "redis://cache:6379";
            string f = "mongodb://${MONGO_USER}:${MONGO_PASSWORD}@mongo:27017";
            string g = "amqp://guest:<password>@localhost:5672";
            string h = "https://{0}:{1}@host/";
            string i = "ssh://git@github.com:22/org/repo.git";
        }
        """);

    [Fact]
    public Task PasswordWordInProse_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Messages
        {
            string a = "Password is required";
            string b = "Enter the password=value pairs in the form";
            string c = "Invalid user name or password.";
            string d = "Password=";
            // Example: "Host=db;Password=pw;Database=x" becomes "Host=db;Password=" + Read("PW") + ";Database=x"
        }
        """);

    [Fact]
    public void KeySynonymsAndCase_AreRecognised()
    {
        foreach (var key in new[] { "Password", "PASSWORD", "pwd", "User Password", "Passwd" })
        {
            var found = Analyzers.Secrets.Detection.ConnectionStrings.Find($"Server=db;Database=x;User Id=a;{key} = Tq7vR2mLx9k ;");
            Assert.Single(found);
            Assert.Equal("Tq7vR2mLx9k", found[0].Value);
        }
    }

    [Fact]
    public Task IncompleteCodeAsTyped_IsNotReported() => new Verify.Test
    {
        TestCode = """
            class C
            {
                string k = "Host=pg;Username=a;Password=" +
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task PasswordInField_IsReportedAndOnlyTheValueMovesToEnvironment() => Fix.VerifyCodeFixAsync(
        """
        class OrdersRepository
        {
            private readonly string ordersDbConnectionString = "Host=pg.internal;Username=orders_app;Password={|#0:Vb5nHq2xWe|};Database=orders";
        }
        """,
        [Fix.Diagnostic().WithLocation(0).WithArguments("PostgreSQL password", "Vb…")],
        """
        class OrdersRepository
        {
            private readonly string ordersDbConnectionString = "Host=pg.internal;Username=orders_app;Password=" + System.Environment.GetEnvironmentVariable("ORDERS_REPOSITORY_ORDERS_DB_PASSWORD") + ";Database=orders";
        }
        """);

    [Fact]
    public Task PasswordAtEndOfVerbatimString_IsReportedAndReplacedWithoutEmptySuffix() => Fix.VerifyCodeFixAsync(
        """
        class Ledger
        {
            string Build() => @"Server=db;Database=ledger;User Id=app;Password={|#0:Tq7vR2mLx9k|}";
        }
        """,
        [Fix.Diagnostic().WithLocation(0).WithArguments("SQL Server password", "Tq…")],
        """
        class Ledger
        {
            string Build() => "Server=db;Database=ledger;User Id=app;Password=" + System.Environment.GetEnvironmentVariable("LEDGER_PASSWORD");
        }
        """);

    [Fact]
    public Task ConfigurationInScope_IsReportedAndOffersAConfigurationRead() => new Fix.Test
    {
        TestCode = ConfigurationStub.Source + """
            class Storage
            {
                private readonly Microsoft.Extensions.Configuration.IConfiguration configuration;
                public Storage(Microsoft.Extensions.Configuration.IConfiguration configuration) => this.configuration = configuration;
                public string Connection() => "DefaultEndpointsProtocol=https;AccountName=bankdocs;AccountKey={|#0:kF3vQ8xR2mT9wL5pZ7nB4yH6sD1gJ0cE==|};EndpointSuffix=core.windows.net";
            }
            """,
        ExpectedDiagnostics = { Fix.Diagnostic().WithLocation(0).WithArguments("Azure Storage account key", "kF3v…") },
        FixedCode = ConfigurationStub.Source + """
            class Storage
            {
                private readonly Microsoft.Extensions.Configuration.IConfiguration configuration;
                public Storage(Microsoft.Extensions.Configuration.IConfiguration configuration) => this.configuration = configuration;
                public string Connection() => "DefaultEndpointsProtocol=https;AccountName=bankdocs;AccountKey=" + configuration["Storage:AccountKey"] + ";EndpointSuffix=core.windows.net";
            }
            """,
        CodeActionEquivalenceKey = SE1003ConnectionStringCredentialCodeFix.ReadFromConfigurationKey,
    }.RunAsync();

    [Fact]
    public Task SeveralLiterals_AreReportedAndFixedAll() => new Fix.Test
    {
        TestCode = """
            class Endpoints
            {
                string cache = "redis.bank.local:6380,password={|#0:Rd7sKq2vLp9x|},ssl=True";
                string broker = "amqp://payments:{|#1:Rb9mQx3tLw|}@rabbit.bank.local:5672/";
            }
            """,
        ExpectedDiagnostics =
        {
            Fix.Diagnostic().WithLocation(0).WithArguments("Redis password", "Rd7…"),
            Fix.Diagnostic().WithLocation(1).WithArguments("RabbitMQ password", "Rb…"),
        },
        FixedCode = """
            class Endpoints
            {
                string cache = "redis.bank.local:6380,password=" + System.Environment.GetEnvironmentVariable("ENDPOINTS_CACHE_PASSWORD") + ",ssl=True";
                string broker = "amqp://payments:" + System.Environment.GetEnvironmentVariable("ENDPOINTS_BROKER_PASSWORD") + "@rabbit.bank.local:5672/";
            }
            """,
    }.RunAsync();

    [Fact]
    public Task ConstAndInterpolatedStrings_AreReportedWithoutFix() => Fix.VerifyCodeFixAsync(
        """
        class Db
        {
            const string Connection = "Host=pg;Username=app;Password={|#0:Vb5nHq2xWe|}";
            string Build(string db) => $"Host=pg;Username=app;Password={|#1:Vb5nHq2xWe|};Database={db}";
        }
        """,
        [
            Fix.Diagnostic().WithLocation(0).WithArguments("PostgreSQL password", "Vb…"),
            Fix.Diagnostic().WithLocation(1).WithArguments("PostgreSQL password", "Vb…"),
        ],
        """
        class Db
        {
            const string Connection = "Host=pg;Username=app;Password={|#0:Vb5nHq2xWe|}";
            string Build(string db) => $"Host=pg;Username=app;Password={|#1:Vb5nHq2xWe|};Database={db}";
        }
        """);

    [Fact]
    public void HostileFiveMegabyteText_IsParsedWithoutException()
    {
        var pairs = string.Concat(System.Linq.Enumerable.Repeat("Password=Vb5nHq2xWe;Server=db;", 170_000));
        var uris = string.Concat(System.Linq.Enumerable.Repeat("x://a:b", 700_000));
        // Timing lives in bench/ (AdversarialInputBenchmarks): a clock in a unit test fails on a busy machine.
        var found = Analyzers.Secrets.Detection.ConnectionStrings.Find(pairs);
        Analyzers.Secrets.Detection.ConnectionStrings.Find(uris);
        Assert.True(pairs.Length > 5_000_000);
        Assert.NotEmpty(found);
    }

    [Fact]
    public async Task FiveMegabyteLiteralAndLongLine_AreNotReportedAndAnalyzedWithoutException()
    {
        var big = string.Concat(System.Linq.Enumerable.Repeat("bypass=on;passive=1;", 262_144));
        var line = string.Concat(System.Linq.Enumerable.Repeat("x://host/a@b ", 8_000));
        var test = new Verify.Test
        {
            TestCode = "class Big { string a = \"" + big + "\"; string b = \"" + line + "\"; }",
            AdditionalAnalyzers =
            {
                new SE1004CredentialNamedSymbolAnalyzer(),
                new SE1005CredentialApiArgumentAnalyzer(),
                new SE1006HardCodedCryptoKeyAnalyzer(),
            },
        };
        await test.RunAsync();
    }

    [Fact]
    public Task PasswordsOfDatabasesOnTheDevelopersMachine_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class LocalDatabases
        {
            string express = @"Data Source=LAPTOP-STKF2M8H\SQLEXPRESS;User ID=admin;Password=Adm1n-2024;Initial Catalog=ZrAdmin";
            string localDb = @"Server=(localdb)\MSSQLLocalDB;User Id=sa;Password=Xq7!vR2m#Lp9";
            string loopback = "Host=localhost;Port=5432;Username=app;Password=Xq7!vR2m#Lp9";
            string dot = "Server=.;Database=Shop;User Id=sa;Password=Xq7!vR2m#Lp9";
            string redis = "127.0.0.1:6379,password=Xq7!vR2m#Lp9";
        }
        """);

    [Fact]
    public Task PublishedEmulatorKey_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class StorageDefaults
        {
            const string Emulator = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
        }
        """);

    [Fact]
    public Task CredentialsInQueryStringsAndAssembledConnectionStrings_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class Clients
        {
            string Movie(string q) => $"https://www.omdbapi.com/?apikey={|#0:2c9d9507|}&t={q}";
            string Search(string q) => $"https://api.themoviedb.org/3/search/movie?api_key={|#1:4219e299c89411838049ab0dab19ebd5|}&query={q}";
            string Joined = "Server=db.corp.example;User Id=app;" + "Password={|#2:Xq7!vR2m#Lp9|};";
            string Split = "Server=db.corp.example;User Id=app;Password=" + "{|#3:Wq8!tZ3n#Kp2|}" + ";";
            string Orders(string host) => $"Server={host};User Id=orders;Password={|#4:Tz5!pK8w#Qm3|};";
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("API key in a URL query", "2c…"),
        Verify.Diagnostic().WithLocation(1).WithArguments("API key in a URL query", "4219…"),
        Verify.Diagnostic().WithLocation(2).WithArguments("database password", "Xq7…"),
        Verify.Diagnostic().WithLocation(3).WithArguments("database password", "Wq8…"),
        Verify.Diagnostic().WithLocation(4).WithArguments("database password", "Tz5…"));

    [Fact]
    public Task QueryParametersAndJoinsWithoutAWrittenSecret_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Clients
        {
            string Movie(string key, string q) => $"https://www.omdbapi.com/?apikey={key}&t={q}";
            string Sample = "https://api.example.com/v1/items?api_key=YOUR_API_KEY&page=2";
            string Paging = "https://api.example.com/v1/items?page=2&sort=created_at&token=abc";
            string Callback = "https://login.example.com/callback?state=8f3a9c2e71b4&code_challenge_method=S256";
            string Orders(string password) => "Server=db.corp.example;User Id=orders;Password=" + password + ";";
            string Local = "Server=localhost;User Id=sa;" + "Password=Xq7!vR2m#Lp9;";
        }
        """);

    [Fact]
    public Task SessionTokenOfALinkInAComment_IsNotReportedButANamedKeyIs() => Verify.VerifyAnalyzerAsync(
        """
        class AuthorizerInfo
        {
            /* 文档：https://open.weixin.qq.com/cgi-bin/showdocument?action=dir_list&t=resource/res_list&verify=1&id=open1453779503&token=577c9c8ce651b313d1b4926cdfcb48d6e6935a9e&lang=zh_CN */
            string Name;

            // Example: https://www.omdbapi.com/?apikey={|#0:2c9d9507|}&t=Alien
            string Title;
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("API key in a URL query", "2c…"));
}
