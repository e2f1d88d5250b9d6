// SPDX-License-Identifier: MIT
using System.Text;

namespace SourceExposure.Analyzers.DataResidency.Catalog;

/// <summary>Renders the catalog as docs/rules/jurisdictions.md; a test keeps the committed page equal to this output.</summary>
internal static class JurisdictionCatalogMarkdown
{
    public static string Render()
    {
        var md = new StringBuilder();
        md.Append("""
            # Jurisdiction catalog

            <!-- Generated from src/SourceExposure.Analyzers/DataResidency/Catalog/JurisdictionCatalog.Data.cs; edit the data, then run
                 SOURCE_EXPOSURE_UPDATE_DOCS=1 dotnet test tests/SourceExposure.Tests --filter JurisdictionCatalogTests -->

            The data-residency rules ([SE3001](SE3001.md), [SE3002](SE3002.md), [SE3003](SE3003.md)) place endpoints and
            cloud regions in a jurisdiction with this catalog. Jurisdictions are ISO 3166-1 alpha-2 codes in lower case;
            mainland China is `cn`, and Hong Kong (`hk`), Macao (`mo`) and Taiwan (`tw`) are separate jurisdictions with
            their own data laws, so `cn-hongkong` at Alibaba Cloud or `ap-hongkong` at Tencent Cloud is not mainland China.

            How a value is placed:

            1. **Provider hosts** (strong evidence). The host's labels are walked from the right into a trie of the suffixes
               below; the deepest suffix wins. A suffix that fixes the jurisdiction (a sovereign cloud such as
               `chinacloudapi.cn`) decides alone; otherwise the label next to the suffix (or a dash-separated part of it:
               `oss-cn-hangzhou-internal`, `s3-us-west-2`, `asia-east2-aiplatform`) is looked up among that provider's
               regions. A bare suffix (`aliyuncs.com`) is a provider's domain, not an endpoint, and is not placed.
               A region id the tables below do not list is still placed where the provider's own naming says so:
               Alibaba Cloud's `cn-*` (but `cn-hongkong`) and the AWS China partition's `cn-<name>-<n>` are mainland China.
               A provider host that names no region (`sts.aliyuncs.com`) is placed by a region id of the same provider
               written beside it, as SDK endpoint tables do (`Add("sts_cn-beijing", "sts.aliyuncs.com")`).
               Platform API hosts (WeChat, Alipay, DingTalk, AMap, push and analytics services, below) sit in the same
               trie; a platform entry is itself an endpoint, and the deepest entry wins (`hk.api.weixin.qq.com` over
               `weixin.qq.com`).
            2. **Region ids and SDK constants.** The same region id means different places at different providers
               (`ap-southeast-1` is Singapore at AWS and Alibaba Cloud but Hong Kong at Huawei Cloud; `eu-west-1` is
               Ireland at AWS but London at Alibaba Cloud), so a region string counts only where the API receiving it
               is declared in the provider's SDK namespace. SDK constants carry their provider with them.
            3. **Country-code TLDs** (weak evidence). A `.cn` name says where it is registered, not where it is served
               from, and China-hosted services often use `.com` (`aliyuncs.com`, `myqcloud.com`). A TLD therefore counts
               only where the value is used as an endpoint (a `Uri`, an HTTP call, `BaseAddress`, an SDK endpoint, a
               connection string's server). Generic-use ccTLDs (`.io`, `.co`, `.ai`, `.me`, `.tv`) are not listed.

            Never placed: `localhost`, `*.localhost`, `*.test`, `*.invalid`, `*.example` and `example.*` names (reserved
            by RFC 2606 and RFC 6761), `*.local` (multicast DNS, RFC 6762) and `*.internal` (reserved for private use by
            the ICANN Board on 29 July 2024). Tencent Cloud's region-less `<service>.tencentcloudapi.com` is a
            nearest-region access point: Tencent's documentation (in Chinese; our paraphrase, not a quotation) says the
            API domain is only an access point and does not show where the product actually serves from, so it is not
            placed.


            """.Replace("\r\n", "\n"));

        md.Append("## Host suffixes\n\n");
        md.Append("| Suffix | Provider | Cloud | Region in host | Jurisdiction | Source |\n");
        md.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var rule in JurisdictionCatalog.HostRules)
        {
            var region = rule.RegionLabel switch
            {
                RegionLabel.Exact => "label",
                RegionLabel.DashSegments => "label or part of one",
                _ => "no",
            };
            var jurisdiction = rule.Jurisdiction is null
                ? (rule.RegionLabel == RegionLabel.None ? "not placed" : "from the region")
                : rule.RegionLabel == RegionLabel.None ? "`" + rule.Jurisdiction + "`" : "from the region; `" + rule.Jurisdiction + "` without one" + (rule.Regionless is null ? string.Empty : " (" + rule.Regionless + ")");
            md.Append("| `").Append(rule.Suffix).Append("` | ").Append(rule.Provider.Name).Append(" | ").Append(rule.Cloud)
                .Append(" | ").Append(region).Append(" | ").Append(jurisdiction).Append(" | <").Append(rule.Source).Append("> |\n");
        }

