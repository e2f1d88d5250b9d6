// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SourceExposure.Tests.Corpora;

/// <summary>
/// Realistic strings that are not secrets, each with the name a developer would give it: placeholders and vendor
/// documentation examples, GUIDs, hashes and test vectors, base64 images, resource keys, configuration lookups, SQL,
/// regular expressions, URLs without credentials, public keys and look-alikes with a wrong checksum. No secrets rule
/// may report any of them. Deterministic (fixed seed).
/// </summary>
public static class NearMissCorpus
{
    public static IEnumerable<(string Name, string Value)> All()
    {
        var random = new Random(424242);

        // Placeholders, masked values and vendor documentation examples.
        string[] placeholders =
        [
            "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "ASIAIOSFODNN7EXAMPLE",
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "ghp_<your-token-here>",
            "ghp_************************************", "github_pat_<token>", "glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-<your token>",
            "sk_live_<your secret key>", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_...", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
            "pk_live_51H8aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefghijklmnop", "pk_test_TYooMQauvdEDq54NiTphI7jx",
            "xoxb-not-a-real-token-this-will-not-work", "xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "pypi-AgEIcHlwaS5vcmc...",
            "sk-proj-...", "sk-ant-api03-...", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "LTAIxxxxxxxxxxxxxxxx", "AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "${GITHUB_TOKEN}", "$(NUGET_API_KEY)", "%NPM_TOKEN%", "{{ secrets.STRIPE_SECRET_KEY }}", "#{AzureStorageKey}#",
            "<insert-api-key>", "YOUR_API_KEY_HERE", "changeme", "REDACTED", "********", "dummy-token", "fake-secret-for-tests",
            "TODO: set token", "replace-with-real-key", "sample_access_token", "not-a-real-key-1234567890",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
            Unsigned(), "AKIA0000000000000000", "AKIAAAAAAAAAAAAAAAAA", "ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "ghp_1234567890abcdefghijklmnopqrstuvwxyz", "dop_v1_0000000000000000000000000000000000000000000000000000000000000000",
            "sk_live_000000000000000000000000", "xoxp-1234567890-1234567890-1234567890-abcdefabcdefabcdefabcdefabcdefab",
        ];
        foreach (var value in placeholders)
        {
            yield return ("apiToken", value);
        }

        // Look-alikes: right prefix and shape, wrong checksum; public or test-mode keys; identifiers that are not secret.
        for (var i = 0; i < 12; i++)
        {
            yield return ("githubToken", "ghp_" + Draw(random, Base62, 36));
            yield return ("npmToken", "npm_" + Draw(random, Base62, 36));
        }

        for (var i = 0; i < 8; i++)
        {
            yield return ("publishableKey", "pk_live_" + Draw(random, Base62, 99));
            yield return ("stripeTestKey", "sk_test_" + Draw(random, Base62, 99));
            yield return ("accountSid", "AC" + Draw(random, Hex, 32));
            yield return ("mapboxPublicToken", "pk.eyJ1IjoiYWNtZSIsImEiOiJjbGV4YW1wbGUifQ." + Draw(random, UrlSafe, 22));
        }

        // Shapes of contextual secrets, under names that do not vouch for them.
        for (var i = 0; i < 10; i++)
        {
            yield return ("cacheKey", Draw(random, Base64Chars, 40));
            yield return ("correlationHash", Draw(random, Hex, 32));
            yield return ("commitSha", Draw(random, Hex, 40));
            yield return ("signatureBase64", Draw(random, Base64Chars, 86) + "==");
            yield return ("buildId", Draw(random, Base62, 30));
        }

        // GUIDs in every common format.
        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var guid = new Guid(bytes);
            var format = (i % 4) switch { 0 => "D", 1 => "N", 2 => "B", _ => "P" };
            yield return ("tenantId", guid.ToString(format));
        }

        // Hashes and test vectors.
        string[] vectors =
        [
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "d41d8cd98f00b204e9800998ecf8427e",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6",
            "0123456789abcdef0123456789abcdef", "000102030405060708090a0b0c0d0e0f", "2b7e151628aed2a6abf7158809cf4f3c",
            "6bc1bee22e409f96e93d7e117393172a", "f0e1d2c3b4a5968778695a4b3c2d1e0f",
        ];
        foreach (var vector in vectors)
        {
            yield return ("expectedHash", vector);
        }

        for (var i = 0; i < 30; i++)
        {
            var data = Encoding.UTF8.GetBytes("payload-" + i.ToString(CultureInfo.InvariantCulture));
            yield return ("sha256", Convert.ToHexString(SHA256.HashData(data)).ToLowerInvariant());
            yield return ("sha1Base64", Convert.ToBase64String(SHA1.HashData(data)));
        }

