// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;

namespace SourceExposure.Analyzers.DataResidency.Catalog;

/// <summary>How strongly a host places its endpoint in a jurisdiction.</summary>
internal enum Evidence
{
    /// <summary>A provider endpoint suffix, with the region in the host or a sovereign cloud's suffix.</summary>
    Provider,

    /// <summary>Only the country-code TLD: registration, not hosting, so it counts only where the value is used as an endpoint.</summary>
    CountryCode,

    /// <summary>A platform API host whose vendor states where it (or its access point) is.</summary>
    Platform,

    /// <summary>A platform API host whose vendor states no serving location, placed by its operator's jurisdiction.</summary>
    Operator,
}

/// <summary>Where a host is served from, and why the catalog thinks so.</summary>
internal readonly struct HostMatch
{
    public HostMatch(string host, string jurisdiction, Evidence evidence, string description)
    {
        Host = host;
        Jurisdiction = jurisdiction;
        Evidence = evidence;
        Description = description;
    }

    public string Host { get; }

    public string Jurisdiction { get; }

    public Evidence Evidence { get; }

    /// <summary>For messages: "Alibaba Cloud region cn-hangzhou", "Azure China (21Vianet)", "country-code TLD .cn".</summary>
    public string Description { get; }
}

/// <summary>
/// Lookups over the catalog data. Hosts are matched by walking their labels from the right into a trie of provider
/// suffixes (one dictionary probe per label), never by scanning the list per literal.
/// </summary>
internal static partial class JurisdictionCatalog
{
    // Built from the data on first use; a nested class because the order of static initializers across the parts of
    // a partial class is unspecified.
    private static SuffixNode Root => Indexes.Root;

    private static Dictionary<string, RegionEntry>[] RegionsByProvider => Indexes.RegionsByProvider;

    private static Dictionary<string, string> TldIndex => Indexes.Tlds;

    private static Dictionary<string, SdkRegionConstant> ConstantIndex => Indexes.Constants;

