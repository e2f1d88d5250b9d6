// SPDX-License-Identifier: MIT
using System.Collections.Generic;

namespace SourceExposure.Tests.Corpora;

/// <summary>
/// One small, compilable program per construct the rules must see through (how real C# writes a key, a host or a
/// back door), each beside its near miss: the same shape holding nothing to report. Every analyzer of the package
/// runs over each; a true case must draw its rule, a near miss nothing at all. The values are not the unit tests'.
/// </summary>
public static class ConstructCorpus
{
    /// <summary>A case: the family it counts for, what it shows, the rule it must draw (null: none), the source.</summary>
    public sealed record Case(string Family, string Construct, string? Rule, string Source, string Path = "/src/App/Corpus.cs");

    private const string Crypto = "using System; using System.Security.Cryptography; using System.Text;\n";

    public static IEnumerable<Case> All()
    {
        // Secrets: symmetric keys and IVs reaching crypto APIs.
        yield return new("secrets", "Aes.Key from a byte array", "SE1006", Crypto + "class A { void M() { using var aes = Aes.Create(); aes.Key = new byte[] { 0x61, 0x0F, 0xC4, 0x9B, 0x27, 0xE3, 0x58, 0xA0, 0x1D, 0x76, 0xB2, 0x4E, 0x93, 0x3C, 0xD8, 0x05 }; } }");
        yield return new("secrets", "Aes.IV from a collection expression", "SE1006", Crypto + "class A { void M() { using var aes = Aes.Create(); aes.IV = [0x9A, 0x42, 0x17, 0xE8, 0x5C, 0x03, 0xBF, 0x66, 0x2D, 0xF1, 0x88, 0x34, 0xA7, 0x0E, 0xC9, 0x51]; } }");
        yield return new("secrets", "static readonly key field reaching CreateEncryptor", "SE1006", Crypto + "class A { static readonly byte[] Secret = { 0x4D, 0xA2, 0x19, 0xF6, 0x3B, 0xC0, 0x87, 0x5E, 0x12, 0xEB, 0x6A, 0x97, 0x2F, 0xD4, 0x71, 0x08 }; ICryptoTransform M(byte[] iv) { using var aes = Aes.Create(); return aes.CreateEncryptor(Secret, iv); } }");
        yield return new("secrets", "base64 key string through FromBase64String", "SE1006", Crypto + "class A { void M() { using var aes = Aes.Create(); aes.Key = Convert.FromBase64String(\"hV3kQz9mT2xW7rB4nL8pC1yF6sD0gJ5a\"); } }");
        yield return new("secrets", "HMAC key through a local", "SE1006", Crypto + "class A { byte[] M(byte[] body) { var secret = Encoding.UTF8.GetBytes(\"orders-webhook-Kq83!zx\"); using var mac = new HMACSHA512(secret); return mac.ComputeHash(body); } }");
        yield return new("secrets", "key property expression-bodied", "SE1006", Crypto + "class A { static byte[] Material => new byte[] { 0xB3, 0x5F, 0x08, 0xDA, 0x71, 0x2C, 0xE5, 0x96, 0x4B, 0x1E, 0xA8, 0x67, 0x3D, 0xF0, 0x82, 0xC9 }; void M() { using var aes = Aes.Create(); aes.Key = Material; } }");
        yield return new("secrets", "key from a hashed pass phrase", "SE1006", Crypto + "class A { void M() { using var aes = Aes.Create(); aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(\"blue-lantern-under-harbour\")); } }");
        yield return new("secrets", "SymmetricSecurityKey with a literal", "SE1006", "namespace Microsoft.IdentityModel.Tokens { public class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } } }\nclass A { object M() => new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(\"jwt-issuer-signing-Mx81#qpL02vTz\")); }");
        yield return new("secrets", "key generated at run time", null, Crypto + "class A { void M() { using var aes = Aes.Create(); aes.Key = RandomNumberGenerator.GetBytes(32); aes.IV = new byte[16]; } }");
        yield return new("secrets", "key read from configuration into a field", null, Crypto + "class A { byte[] _key = Array.Empty<byte>(); public void Load(string b64) => _key = Convert.FromBase64String(b64); void M() { using var aes = Aes.Create(); aes.Key = _key; } }");
        yield return new("secrets", "key derived from a supplied pass phrase", null, Crypto + "class A { void M(string phrase) { using var aes = Aes.Create(); aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(phrase)); } }");

        // Secrets: tokens without a prefix that only their name identifies.
        yield return new("secrets", "32-hex key in a JSON key inside a string", "SE1004", "class A { string Body = \"{\\\"api_key\\\":\\\"9f2c71ab04de4b3c8a6e15d07f93b2c4\\\",\\\"limit\\\":20}\"; }");
        yield return new("secrets", "UUID key as an attribute's named argument", "SE1004", "class ServiceAttribute : System.Attribute { public string SubscriptionKey { get; set; } }\n[Service(SubscriptionKey = \"b7e4c2a1-93f0-4d58-8e6b-2c1f0a9d7e35\")] class A { }");
        yield return new("secrets", "hex token as an interpolated query parameter", "SE1003", "class A { string U(string fields) => $\"https://graph.contoso-social.com/v2/me?fields={fields}&access_token=3c8e1f02b94d7a65e0c1b8f3d2a97e41\"; }");
        yield return new("secrets", "UUID-shaped request id under a neutral name", null, "class A { string CorrelationId = \"b7e4c2a1-93f0-4d58-8e6b-2c1f0a9d7e35\"; string Body = \"{\\\"requestId\\\":\\\"9f2c71ab04de4b3c8a6e15d07f93b2c4\\\"}\"; }");
        yield return new("secrets", "query parameter filled from a hole", null, "class A { string U(string city, string appId) => $\"https://api.openweathermap.org/data/2.5/weather?q={city}&appid={appId}\"; }");

        // Secrets: Basic authentication header values.
        yield return new("secrets", "Basic credentials in a constant", "SE1001", "class A { const string AuthHeader = \"Basic cmVwb3J0aW5nOkg3di1xTTJ4LVpwNA==\"; }");
        yield return new("secrets", "Basic credentials in a header dictionary", "SE1001", "using System.Collections.Generic; class A { Dictionary<string, string> H = new() { [\"Authorization\"] = \"Basic ZXhwb3J0LWpvYjpSdDUhd0w4ekszcVA=\" }; }");
        yield return new("secrets", "Basic scheme built from a variable", null, "class A { string H(string encoded) => \"Basic \" + encoded; string Realm = \"Basic realm=\\\"exports\\\"\"; }");

        // Secrets: connection strings assembled in code.
        yield return new("secrets", "connection string by concatenation", "SE1003", "class A { string Cs = \"Host=pg.orders.internal;Username=orders;\" + \"Password=Lk4!nW7qZe2;Database=orders\"; }");
        yield return new("secrets", "connection string by interpolation", "SE1003", "class A { string Cs(string host) => $\"Server={host};Database=ledger;User Id=ledger_rw;Password=Fv9#tQ2mXa6;\"; }");
        yield return new("secrets", "builder property in an object initializer", "SE1005", "namespace Npgsql { public class NpgsqlConnectionStringBuilder { public string Password { get; set; } = \"\"; public string Host { get; set; } = \"\"; } }\nclass A { object B() => new Npgsql.NpgsqlConnectionStringBuilder { Host = \"pg\", Password = \"Wd3!kR8pYs5\" }; }");
        yield return new("secrets", "builder property assignment", "SE1005", "namespace Npgsql { public class NpgsqlConnectionStringBuilder { public string Password { get; set; } = \"\"; } }\nclass A { void B() { var b = new Npgsql.NpgsqlConnectionStringBuilder(); b.Password = \"Hn6$vT1qLz8\"; } }");
        yield return new("secrets", "connection string with the password from a variable", null, "class A { string Cs(string host, string pw) => \"Host=\" + host + \";Username=orders;Password=\" + pw + \";Database=orders\"; }");

        // Secrets: passwords in JSON blobs and attribute arguments.
        yield return new("secrets", "password inside a JSON blob", "SE1004", "class A { string Login = \"{\\\"username\\\":\\\"batch\\\",\\\"password\\\":\\\"Qe7!mZ4rTw9\\\"}\"; }");
        yield return new("secrets", "password in a raw JSON string", "SE1004", "class A { string Login = \"\"\"{ \"username\": \"batch\", \"password\": \"Jc5#pX8nVb2\" }\"\"\"; }");
        yield return new("secrets", "password as an attribute argument", "SE1004", "class AccountAttribute : System.Attribute { public AccountAttribute(string name, string password) { } }\n[Account(\"batch\", \"Ym2@kD9sLq4\")] class A { }");
        yield return new("secrets", "JSON blob with an empty or templated password", null, "class A { string Login = \"{\\\"username\\\":\\\"batch\\\",\\\"password\\\":\\\"\\\"}\"; string T = \"{\\\"password\\\":\\\"{{password}}\\\"}\"; }");

        // Secrets: published examples and obvious fakes.
        yield return new("secrets", "storage emulator account key", null, "class A { string Cs = \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\"; }");
        yield return new("secrets", "RFC 7617 example credentials", null, "class A { const string Example = \"Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\"; }");
        yield return new("secrets", "obviously fake password in test code", null, "class LoginTests { string password = \"fake-password-for-tests\"; string apiKey = \"test-api-key\"; }", "/tests/App.Tests/LoginTests.cs");

        // Residency: hosts in every string form.
        yield return new("residency", "host after a hole in an interpolated string", "SE3001", "class A { string U(string bucket) => $\"https://{bucket}.cos.ap-guangzhou.myqcloud.com/{bucket}\"; }");
        yield return new("residency", "URL in a raw JSON string", "SE3001", "class A { string J = \"\"\"{ \"region\": \"x\", \"endpoint\": \"https://obs.cn-north-4.myhuaweicloud.com\" }\"\"\"; }");
        yield return new("residency", "URL in an escaped JSON string", "SE3001", "class A { string J = \"{\\\"notify_url\\\":\\\"https://api.mch.weixin.qq.com/v3/pay/transactions/native\\\"}\"; }");
        yield return new("residency", "host in one fragment of a concatenated URL", "SE3001", "class A { string U(string path) => \"https://\" + \"openapi.alipay.com\" + \"/gateway.do?\" + path; }");
        yield return new("residency", "Kafka bootstrap servers", "SE3001", "class A { string Servers = \"broker-a.corp.example:9092,b-3.payments.k9m2p1.c4.kafka.cn-northwest-1.amazonaws.com.cn:9092\"; }");
        yield return new("residency", "Redis configuration string", "SE3001", "class A { string Redis = \"sessions.redis.cache.chinacloudapi.cn:6380,ssl=True,abortConnect=False\"; }");
        yield return new("residency", "interpolated host made only of holes", null, "class A { string U(string bucket, string region) => $\"https://{bucket}.cos.{region}.myqcloud.com/\"; }");
        yield return new("residency", "server list outside mainland China", null, "class A { string Servers = \"broker-a.corp.example:9092,b-2.orders.x1y2z3.c3.kafka.eu-west-1.amazonaws.com:9092\"; }");

        // Proprietary code: XOR with a fixed phrase in a method that protects data.
        yield return new("proprietary", "XOR over a span with a fixed phrase", "SE2004", "using System; using System.Text; class A { static readonly byte[] Pass = Encoding.UTF8.GetBytes(\"NorthwindLedger\"); static void ProtectRecord(Span<byte> record) { for (var i = 0; i < record.Length; i++) record[i] ^= Pass[i % Pass.Length]; } }");
        yield return new("proprietary", "XOR in a ref loop with a phrase local", "SE2004", "class A { static void Unprotect(ref byte[] blob) { var phrase = \"ledger-2019-phrase\"; for (int i = 0; i < blob.Length; i++) blob[i] = (byte)(blob[i] ^ phrase[i % phrase.Length]); } }");
        yield return new("proprietary", "XOR parity over a span", null, "using System; class A { static byte Parity(ReadOnlySpan<byte> data) { byte p = 0; for (var i = 0; i < data.Length; i++) p ^= data[i]; return p; } }");

        // Back doors.
        yield return new("backdoors", "downloaded bytes reaching Assembly.Load", "SE4002", "using System.Net.Http; using System.Reflection; using System.Threading.Tasks; class A { async Task<Assembly> Plugin(HttpClient c) { var raw = await c.GetByteArrayAsync(\"https://updates.example.com/plugin.dll\"); return Assembly.Load(raw); } }");
        yield return new("backdoors", "FixedTimeEquals against literal bytes in a local", "SE4001", Crypto + "class A { bool Unlock(string pin) { var master = Encoding.ASCII.GetBytes(\"MasterPin-7731\"); return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(pin), master); } }");
        yield return new("backdoors", "hash of a supplied password compared with a digest", "SE4001", Crypto + "class A { bool IsAdmin(string password) { var digest = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(password))); return digest == \"7C4A8D09CA3762AF61E59520943DC26494F8941B\"; } }");
        yield return new("backdoors", "one-time code matched against literals", "SE4001", "class A { bool ValidateTotp(string code) { if (code is \"111111\" or \"246810\") return true; return false; } }");
        yield return new("backdoors", "weakness on the comment line after a marker", "SE5001", "class A {\n    // HACK:\n    // skip certificate validation for the staging gateway\n    void M() { }\n}");
        yield return new("backdoors", "version string returned on its own", null, "class A { string Version(string token) { if (token == \"4.2.0.1\") return \"4.2.0.1\"; return token; } }");
        yield return new("backdoors", "downloaded text written to disk", null, "using System.IO; using System.Net.Http; using System.Threading.Tasks; class A { async Task Save(HttpClient c, string path) => File.WriteAllText(path, await c.GetStringAsync(\"https://updates.example.com/notes.txt\")); }");
        yield return new("backdoors", "file checksum compared with a digest", null, Crypto + "class A { bool Intact(byte[] file) => Convert.ToHexString(SHA1.HashData(file)) == \"7C4A8D09CA3762AF61E59520943DC26494F8941B\"; }");
    }
}