        // Base64 images and fonts.
        for (var i = 0; i < 15; i++)
        {
            yield return ("logoDataUri", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + Draw(random, Base64Chars, 120));
            yield return ("iconBase64", "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" + Draw(random, Base64Chars, 40));
        }

        // Resource keys and configuration lookups.
        string[] lookups =
        [
            "Errors.InvalidToken", "Resources.ApiKeyMissing", "Validation.Password.TooShort", "Stripe:SecretKey", "GitHub:Token",
            "Aws:SecretAccessKey", "AWS_SECRET_ACCESS_KEY", "ConnectionStrings:Default", "Slack:WebhookUrl", "OpenAI:ApiKey",
            "DD_API_KEY", "NEW_RELIC_LICENSE_KEY", "TWILIO_AUTH_TOKEN", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "TENCENTCLOUD_SECRET_KEY",
            "Authentication:Google:ClientSecret", "npm_config_registry", "NUGET_API_KEY", "secrets/github/token", "vault:kv/data/stripe",
            "ghp_token_name", "sk_live_key_setting", "key-vault-name", "AccountKey", "SharedAccessSignature",
        ];
        foreach (var lookup in lookups)
        {
            yield return ("settingName", lookup);
        }

        // SQL.
        string[] sql =
        [
            "SELECT token FROM api_keys WHERE user_id = @id", "UPDATE users SET password_hash = @hash WHERE id = @id",
            "INSERT INTO tokens (id, value_hash, expires) VALUES (@id, @hash, @expires)", "DELETE FROM sessions WHERE expires < @now",
            "SELECT * FROM accounts WHERE access_key_id = @akid", "CREATE INDEX ix_tokens_value_hash ON tokens(value_hash)",
        ];
        foreach (var statement in sql)
        {
            yield return ("query", statement);
        }

        // Regular expressions that describe tokens.
        string[] patterns =
        [
            @"ghp_[A-Za-z0-9]{36}", @"^AKIA[0-9A-Z]{16}$", @"sk_live_[0-9a-zA-Z]{24}", @"xox[baprs]-([0-9a-zA-Z]{10,48})",
            @"AIza[0-9A-Za-z\-_]{35}", @"npm_[A-Za-z0-9]{36}", @"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*",
            @"glpat-[0-9a-zA-Z_\-]{20}", @"SG\.[\w-]{22}\.[\w-]{43}", @"https://hooks\.slack\.com/services/T\w+/B\w+/\w+",
        ];
        foreach (var pattern in patterns)
        {
            yield return ("tokenPattern", pattern);
        }

        // URLs and endpoints without credentials.
        string[] urls =
        [
            "https://api.github.com/user", "https://hooks.slack.com/services/", "https://discord.com/api/webhooks/",
            "https://api.stripe.com/v1/charges", "https://sts.amazonaws.com/", "https://oauth2.googleapis.com/token",
            "https://registry.npmjs.org/", "https://api.nuget.org/v3/index.json", "https://api.openai.com/v1/chat/completions",
            "https://mystorage.blob.core.windows.net/container/file.txt", "https://login.microsoftonline.com/common/oauth2/v2.0/token",
            "https://mystorage.blob.core.windows.net/c/f.txt?sv=2022-11-02&sig=", "https://api.telegram.org/bot<token>/getMe",
            "https://ecs.aliyuncs.com/?Action=DescribeRegions", "https://cvm.tencentcloudapi.com/",
        ];
        foreach (var url in urls)
        {
            yield return ("endpoint", url);
        }

        // Identifiers, versions and other high-entropy non-secrets.
        for (var i = 0; i < 20; i++)
        {
            yield return ("requestId", "req_" + Draw(random, Base62, 24));
            yield return ("assemblyVersion", "1." + random.Next(0, 20).ToString(CultureInfo.InvariantCulture) + "." + random.Next(0, 999).ToString(CultureInfo.InvariantCulture) + "+" + Draw(random, Hex, 40));
            yield return ("etag", "W/\"" + Draw(random, Hex, 32) + "\"");
        }
    }

    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string UrlSafe = Base62 + "_-";
    private const string Base64Chars = Base62 + "+/";
    private const string Hex = "0123456789abcdef";

    private static string Draw(Random random, string alphabet, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Unsigned()
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return B64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + B64("{\"sub\":\"svc-payments\",\"scope\":\"admin\"}") + ".unsignedunsignedunsigned";
    }
}
