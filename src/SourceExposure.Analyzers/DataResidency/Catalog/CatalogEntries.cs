// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers.DataResidency.Catalog;

/// <summary>A cloud provider whose endpoints and region ids the catalog knows.</summary>
internal sealed class CloudProvider
{
    public CloudProvider(string id, string name, params string[] sdkNamespaces)
    {
        Id = id;
        Name = name;
        SdkNamespaces = sdkNamespaces;
    }

    /// <summary>Short id used in the catalog: <c>aws</c>, <c>alibaba</c>…</summary>
    public string Id { get; }

    public string Name { get; }

    /// <summary>Root namespaces of the provider's .NET SDKs: an API declared there tells which provider a region id is for.</summary>
    public string[] SdkNamespaces { get; }

    public override string ToString() => Name;
}

/// <summary>One region of one provider: the same id can mean different countries at different providers.</summary>
internal sealed class RegionEntry
{
    public RegionEntry(CloudProvider provider, string id, string name, string jurisdiction, string source)
    {
        Provider = provider;
        Id = id;
        Name = name;
        Jurisdiction = jurisdiction;
        Source = source;
    }

    public CloudProvider Provider { get; }

    public string Id { get; }

    public string Name { get; }

    /// <summary>ISO 3166-1 alpha-2 code, lower case.</summary>
    public string Jurisdiction { get; }

    public string Source { get; }
}

/// <summary>How a host under a provider suffix names its region.</summary>
internal enum RegionLabel
{
    /// <summary>The suffix alone decides (a sovereign cloud, a single-country provider).</summary>
    None,

    /// <summary>A whole label is a region id: <c>cos.ap-guangzhou.myqcloud.com</c>.</summary>
    Exact,

    /// <summary>A label or a dash-separated part of one is a region id: <c>oss-cn-hangzhou-internal.aliyuncs.com</c>, <c>s3-us-west-2.amazonaws.com</c>, <c>asia-east2-aiplatform.googleapis.com</c>.</summary>
    DashSegments,
}

/// <summary>A provider endpoint suffix and how to read the region from hosts under it.</summary>
internal sealed class HostRule
{
    public HostRule(string suffix, CloudProvider provider, string cloud, RegionLabel regionLabel, string? jurisdiction, string source, string? regionless = null)
    {
        Suffix = suffix;
        Provider = provider;
        Cloud = cloud;
        RegionLabel = regionLabel;
        Jurisdiction = jurisdiction;
        Source = source;
        Regionless = regionless;
    }

    /// <summary>The registrable suffix, without a leading dot: <c>amazonaws.com.cn</c>.</summary>
    public string Suffix { get; }

    public CloudProvider Provider { get; }

    /// <summary>What the suffix stands for: "AWS China", "Azure US Government", "Alibaba Cloud".</summary>
    public string Cloud { get; }

    public RegionLabel RegionLabel { get; }

    /// <summary>
    /// The jurisdiction of every host under the suffix (sovereign clouds), or of hosts that name no region (null when
    /// such hosts say nothing about where they are served from).
    /// </summary>
    public string? Jurisdiction { get; }

    /// <summary>For region-less hosts placed by <see cref="Jurisdiction"/>, why (for example Alibaba's central endpoints).</summary>
    public string? Regionless { get; }

    public string Source { get; }
}

/// <summary>A country-code top-level domain: weak evidence, since registration says little about hosting.</summary>
internal sealed class TldEntry
{
    public TldEntry(string tld, string jurisdiction, string source)
    {
        Tld = tld;
        Jurisdiction = jurisdiction;
        Source = source;
    }

    /// <summary>Without the dot; IDN TLDs in their A-label form (<c>xn--fiqs8s</c>).</summary>
    public string Tld { get; }

    public string Jurisdiction { get; }

    public string Source { get; }
}

/// <summary>A named SDK region constant: <c>Amazon.RegionEndpoint.CNNorth1</c> → <c>cn-north-1</c>.</summary>
internal sealed class SdkRegionConstant
{
    public SdkRegionConstant(CloudProvider provider, string type, string member, string regionId, string source)
    {
        Provider = provider;
        Type = type;
        Member = member;
        RegionId = regionId;
        Source = source;
    }

    public CloudProvider Provider { get; }

    /// <summary>Metadata name of the declaring type.</summary>
    public string Type { get; }

    public string Member { get; }

    public string RegionId { get; }

    public string Source { get; }
}

/// <summary>How a platform host's jurisdiction is known.</summary>
internal enum PlatformBasis
{
    /// <summary>The vendor names where the host (or access point) is: "Shanghai access point", "for SDKAppIDs in Singapore".</summary>
    Stated,

    /// <summary>
    /// The vendor states no serving location; the platform is operated from the jurisdiction given (a mainland-China
    /// company): a working assumption the message spells out, not a sourced hosting fact.
    /// </summary>
    Operator,
}

/// <summary>
/// An API host of an internet platform (WeChat, Alipay, DingTalk, AMap, push and analytics services …): the host
/// and every host under it, unless a deeper entry says otherwise. Unlike a cloud provider's suffix, the entry itself
/// is an endpoint. A null jurisdiction marks a host that is not placed (a global access point, a documentation site).
/// Facts and sources: shared/references/china-platforms.md.
/// </summary>
internal sealed class PlatformHost
{
    public PlatformHost(string host, string platform, string? jurisdiction, PlatformBasis basis, string source, string? note = null)
    {
        Host = host;
        Platform = platform;
        Jurisdiction = jurisdiction;
        Basis = basis;
        Source = source;
        Note = note;
    }

    public string Host { get; }

    /// <summary>What the host serves, for messages: "WeChat Pay API (Tencent)".</summary>
    public string Platform { get; }

    public string? Jurisdiction { get; }

    public PlatformBasis Basis { get; }

    /// <summary>The vendor page (or, where marked, secondary material) the entry rests on.</summary>
    public string Source { get; }

    /// <summary>What a reader should know: "nearest access point chosen by WeChat", "sandbox".</summary>
    public string? Note { get; }
}
