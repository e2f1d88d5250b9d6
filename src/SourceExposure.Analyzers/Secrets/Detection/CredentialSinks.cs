// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Shared.Api;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>A parameter or property of a known API that receives a credential or key; types named by metadata name.</summary>
internal sealed class CredentialSink
{
    public const string Constructor = ".ctor";

    public CredentialSink(string typeName, string member, string? parameter, string kind, string display)
    {
        TypeName = typeName;
        Member = member;
        Parameter = parameter;
        Kind = kind;
        Display = display;
    }

    /// <summary>Metadata name of the declaring type (resolved through the API table, <see cref="CredentialSinks.Credentials"/>).</summary>
    public string TypeName { get; }

    /// <summary><see cref="Constructor"/>, a method name or a property name (for a property set, with no parameter).</summary>
    public string Member { get; }

    /// <summary>The parameter that receives the credential; null for a property.</summary>
    public string? Parameter { get; }

    /// <summary>What the value is, for the message: "password", "AWS secret access key".</summary>
    public string Kind { get; }

    /// <summary>How the message names the API: "NetworkCredential", "SqlConnectionStringBuilder.Password".</summary>
    public string Display { get; }
}

/// <summary>The APIs SE1005 (credentials) and SE1006 (key and IV bytes) know, as data.</summary>
internal static class CredentialSinks
{
    /// <summary>Header names whose value is a credential, for HttpHeaders.Add and TryAddWithoutValidation.</summary>
    public static readonly string[] CredentialHeaders =
    [
        "authorization", "proxy-authorization", "x-api-key", "api-key", "apikey", "x-auth-token", "x-access-token",
        "ocp-apim-subscription-key", "x-functions-key", "private-token", "x-goog-api-key", "x-figma-token",
    ];

