// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SourceExposure.Analyzers.Secrets.Detection;

namespace SourceExposure.Tests.Corpora;

/// <summary>
/// Realistic, randomly generated (fixed seed) tokens for every format in <see cref="TokenFormats"/>: right prefix,
/// length and alphabet, a correct CRC-32 where the format has one, a decodable header for JWTs. None is a real
/// credential. Other tests (redaction, robustness) reuse <see cref="All"/>; keep its shape.
/// </summary>
public static class SecretTokenCorpus
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private const string Base62 = Digits + Upper + Lower;
    private const string UrlSafe = Base62 + "_-";
    private const string Base64 = Upper + Lower + Digits + "+/";
    private const string Hex = "0123456789abcdef";

    // Templates: {kind:n} draws n random characters; {crc} appends base62(CRC-32) of the characters drawn since the prefix.
    private static readonly (string Format, string Template)[] Templates =
    [
        ("aws-access-key-id", "AKIA{b32:16}"),
        ("aws-temporary-access-key-id", "ASIA{b32:16}"),
        ("aws-secret-access-key", "{b64:40}"),
        ("azure-storage-account-key", "{b64:86}=="),
        ("azure-sas-signature", "{b62:43}%3D"),
        ("azure-entra-client-secret", "{b62:3}8Q~{b62:34}"),
        ("google-api-key", "AIza{url:35}"),
        ("google-oauth-client-secret", "GOCSPX-{url:28}"),
        ("alibaba-access-key-id", "LTAI{b62:20}"),
        ("alibaba-access-key-secret", "{b62:30}"),
        ("tencent-secret-id", "AKID{b62:32}"),
        ("tencent-secret-key", "{b62:32}"),
        ("digitalocean-personal-access-token", "dop_v1_{hex:64}"),
        ("digitalocean-oauth-token", "doo_v1_{hex:64}"),
        ("digitalocean-refresh-token", "dor_v1_{hex:64}"),
        ("github-personal-access-token", "ghp_{b62:30}{crc}"),
        ("github-oauth-token", "gho_{b62:30}{crc}"),
        ("github-user-to-server-token", "ghu_{b62:30}{crc}"),
        ("github-server-to-server-token", "ghs_{b62:30}{crc}"),
        ("github-refresh-token", "ghr_{b62:30}{crc}"),
        ("github-fine-grained-token", "github_pat_11{b62:20}_{b62:59}"),
        ("gitlab-personal-access-token", "glpat-{url:20}"),
        ("gitlab-deploy-token", "gldt-{url:20}"),
        ("gitlab-runner-token", "glrt-{url:20}"),
        ("gitlab-pipeline-trigger-token", "glptt-{hex:40}"),
        ("gitlab-oauth-application-secret", "gloas-{hex:64}"),
        ("gitlab-feed-token", "glft-{url:20}"),
        ("gitlab-incoming-mail-token", "glimt-{url:25}"),
        ("gitlab-agent-token", "glagent-{url:50}"),
        ("bitbucket-app-password", "ATBB{b62:32}"),
        ("atlassian-api-token", "ATATT3xFfGF0{url:180}"),
        ("stripe-secret-key", "sk_live_51{b62:97}"),
        ("stripe-restricted-key", "rk_live_51{b62:97}"),
        ("stripe-webhook-secret", "whsec_{b62:32}"),
        ("square-access-token", "EAAA{url:60}"),
        ("square-oauth-secret", "sq0csp-{url:43}"),
        ("braintree-access-token", "access_token$production${l36:16}${hex:32}"),
        ("shopify-access-token", "shpat_{hex:32}"),
        ("shopify-custom-app-token", "shpca_{hex:32}"),
        ("shopify-private-app-token", "shppa_{hex:32}"),
        ("shopify-shared-secret", "shpss_{hex:32}"),
        ("slack-bot-token", "xoxb-{dig:12}-{dig:13}-{b62:24}"),
        ("slack-user-token", "xoxp-{dig:12}-{dig:12}-{dig:13}-{hex:32}"),
        ("slack-app-token", "xapp-1-A{U36:10}-{dig:13}-{hex:64}"),
        ("slack-webhook-url", "https://hooks.slack.com/services/T{U36:8}/B{U36:10}/{b62:24}"),
        ("twilio-api-key", "SK{hex:32}"),
        ("twilio-auth-token", "{hex:32}"),
        ("sendgrid-api-key", "SG.{url:22}.{url:43}"),
        ("mailgun-api-key", "key-{hex:32}"),
        ("discord-webhook-url", "https://discord.com/api/webhooks/1{dig:17}/{url:68}"),
        ("telegram-bot-token", "6{dig:9}:AA{url:33}"),
        ("teams-webhook-url", "https://contoso.webhook.office.com/webhookb2/{guid}@{guid}/IncomingWebhook/{hex:32}/{guid}"),
        ("npm-access-token", "npm_{b62:30}{crc}"),
        ("nuget-api-key", "oy2{l36:43}"),
        ("pypi-api-token", "pypi-AgEIcHlwaS5vcmc{url:120}"),
        ("rubygems-api-key", "rubygems_{hex:48}"),
        ("docker-hub-token", "dckr_pat_{url:27}"),
        ("openai-project-key", "sk-proj-{url:74}T3BlbkFJ{url:74}"),
        ("openai-service-account-key", "sk-svcacct-{url:74}T3BlbkFJ{url:74}"),
        ("openai-admin-key", "sk-admin-{url:58}T3BlbkFJ{url:58}"),
        ("openai-user-key", "sk-{b62:20}T3BlbkFJ{b62:20}"),
        ("anthropic-api-key", "sk-ant-api03-{url:93}AA"),
        ("anthropic-admin-key", "sk-ant-admin01-{url:93}AA"),
        ("huggingface-token", "hf_{alpha:34}"),
        ("huggingface-org-token", "api_org_{alpha:34}"),
        ("datadog-api-key", "{hex:32}"),
        ("datadog-application-key", "{hex:40}"),
        ("newrelic-user-api-key", "NRAK-{U36:27}"),
        ("newrelic-insert-key", "NRII-{url:32}"),
        ("newrelic-license-key", "{hex:36}NRAL"),
        ("sentry-user-token", "sntryu_{hex:64}"),
        ("sentry-org-token", "sntrys_eyJ{url:120}"),
        ("grafana-service-account-token", "glsa_{b62:32}_{hex:8}"),
        ("grafana-cloud-token", "glc_{b62:118}=="),
        ("postman-api-key", "PMAK-{hex:24}-{hex:34}"),
        ("linear-api-key", "lin_api_{b62:40}"),
        ("doppler-personal-token", "dp.pt.{b62:43}"),
        ("doppler-service-token", "dp.st.prd.{b62:40}"),
        ("doppler-cli-token", "dp.ct.{b62:44}"),
        ("databricks-token", "dapi{hex:32}"),
        ("hashicorp-vault-token", "hvs.{url:90}"),
        ("terraform-cloud-token", "{b62:14}.atlasv1.{url:67}"),
        ("pulumi-access-token", "pul-{hex:40}"),
        ("mapbox-secret-token", "sk.eyJ{url:80}.{url:22}"),
        ("age-secret-key", "AGE-SECRET-KEY-1{bech:58}"),
        ("jwt", "{jwt}"),
        ("http-basic-credentials", "Basic {basic}"),
    ];

    /// <summary>Names that vouch for each contextual format (and read naturally for the others).</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["aws-secret-access-key"] = "awsSecretAccessKey",
        ["azure-storage-account-key"] = "accountKey",
        ["alibaba-access-key-secret"] = "accessKeySecret",
        ["tencent-secret-key"] = "tencentSecretKey",
        ["twilio-auth-token"] = "twilioAuthToken",
        ["datadog-api-key"] = "DD_API_KEY",
        ["datadog-application-key"] = "DD_APP_KEY",
    };

    /// <summary>One token per format, three per format in total with different seeds (so checks are not lucky once).</summary>
    public static IEnumerable<(string Format, string Token)> All()
    {
        for (var round = 0; round < 3; round++)
        {
            var random = new Random(20260401 + round);
            foreach (var (format, template) in Templates)
            {
                yield return (format, Expand(template, random));
            }
        }
    }

    /// <summary>The format ids the corpus covers (every row of the table).</summary>
    public static IEnumerable<string> Formats()
    {
        foreach (var (format, _) in Templates)
        {
            yield return format;
        }
    }

    /// <summary>An identifier to assign the token to: the vouching name for contextual formats, a neutral one otherwise.</summary>
    public static string NameFor(string format) => Names.TryGetValue(format, out var name) ? name : "credential";

    /// <summary>The text a developer would write around the token (a SAS signature sits in a query string).</summary>
    public static string Embed(string format, string token) => format == "azure-sas-signature"
        ? "sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=" + token
        : token;

    private static string Expand(string template, Random random)
    {
        var builder = new StringBuilder();
        var segmentStart = -1;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                builder.Append(template[i]);
                continue;
            }

            var close = template.IndexOf('}', i);
            var spec = template.Substring(i + 1, close - i - 1);
            i = close;
            if (spec == "crc")
            {
                var random30 = builder.ToString(segmentStart, builder.Length - segmentStart);
                builder.Append(Checksums.Base62(Checksums.Crc32(random30, 0, random30.Length), 6));
                continue;
            }

            if (spec == "guid")
            {
                builder.Append(NewGuid(random));
                continue;
            }

            if (spec == "jwt")
            {
                builder.Append(NewJwt(random));
                continue;
            }

            if (spec == "basic")
            {
                builder.Append(NewBasicCredentials(random));
                continue;
            }

            var colon = spec.IndexOf(':');
            var alphabet = spec.Substring(0, colon) switch
            {
                "b32" => Upper + "234567",
                "b62" => Base62,
                "b64" => Base64,
                "url" => UrlSafe,
                "hex" => Hex,
                "dig" => Digits,
                "alpha" => Upper + Lower,
                "l36" => Lower + Digits,
                "U36" => Upper + Digits,
                "bech" => "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
                var other => throw new InvalidOperationException("Unknown template kind " + other),
            };
            segmentStart = builder.Length;
            var count = int.Parse(spec.Substring(colon + 1), CultureInfo.InvariantCulture);
            for (var k = 0; k < count; k++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }
        }

        return builder.ToString();
    }

    private static string NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString("D");
    }

    private static string NewJwt(Random random)
    {
        var header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        var subject = random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
        var payload = Base64Url("{\"sub\":\"svc-" + subject + "\",\"scope\":\"payments.write\",\"iat\":" + (1700000000 + random.Next(10000000)).ToString(CultureInfo.InvariantCulture) + "}");
        var signature = new byte[32];
        random.NextBytes(signature);
        return header + "." + payload + "." + Convert.ToBase64String(signature).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    // RFC 7617: base64 of "user-id:password", as an Authorization header carries it.
    private static string NewBasicCredentials(Random random)
    {
        var user = "svc-" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var password = new StringBuilder();
        for (var k = 0; k < 16; k++)
        {
            password.Append(Base62[random.Next(Base62.Length)]);
        }

        return Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
    }

    private static string Base64Url(string json)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