        md.Append("\n## Platform hosts\n\n");
        md.Append("API hosts of internet platforms (messaging, payments, maps, push, analytics) that China-facing code calls, most on `.com`\n");
        md.Append("domains. An entry covers the host and every host under it unless a deeper entry says otherwise. **Stated**: the vendor\n");
        md.Append("names where the host or access point is. **Operator**: the vendor names no serving location; the platform is operated\n");
        md.Append("from the jurisdiction given, a working assumption the finding's message spells out. Access points the vendor places\n");
        md.Append("outside mainland China are their own entries; hosts marked not placed (global access points, documentation sites) are\n");
        md.Append("never reported. Facts: `shared/references/china-platforms.md`.\n\n");
        md.Append("| Host | Platform | Jurisdiction | Basis | Note | Source |\n");
        md.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var platform in JurisdictionCatalog.PlatformHosts)
        {
            var source = platform.Source.StartsWith("https://", System.StringComparison.Ordinal) ? "<" + platform.Source + ">" : platform.Source;
            md.Append("| `").Append(platform.Host).Append("` | ").Append(platform.Platform).Append(" | ")
                .Append(platform.Jurisdiction is null ? "not placed" : "`" + platform.Jurisdiction + "`").Append(" | ")
                .Append(platform.Jurisdiction is null ? "–" : platform.Basis == PlatformBasis.Stated ? "stated" : "operator").Append(" | ")
                .Append(platform.Note ?? string.Empty).Append(" | ").Append(source).Append(" |\n");
        }

        md.Append("\n## Regions\n\n");
        md.Append("Region ids as the provider's SDKs and endpoints spell them.\n");
        foreach (var provider in JurisdictionCatalog.Providers)
        {
            var any = false;
            foreach (var region in JurisdictionCatalog.Regions)
            {
                if (region.Provider != provider)
                {
                    continue;
                }

                if (!any)
                {
                    md.Append("\n### ").Append(provider.Name).Append("\n\n");
                    md.Append("SDK namespaces: ").Append(Join(provider.SdkNamespaces)).Append(".\n\n");
                    md.Append("| Region id | Name | Jurisdiction | Source |\n| --- | --- | --- | --- |\n");
                    any = true;
                }

                md.Append("| `").Append(region.Id).Append("` | ").Append(region.Name).Append(" | `").Append(region.Jurisdiction)
                    .Append("` | <").Append(region.Source).Append("> |\n");
            }
        }

        md.Append("\n## SDK region constants\n\n");
        md.Append("Named constants whose names cannot be derived from the region id. Other provider SDK constants are matched by\n");
        md.Append("name (`EcsRegion.CN_NORTH_4` → `cn-north-4`, `LocationNames.ChinaEast` → `chinaeast`).\n\n");
        md.Append("| Constant | Region id | Source |\n| --- | --- | --- |\n");
        foreach (var constant in JurisdictionCatalog.SdkConstants)
        {
            md.Append("| `").Append(constant.Type).Append('.').Append(constant.Member).Append("` | `").Append(constant.RegionId)
                .Append("` | <").Append(constant.Source).Append("> |\n");
        }

        md.Append("\n## Country-code TLDs\n\n");
        md.Append("| TLD | Jurisdiction | Source |\n| --- | --- | --- |\n");
        foreach (var tld in JurisdictionCatalog.CountryCodeTlds)
        {
            md.Append("| `.").Append(tld.Tld).Append("` | `").Append(tld.Jurisdiction).Append("` | <").Append(tld.Source).Append("> |\n");
        }

        return md.ToString();
    }

    private static string Join(string[] names)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < names.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append('`').Append(names[i]).Append('`');
        }

        return builder.ToString();
    }
}