    public static readonly ApiTable<CredentialSink> Credentials = Table(
    [
        new("System.Net.NetworkCredential", CredentialSink.Constructor, "password", "password", "NetworkCredential"),
        new("System.Net.NetworkCredential", "Password", null, "password", "NetworkCredential.Password"),
        new("System.Net.Http.Headers.AuthenticationHeaderValue", CredentialSink.Constructor, "parameter", "HTTP authorization credential", "AuthenticationHeaderValue"),
        new("System.Net.Http.Headers.HttpHeaders", "Add", "value", "HTTP credential header", "HttpHeaders.Add"),
        new("System.Net.Http.Headers.HttpHeaders", "TryAddWithoutValidation", "value", "HTTP credential header", "HttpHeaders.TryAddWithoutValidation"),
        new("System.Data.SqlClient.SqlConnectionStringBuilder", "Password", null, "SQL Server password", "SqlConnectionStringBuilder.Password"),
        new("Microsoft.Data.SqlClient.SqlConnectionStringBuilder", "Password", null, "SQL Server password", "SqlConnectionStringBuilder.Password"),
        new("Npgsql.NpgsqlConnectionStringBuilder", "Password", null, "PostgreSQL password", "NpgsqlConnectionStringBuilder.Password"),
        new("MySqlConnector.MySqlConnectionStringBuilder", "Password", null, "MySQL password", "MySqlConnectionStringBuilder.Password"),
        new("MySql.Data.MySqlClient.MySqlConnectionStringBuilder", "Password", null, "MySQL password", "MySqlConnectionStringBuilder.Password"),
        new("Oracle.ManagedDataAccess.Client.OracleConnectionStringBuilder", "Password", null, "Oracle password", "OracleConnectionStringBuilder.Password"),
        new("System.Security.Cryptography.X509Certificates.X509Certificate", CredentialSink.Constructor, "password", "certificate password", "X509Certificate"),
        new("System.Security.Cryptography.X509Certificates.X509Certificate2", CredentialSink.Constructor, "password", "certificate password", "X509Certificate2"),
        // X509Certificate2.Import overrides X509Certificate.Import, and a member matches where it is first declared.
        new("System.Security.Cryptography.X509Certificates.X509Certificate", "Import", "password", "certificate password", "X509Certificate.Import"),
        new("System.Security.Cryptography.X509Certificates.X509CertificateLoader", "LoadPkcs12", "password", "certificate password", "X509CertificateLoader.LoadPkcs12"),
        new("System.Security.Cryptography.X509Certificates.X509CertificateLoader", "LoadPkcs12FromFile", "password", "certificate password", "X509CertificateLoader.LoadPkcs12FromFile"),
        new("System.Security.Cryptography.Rfc2898DeriveBytes", CredentialSink.Constructor, "password", "key-derivation password", "Rfc2898DeriveBytes"),
        new("System.Security.Cryptography.Rfc2898DeriveBytes", "Pbkdf2", "password", "key-derivation password", "Rfc2898DeriveBytes.Pbkdf2"),
        new("System.DirectoryServices.DirectoryEntry", CredentialSink.Constructor, "password", "directory password", "DirectoryEntry"),
        new("System.DirectoryServices.AccountManagement.PrincipalContext", CredentialSink.Constructor, "password", "directory password", "PrincipalContext"),
        new("Amazon.Runtime.BasicAWSCredentials", CredentialSink.Constructor, "secretKey", "AWS secret access key", "BasicAWSCredentials"),
        new("Amazon.Runtime.SessionAWSCredentials", CredentialSink.Constructor, "awsSecretAccessKey", "AWS secret access key", "SessionAWSCredentials"),
        new("Azure.Storage.StorageSharedKeyCredential", CredentialSink.Constructor, "accountKey", "Azure Storage account key", "StorageSharedKeyCredential"),
        new("Azure.AzureKeyCredential", CredentialSink.Constructor, "key", "Azure API key", "AzureKeyCredential"),
        new("Azure.AzureSasCredential", CredentialSink.Constructor, "signature", "Azure shared access signature", "AzureSasCredential"),
        new("Azure.Identity.ClientSecretCredential", CredentialSink.Constructor, "clientSecret", "Microsoft Entra client secret", "ClientSecretCredential"),
        new("Azure.Identity.UsernamePasswordCredential", CredentialSink.Constructor, "password", "Microsoft Entra password", "UsernamePasswordCredential"),
        new("Microsoft.Identity.Client.ConfidentialClientApplicationBuilder", "WithClientSecret", "clientSecret", "Microsoft Entra client secret", "ConfidentialClientApplicationBuilder.WithClientSecret"),
        new("Microsoft.Azure.Cosmos.CosmosClient", CredentialSink.Constructor, "authKeyOrResourceToken", "Cosmos DB key", "CosmosClient"),
        new("System.ClientModel.ApiKeyCredential", CredentialSink.Constructor, "key", "API key", "ApiKeyCredential"),
        new("StackExchange.Redis.ConfigurationOptions", "Password", null, "Redis password", "ConfigurationOptions.Password"),
        new("RabbitMQ.Client.ConnectionFactory", "Password", null, "RabbitMQ password", "ConnectionFactory.Password"),
        new("MongoDB.Driver.MongoCredential", "CreateCredential", "password", "MongoDB password", "MongoCredential.CreateCredential"),
        new("Renci.SshNet.PasswordAuthenticationMethod", CredentialSink.Constructor, "password", "SSH password", "PasswordAuthenticationMethod"),
        new("Renci.SshNet.SshClient", CredentialSink.Constructor, "password", "SSH password", "SshClient"),
        new("Renci.SshNet.SftpClient", CredentialSink.Constructor, "password", "SSH password", "SftpClient"),
        new("MailKit.MailService", "Authenticate", "password", "mail server password", "MailService.Authenticate"),
        new("Twilio.TwilioClient", "Init", "password", "Twilio auth token", "TwilioClient.Init"),
        new("Stripe.StripeConfiguration", "ApiKey", null, "Stripe API key", "StripeConfiguration.ApiKey"),
        new("Stripe.StripeClient", CredentialSink.Constructor, "apiKey", "Stripe API key", "StripeClient"),
        new("SendGrid.SendGridClient", CredentialSink.Constructor, "apiKey", "SendGrid API key", "SendGridClient"),
    ]);