    /// <summary>Places <paramref name="host"/> (lower case, no port) in a jurisdiction, or returns false.</summary>
    public static bool TryMatchHost(string host, out HostMatch match)
    {
        match = default;
        if (host.Length < 4 || host.Length > 253 || IsReserved(host))
        {
            return false;
        }

        var labels = host.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length == 0)
            {
                return false;
            }
        }

        // Deepest entry wins: vault.azure.cn over a bare .cn, hk.api.weixin.qq.com over weixin.qq.com.
        var node = Root;
        HostRule? rule = null;
        PlatformHost? platform = null;
        var ruleStart = 0;
        for (var i = labels.Length - 1; i >= 0; i--)
        {
            if (node.Children is null || !node.Children.TryGetValue(labels[i], out var child))
            {
                break;
            }

            node = child;
            if (node.Rule is not null)
            {
                rule = node.Rule;
                platform = null;
                ruleStart = i;
            }

            if (node.Platform is not null)
            {
                platform = node.Platform;
                rule = null;
            }
        }

        // A platform entry is itself an endpoint (api.weixin.qq.com); one without a jurisdiction is not placed at all.
        if (platform is not null)
        {
            if (platform.Jurisdiction is not { } platformJurisdiction)
            {
                return false;
            }

            match = new HostMatch(host, platformJurisdiction, platform.Basis == PlatformBasis.Stated ? Evidence.Platform : Evidence.Operator, Describe(platform));
            return true;
        }

        // A bare suffix ("aliyuncs.com") is a provider's domain, not an endpoint.
        if (rule is not null && ruleStart > 0)
        {
            if (rule.RegionLabel != RegionLabel.None && TryFindRegionLabel(rule, labels, ruleStart, out var region))
            {
                match = new HostMatch(host, region.Jurisdiction, Evidence.Provider, rule.Provider.Name + " region " + region.Id);
                return true;
            }

            if (rule.Jurisdiction is { } fixedJurisdiction)
            {
                match = new HostMatch(host, fixedJurisdiction, Evidence.Provider, rule.Cloud);
                return true;
            }

            // A known provider host that does not say where it serves from: no ccTLD guess either.
            return false;
        }

        var tld = labels[labels.Length - 1];
        if (TldIndex.TryGetValue(tld, out var jurisdiction))
        {
            match = new HostMatch(host, jurisdiction, Evidence.CountryCode, "country-code TLD ." + tld);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Places a provider host that names no region (<c>sts.aliyuncs.com</c>, which serves many regions) by a region id
    /// of the same provider written beside it: the key of an SDK's endpoint table (<c>"sts_cn-hangzhou"</c>,
    /// <c>"cn-beijing"</c>) or another argument of the same call.
    /// </summary>
    public static bool TryPlaceWithRegion(string host, string regionText, out HostMatch match)
    {
        match = default;
        if (host.Length < 4 || host.Length > 253 || regionText.Length == 0 || regionText.Length > 512)
        {
            return false;
        }

        var labels = host.Split('.');
        var node = Root;
        HostRule? rule = null;
        var ruleStart = 0;
        for (var i = labels.Length - 1; i >= 0 && node.Children is not null && node.Children.TryGetValue(labels[i], out var child); i--)
        {
            node = child;
            // A placed platform entry decides by itself (TryMatchHost); one the host cannot place (dysmsapi.aliyuncs.com
            // serves mainland and Hong Kong regions) leaves it to the region beside it.
            if (node.Platform is { Jurisdiction: not null })
            {
                return false;
            }

            if (node.Rule is not null)
            {
                rule = node.Rule;
                ruleStart = i;
            }
        }

        if (rule is null || ruleStart == 0 || rule.RegionLabel == RegionLabel.None || TryFindRegionLabel(rule, labels, ruleStart, out _))
        {
            return false;
        }

        var index = RegionsByProvider[Providers.IndexOf(rule.Provider)];
        foreach (var token in regionText.Split(' ', '_', ',', ';', ':', '/', '"', '\''))
        {
            var candidate = token.ToLowerInvariant();
            if (candidate.Length > 0 && (TryRegion(rule.Provider, index, candidate, out var region) || (candidate.IndexOf('-') > 0 && TryDashSegments(rule.Provider, index, candidate, out region))))
            {
                match = new HostMatch(host, region.Jurisdiction, Evidence.Provider, rule.Provider.Name + " region " + region.Id + ", named beside the host");
                return true;
            }
        }

        return false;
    }

    /// <summary>For messages: what the host is and how its jurisdiction is known.</summary>
    internal static string Describe(PlatformHost platform)
    {
        var description = platform.Note is null ? platform.Platform : platform.Platform + "; " + platform.Note;
        return platform.Basis == PlatformBasis.Operator
            ? description + "; no serving location stated, operated from " + Jurisdictions.Name(platform.Jurisdiction ?? string.Empty)
            : description;
    }

    /// <summary>
    /// True when the label of <paramref name="name"/> starting at <paramref name="start"/> (its last) ends a provider
    /// suffix or is a listed country-code TLD, compared case-insensitively without allocating.
    /// </summary>
    public static bool IsKnownLastLabel(string name, int start)
    {
        var length = name.Length - start;
        if (length < 2 || length > 16)
        {
            return false;
        }

        foreach (var label in Indexes.LastLabels)
        {
            if (label.Length == length && string.Compare(name, start, label, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryFindRegion(CloudProvider provider, string id, out RegionEntry region)
    {
        var index = RegionsByProvider[Providers.IndexOf(provider)];
        return index.TryGetValue(id, out region!);
    }

    /// <summary>A named SDK constant (<c>Amazon.RegionEndpoint.CNNorth1</c>), by declaring type and member.</summary>
    public static bool TryFindConstant(string typeMetadataName, string member, out SdkRegionConstant constant)
        => ConstantIndex.TryGetValue(typeMetadataName + "." + member, out constant!);

    /// <summary>
    /// The region a member name or value of a provider SDK stands for, trying the forms SDKs use: the id itself
    /// (<c>cn-north-4</c>), lower case (<c>ChinaEast2</c> → <c>chinaeast2</c>, <c>"China East"</c> → <c>chinaeast</c>) and
    /// upper snake case (<c>CN_NORTH_4</c> → <c>cn-north-4</c>).
    /// </summary>
    public static bool TryFindRegionByName(CloudProvider provider, string name, out RegionEntry region)
    {
        if (name.Length == 0 || name.Length > 40)
        {
            region = null!;
            return false;
        }

        var index = RegionsByProvider[Providers.IndexOf(provider)];
        if (index.TryGetValue(name, out region!))
        {
            return true;
        }

        var lower = name.ToLowerInvariant();
        return index.TryGetValue(lower.Replace(" ", string.Empty), out region!)
            || index.TryGetValue(lower.Replace('_', '-'), out region!);
    }

    /// <summary>The provider whose SDK declares <paramref name="namespaceName"/> (a full namespace), or null.</summary>
    public static CloudProvider? ProviderForNamespace(string namespaceName)
    {
        foreach (var provider in Providers)
        {
            foreach (var root in provider.SdkNamespaces)
            {
                if (namespaceName.StartsWith(root, StringComparison.Ordinal)
                    && (namespaceName.Length == root.Length || namespaceName[root.Length] == '.'))
                {
                    return provider;
                }
            }
        }

        return null;
    }

    /// <summary>Hosts that never leave the machine or are reserved: for documentation and testing (RFC 2606, RFC 6761),
    /// multicast DNS (<c>.local</c>, RFC 6762), private use (<c>.internal</c>, reserved by ICANN in July 2024).</summary>
    public static bool IsReserved(string host)
    {
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal)
            || host.EndsWith(".test", StringComparison.Ordinal) || host.EndsWith(".invalid", StringComparison.Ordinal)
            || host.EndsWith(".example", StringComparison.Ordinal) || host.EndsWith(".local", StringComparison.Ordinal)
            || host.EndsWith(".internal", StringComparison.Ordinal))
        {
            return true;
        }

        // example.com, example.net, example.org, and any example.<tld> a document uses as a stand-in.
        return host.StartsWith("example.", StringComparison.Ordinal) || host.IndexOf(".example.", StringComparison.Ordinal) >= 0;
    }

    private static bool TryFindRegionLabel(HostRule rule, string[] labels, int ruleStart, out RegionEntry region)
    {
        var index = RegionsByProvider[Providers.IndexOf(rule.Provider)];

        // The region label sits next to the suffix in every documented form, so look right to left.
        for (var i = ruleStart - 1; i >= 0; i--)
        {
            var label = labels[i];
            if (TryRegion(rule.Provider, index, label, out region))
            {
                return true;
            }

            if (rule.RegionLabel == RegionLabel.DashSegments && label.IndexOf('-') >= 0 && TryDashSegments(rule.Provider, index, label, out region))
            {
                return true;
            }
        }

        region = null!;
        return false;
    }

    // Every run of dash-separated parts of the label: oss-cn-hangzhou-internal → cn-hangzhou; s3-us-west-2 → us-west-2.
    private static bool TryDashSegments(CloudProvider provider, Dictionary<string, RegionEntry> index, string label, out RegionEntry region)
    {
        var parts = label.Split('-');
        if (parts.Length <= 8)
        {
            // Longest runs first, so "cn-hangzhou-finance-1"-style ids win over their prefixes.
            for (var length = parts.Length - 1; length >= 1; length--)
            {
                for (var start = 0; start + length <= parts.Length; start++)
                {
                    if (TryRegion(provider, index, string.Join("-", parts, start, length), out region))
                    {
                        return true;
                    }
                }
            }
        }

        region = null!;
        return false;
    }

    /// <summary>A listed region, or one the provider's own naming places in mainland China (<see cref="MainlandByConvention"/>).</summary>
    private static bool TryRegion(CloudProvider provider, Dictionary<string, RegionEntry> index, string id, out RegionEntry region)
    {
        if (index.TryGetValue(id, out region!))
        {
            return true;
        }

        if (MainlandByConvention(provider, id) is { } source)
        {
            region = new RegionEntry(provider, id, "a mainland China region by " + provider.Name + "'s naming", Jurisdictions.MainlandChina, source);
            return true;
        }

        return false;
    }

    private static SuffixNode BuildTrie()
    {
        var root = new SuffixNode();
        foreach (var rule in HostRules)
        {
            Node(root, rule.Suffix).Rule = rule;
        }

        foreach (var platform in PlatformHosts)
        {
            Node(root, platform.Host).Platform = platform;
        }

        return root;
    }

    private static SuffixNode Node(SuffixNode root, string name)
    {
        var node = root;
        var labels = name.Split('.');
        for (var i = labels.Length - 1; i >= 0; i--)
        {
            node.Children ??= new Dictionary<string, SuffixNode>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(labels[i], out var child))
            {
                child = new SuffixNode();
                node.Children.Add(labels[i], child);
            }

            node = child;
        }

        return node;
    }

    private static Dictionary<string, RegionEntry>[] BuildRegionIndex()
    {
        var result = new Dictionary<string, RegionEntry>[Providers.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new Dictionary<string, RegionEntry>(StringComparer.Ordinal);
        }

        foreach (var region in Regions)
        {
            result[Providers.IndexOf(region.Provider)][region.Id] = region;
        }

        return result;
    }

    private static Dictionary<string, string> BuildTldIndex()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tld in CountryCodeTlds)
        {
            result[tld.Tld] = tld.Jurisdiction;
        }

        return result;
    }

    private static Dictionary<string, SdkRegionConstant> BuildConstantIndex()
    {
        var result = new Dictionary<string, SdkRegionConstant>(StringComparer.Ordinal);
        foreach (var constant in SdkConstants)
        {
            result[constant.Type + "." + constant.Member] = constant;
        }

        return result;
    }

    private static class Indexes
    {
        public static readonly SuffixNode Root = BuildTrie();
        public static readonly Dictionary<string, RegionEntry>[] RegionsByProvider = BuildRegionIndex();
        public static readonly Dictionary<string, string> Tlds = BuildTldIndex();
        public static readonly Dictionary<string, SdkRegionConstant> Constants = BuildConstantIndex();

        // The distinct last labels of every suffix and TLD (about 30): a short linear scan, cheaper than a substring.
        public static readonly string[] LastLabels = BuildLastLabels();
    }

    private static string[] BuildLastLabels()
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in HostRules)
        {
            labels.Add(rule.Suffix.Substring(rule.Suffix.LastIndexOf('.') + 1));
        }

        foreach (var platform in PlatformHosts)
        {
            labels.Add(platform.Host.Substring(platform.Host.LastIndexOf('.') + 1));
        }

        foreach (var tld in CountryCodeTlds)
        {
            labels.Add(tld.Tld);
        }

        var result = new string[labels.Count];
        labels.CopyTo(result);
        return result;
    }

    private sealed class SuffixNode
    {
        public Dictionary<string, SuffixNode>? Children;
        public HostRule? Rule;
        public PlatformHost? Platform;
    }
}
