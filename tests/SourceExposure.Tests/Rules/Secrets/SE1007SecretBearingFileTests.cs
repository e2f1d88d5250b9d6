// SPDX-License-Identifier: MIT
using System.Linq;
using System.Threading.Tasks;
using SourceExposure.Analyzers.Secrets;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.Secrets.SE1007SecretBearingFileAnalyzer>;

namespace SourceExposure.Tests.Rules.Secrets;

public sealed class SE1007SecretBearingFileTests
{
    private const string ItemType = SE1007SecretBearingFileAnalyzer.ItemTypeKey;
    private const string Code = "class Program { }";

    /// <summary>A test whose additional files all carry <paramref name="itemType"/>, plus any <paramref name="options"/>.</summary>
    private static Verify.Test Embedded(string itemType = "EmbeddedResource", params (string Key, string Value)[] options) => new()
    {
        TestCode = Code,
        TestState = { AnalyzerConfigFiles = { AnalyzerConfig.EditorConfig([(ItemType, itemType), .. options]) } },
    };

    [Fact]
    public Task PasswordInProductionSettings_IsReportedAtTheValue()
    {
        var test = Embedded();
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Production.json", """
            {
              "ConnectionStrings": { "Ledger": "Server=db.bank.internal;User Id=gateway;Password={|#0:Xq7!vR2m#Lp9|};" },
              "Smtp": { "Host": "smtp.bank.internal", "Password": "{|#1:N0t$oS3cr3t-4u|}" },
              "Logging": { "LogLevel": { "Default": "Warning" } }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0)
            .WithArguments("Password of 'Password' ('Xq7…')", "appsettings.Production.json", "an embedded resource"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1)
            .WithArguments("Password of 'Password' ('N0t…')", "appsettings.Production.json", "an embedded resource"));
        return test.RunAsync();
    }

    [Fact]
    public Task TokenInYamlAndEnvFiles_IsReportedWithItsFormat()
    {
        var test = Embedded("Content");
        test.TestState.AdditionalFiles.Add(("/0/deploy.yml", "registry:\n  token: [|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|]\n"));
        test.TestState.AdditionalFiles.Add(("/0/.env", "STRIPE_KEY=[|sk_live_51CN6Zj4a3dDVhYRnKTbxTNJFoBinF5aJXVuLkSIc4|]\nDB_PASSWORD=[|Hq4%tW9zLm2e|]\nLOG_LEVEL=debug\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task XmlConfigCredentials_AreReported()
    {
        var test = Embedded("None");
        test.TestState.AdditionalFiles.Add(("/0/app.config", """
            <configuration>
              <appSettings>
                <add key="PaymentApiKey" value="[|k8Vq2LmX9pR4sK7w|]" />
                <add key="PaymentApiUrl" value="https://pay.bank.internal/v2" />
              </appSettings>
              <smtp password="[|Zr5$Yh2qWc8n|]" host="smtp.bank.internal" />
              <Secret>[|t6Nw!Pq3Rz8Lx1|]</Secret>
            </configuration>
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task EntriesAnywhereInALongFile_AreFound_IncludingAValueOnTheLineBelowItsKey()
    {
        // The patterns run only around the lines that hold a keyword: entries at the start, after thousands of lines
        // without one, on consecutive lines and with the value wrapped onto the next line must all still be found.
        var filler = string.Concat(Enumerable.Range(0, 3000).Select(i => $"    \"Setting{i}\": \"value {i}\",\n"));
        var test = Embedded();
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{\n    \"ApiKey\": \"[|k8Vq2LmX9pR4sK7w|]\",\n" + filler + """
                "SmtpPassword":
                    "[|Zr5$Yh2qWc8n|]",
                "ClientSecret": "[|t6Nw!Pq3Rz8Lx1|]",
                "AuthToken": "[|Hq4%tW9zLm2eVb|]"
            }
            """));
        test.TestState.AdditionalFiles.Add(("/0/.env", "A=1\n" + string.Concat(Enumerable.Repeat("LOG=debug\n", 500)) + "DB_PASSWORD=[|Gm3#uY7pKd2w|]"));
        return test.RunAsync();
    }

    [Fact]
    public Task KeyContainers_AreReportedByTypeWithoutReading()
    {
        var test = Embedded();
        test.TestState.AdditionalFiles.Add(("/0/gateway.pfx", "[||]\u0000\u0001binary"));
        test.TestState.AdditionalFiles.Add(("/0/release.jks", "[||]\u00fe\u00edbinary"));
        test.TestState.AdditionalFiles.Add(("/0/deploy.ppk", "[||]PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\nshort\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task PemWithPrivateKey_IsReportedAtTheBlockButCertificateIsNotReported()
    {
        var test = Embedded();
        const string Body = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n";
        test.TestState.AdditionalFiles.Add(("/0/signing.pem", "[|-----BEGIN RSA PRIVATE KEY-----\n" + Body + "-----END RSA PRIVATE KEY-----|]\n"));
        test.TestState.AdditionalFiles.Add(("/0/root.crt", "-----BEGIN CERTIFICATE-----\n" + Body + "-----END CERTIFICATE-----\n"));
        test.TestState.AdditionalFiles.Add(("/0/partner.pub", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl deploy@bank\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task PlaceholdersAndReferences_AreNotReported()
    {
        var test = Embedded();
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """
            {
              "ConnectionStrings": { "Ledger": "Server=db;User Id=gateway;Password={0};", "Audit": "Server=db;Password=;" },
              "Smtp": { "Password": "${SMTP_PASSWORD}", "PasswordPolicy": "Strong", "RequirePassword": "true" },
              "Stripe": { "SecretKey": "sk_live_<your secret key>", "ApiKey": "#{StripeApiKey}#" },
              "Vault": { "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x)", "Token": "Vault:Gateway:Token" },
              "GitHub": { "Token": "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AccessToken": "changeme" },
              "Auth": { "TokenLifetime": "3600", "Secret": "%APP_SECRET%", "ApiKey": "YOUR_API_KEY" }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task UnmarkedAdditionalFile_IsNotReportedByDefault()
    {
        var test = new Verify.Test { TestCode = Code };
        test.TestState.AdditionalFiles.Add(("/0/stylecop.json", """{ "Password": "Xq7!vR2m#Lp9" }"""));
        test.TestState.AdditionalFiles.Add(("/0/signing.pfx", "binary"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnmarkedAdditionalFile_IsReportedWhenTheOptionAsks()
    {
        var test = new Verify.Test { TestCode = Code };
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.SE1007.scan_all_additional_files", "true")));
        test.TestState.AdditionalFiles.Add(("/0/settings.json", """{ "Password": "[|Xq7!vR2m#Lp9|]" }"""));
        return test.RunAsync();
    }

    [Fact]
    public Task AllowlistedFingerprint_IsNotReported()
    {
        var test = Embedded();
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """{ "Password": "Xq7!vR2m#Lp9", "ApiKey": "[|k8Vq2LmX9pR4sK7w|]" }"""));
        test.TestState.AdditionalFiles.Add(("/0/SourceExposure.Allowlist.txt", SecretAllowlist.Fingerprint("Xq7!vR2m#Lp9") + " # shared dev password, rotated\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task AllowedValuePattern_IsNotReported()
    {
        var test = Embedded(options: ("source_exposure.secrets.allowed_values", "^Xq7!"));
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """{ "Password": "Xq7!vR2m#Lp9", "ApiKey": "[|k8Vq2LmX9pR4sK7w|]" }"""));
        return test.RunAsync();
    }

    [Fact]
    public Task EmptyAndTruncatedFiles_NotReportedAndDoNotThrow()
    {
        var test = Embedded();
        test.TestState.AdditionalFiles.Add(("/0/empty.json", string.Empty));
        test.TestState.AdditionalFiles.Add(("/0/cut.json", """{ "Password": "Xq"""));
        test.TestState.AdditionalFiles.Add(("/0/cut.xml", """<add key="ApiKey" value="""));
        return test.RunAsync();
    }

    [Fact]
    public Task PublicKeyTokensAndTemplateValues_AreNotReported()
    {
        var test = Embedded("None");
        test.TestState.AdditionalFiles.Add(("/0/App.config", """
            <configuration>
              <appSettings>
                <add key="TenPayV3_Key" value="TenPayV3_Key" />
                <add key="WeixinAppSecret" value="[WeixinAppSecret]" />
                <add key="WxOpenToken" value="微信小程序Token" />
              </appSettings>
              <runtime>
                <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
                  <dependentAssembly>
                    <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" culture="neutral" />
                  </dependentAssembly>
                </assemblyBinding>
              </runtime>
            </configuration>
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task EmulatorAccountKeyInSettings_IsNotReported()
    {
        var test = Embedded("None");
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Development.json", """
            { "Storage": { "AccountKey": "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==" } }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task PasswordOfALocalDatabaseInSettings_IsNotReported()
    {
        var test = Embedded("None");
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """
            { "ConnectionStrings": { "Conn": "Data Source=LAPTOP-STKF2M8H\\SQLEXPRESS;User ID=admin;Password=Adm1n-2024;Initial Catalog=ZrAdmin;" } }
            """));
        return test.RunAsync();
    }
}