    public static readonly ApiTable<CredentialSink> Keys = Table(
    [
        new("System.Security.Cryptography.SymmetricAlgorithm", "Key", null, "key", "SymmetricAlgorithm.Key"),
        new("System.Security.Cryptography.SymmetricAlgorithm", "IV", null, "IV", "SymmetricAlgorithm.IV"),
        new("System.Security.Cryptography.SymmetricAlgorithm", "CreateEncryptor", "rgbKey", "key", "SymmetricAlgorithm.CreateEncryptor"),
        new("System.Security.Cryptography.SymmetricAlgorithm", "CreateEncryptor", "rgbIV", "IV", "SymmetricAlgorithm.CreateEncryptor"),
        new("System.Security.Cryptography.SymmetricAlgorithm", "CreateDecryptor", "rgbKey", "key", "SymmetricAlgorithm.CreateDecryptor"),
        new("System.Security.Cryptography.SymmetricAlgorithm", "CreateDecryptor", "rgbIV", "IV", "SymmetricAlgorithm.CreateDecryptor"),
        // HMAC.Key overrides KeyedHashAlgorithm.Key: one entry where the property is first declared serves both.
        new("System.Security.Cryptography.KeyedHashAlgorithm", "Key", null, "HMAC key", "KeyedHashAlgorithm.Key"),
        new("System.Security.Cryptography.HMACSHA1", CredentialSink.Constructor, "key", "HMAC key", "HMACSHA1"),
        new("System.Security.Cryptography.HMACSHA256", CredentialSink.Constructor, "key", "HMAC key", "HMACSHA256"),
        new("System.Security.Cryptography.HMACSHA384", CredentialSink.Constructor, "key", "HMAC key", "HMACSHA384"),
        new("System.Security.Cryptography.HMACSHA512", CredentialSink.Constructor, "key", "HMAC key", "HMACSHA512"),
        new("System.Security.Cryptography.HMACMD5", CredentialSink.Constructor, "key", "HMAC key", "HMACMD5"),
        new("System.Security.Cryptography.HMACSHA1", "HashData", "key", "HMAC key", "HMACSHA1.HashData"),
        new("System.Security.Cryptography.HMACSHA256", "HashData", "key", "HMAC key", "HMACSHA256.HashData"),
        new("System.Security.Cryptography.HMACSHA384", "HashData", "key", "HMAC key", "HMACSHA384.HashData"),
        new("System.Security.Cryptography.HMACSHA512", "HashData", "key", "HMAC key", "HMACSHA512.HashData"),
        new("System.Security.Cryptography.AesGcm", CredentialSink.Constructor, "key", "key", "AesGcm"),
        new("System.Security.Cryptography.AesCcm", CredentialSink.Constructor, "key", "key", "AesCcm"),
        new("System.Security.Cryptography.ChaCha20Poly1305", CredentialSink.Constructor, "key", "key", "ChaCha20Poly1305"),
        new("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey", CredentialSink.Constructor, "key", "signing key", "SymmetricSecurityKey"),
    ]);

    /// <summary>Each sink is an entry for its one member, matched where that member is declared (an override where the member it overrides is).</summary>
    private static ApiTable<CredentialSink> Table(CredentialSink[] sinks)
    {
        var entries = new ApiEntry<CredentialSink>[sinks.Length];
        for (var i = 0; i < sinks.Length; i++)
        {
            entries[i] = new ApiEntry<CredentialSink>(sinks[i].TypeName, [sinks[i].Member], sinks[i]);
        }

        return new ApiTable<CredentialSink>(entries);
    }
}
