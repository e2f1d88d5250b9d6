// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Linq;

namespace SourceExposure.Analyzers.DataResidency.Catalog;

// The data of the jurisdiction catalog: every provider, region, host suffix, SDK constant and country-code TLD the
// data-residency rules know, each with its source. docs/rules/jurisdictions.md is rendered from this file (a test
// keeps them equal). Facts and their sources: shared/references/residency-facts.md §1.
internal static partial class JurisdictionCatalog
{
    private const string AwsRegionsSource = "https://github.com/aws/aws-sdk-net/blob/main/sdk/src/Core/RegionEndpoint/RegionEndpoint.generated.cs";
    private const string AwsPartitionsSource = "https://github.com/aws/aws-sdk-net/blob/main/sdk/src/Core/Amazon.Runtime/Internal/Endpoints/StandardLibrary/Partition.generated.cs";
    private const string AwsChinaSource = "https://docs.amazonaws.cn/en_us/general/latest/gr/endpoints-Beijing.html";
    private const string AzureLocationSource = "https://github.com/Azure/azure-sdk-for-net/blob/main/sdk/core/Azure.Core/src/AzureLocation.cs";
    private const string AzureChinaRegionsSource = "https://learn.microsoft.com/en-us/azure/china/overview-regions";
    private const string AzureChinaHostsSource = "https://github.com/hashicorp/go-azure-sdk/blob/main/sdk/environments/azure_china.go";
    private const string AzureGovHostsSource = "https://github.com/hashicorp/go-azure-sdk/blob/main/sdk/environments/azure_gov.go";
    private const string GcpSource = "https://docs.cloud.google.com/infrastructure-manager/docs/locations";
    private const string AlibabaSource = "https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints";
    private const string TencentSource = "https://tencentcloud.com/document/product/628/33133";
    private const string TencentApiSource = "https://cloud.tencent.com/document/api/1273/112548";
    private const string HuaweiSource = "https://github.com/huaweicloud/huaweicloud-sdk-go-v3/blob/master/services/live/v1/region/region.go";
    private const string BaiduSource = "https://cloud.baidu.com/doc/BOS/s/akrqd2wcx";
    private const string IanaSource = "https://www.iana.org/domains/root/db";

    public static readonly CloudProvider Aws = new("aws", "AWS", "Amazon");
    public static readonly CloudProvider Azure = new("azure", "Microsoft Azure", "Azure", "Microsoft.Azure");
    public static readonly CloudProvider Google = new("gcp", "Google Cloud", "Google.Cloud", "Google.Apis");
    public static readonly CloudProvider Alibaba = new("alibaba", "Alibaba Cloud", "Aliyun", "AlibabaCloud", "Aliyun.Acs");
    public static readonly CloudProvider Tencent = new("tencent", "Tencent Cloud", "TencentCloud", "COSXML");
    public static readonly CloudProvider Huawei = new("huawei", "Huawei Cloud", "HuaweiCloud");
    public static readonly CloudProvider Baidu = new("baidu", "Baidu AI Cloud", "BaiduBce");

    public static readonly ImmutableArray<CloudProvider> Providers = ImmutableArray.Create(Aws, Azure, Google, Alibaba, Tencent, Huawei, Baidu);

    public static readonly ImmutableArray<RegionEntry> Regions = ImmutableArray.Create(
        // AWS: RegionEndpoint.generated.cs; China regions are the aws-cn partition (amazonaws.com.cn).
        new RegionEntry(Aws, "af-south-1", "Africa (Cape Town)", "za", AwsRegionsSource),
        new RegionEntry(Aws, "ap-east-1", "Asia Pacific (Hong Kong)", "hk", AwsRegionsSource),
        new RegionEntry(Aws, "ap-east-2", "Asia Pacific (Taipei)", "tw", AwsRegionsSource),
        new RegionEntry(Aws, "ap-northeast-1", "Asia Pacific (Tokyo)", "jp", AwsRegionsSource),
        new RegionEntry(Aws, "ap-northeast-2", "Asia Pacific (Seoul)", "kr", AwsRegionsSource),
        new RegionEntry(Aws, "ap-northeast-3", "Asia Pacific (Osaka)", "jp", AwsRegionsSource),
        new RegionEntry(Aws, "ap-south-1", "Asia Pacific (Mumbai)", "in", AwsRegionsSource),
        new RegionEntry(Aws, "ap-south-2", "Asia Pacific (Hyderabad)", "in", AwsRegionsSource),
        new RegionEntry(Aws, "ap-southeast-1", "Asia Pacific (Singapore)", "sg", AwsRegionsSource),
        new RegionEntry(Aws, "ap-southeast-2", "Asia Pacific (Sydney)", "au", AwsRegionsSource),
        new RegionEntry(Aws, "ap-southeast-3", "Asia Pacific (Jakarta)", "id", AwsRegionsSource),
        new RegionEntry(Aws, "ap-southeast-4", "Asia Pacific (Melbourne)", "au", AwsRegionsSource),
        new RegionEntry(Aws, "ap-southeast-5", "Asia Pacific (Malaysia)", "my", AwsRegionsSource),
        new RegionEntry(Aws, "ap-southeast-6", "Asia Pacific (New Zealand)", "nz", AwsRegionsSource),
        new RegionEntry(Aws, "ap-southeast-7", "Asia Pacific (Thailand)", "th", AwsRegionsSource),
        new RegionEntry(Aws, "ca-central-1", "Canada (Central)", "ca", AwsRegionsSource),
        new RegionEntry(Aws, "ca-west-1", "Canada West (Calgary)", "ca", AwsRegionsSource),
        new RegionEntry(Aws, "eu-central-1", "Europe (Frankfurt)", "de", AwsRegionsSource),
        new RegionEntry(Aws, "eu-central-2", "Europe (Zurich)", "ch", AwsRegionsSource),
        new RegionEntry(Aws, "eu-north-1", "Europe (Stockholm)", "se", AwsRegionsSource),
        new RegionEntry(Aws, "eu-south-1", "Europe (Milan)", "it", AwsRegionsSource),
        new RegionEntry(Aws, "eu-south-2", "Europe (Spain)", "es", AwsRegionsSource),
        new RegionEntry(Aws, "eu-west-1", "Europe (Ireland)", "ie", AwsRegionsSource),
        new RegionEntry(Aws, "eu-west-2", "Europe (London)", "gb", AwsRegionsSource),
        new RegionEntry(Aws, "eu-west-3", "Europe (Paris)", "fr", AwsRegionsSource),
        new RegionEntry(Aws, "il-central-1", "Israel (Tel Aviv)", "il", AwsRegionsSource),
        new RegionEntry(Aws, "me-central-1", "Middle East (UAE)", "ae", AwsRegionsSource),
        new RegionEntry(Aws, "me-south-1", "Middle East (Bahrain)", "bh", AwsRegionsSource),
        new RegionEntry(Aws, "mx-central-1", "Mexico (Central)", "mx", AwsRegionsSource),
        new RegionEntry(Aws, "sa-east-1", "South America (Sao Paulo)", "br", AwsRegionsSource),
        new RegionEntry(Aws, "us-east-1", "US East (N. Virginia)", "us", AwsRegionsSource),
        new RegionEntry(Aws, "us-east-2", "US East (Ohio)", "us", AwsRegionsSource),
        new RegionEntry(Aws, "us-west-1", "US West (N. California)", "us", AwsRegionsSource),
        new RegionEntry(Aws, "us-west-2", "US West (Oregon)", "us", AwsRegionsSource),
        new RegionEntry(Aws, "cn-north-1", "China (Beijing)", "cn", AwsChinaSource),
        new RegionEntry(Aws, "cn-northwest-1", "China (Ningxia)", "cn", AwsChinaSource),
        new RegionEntry(Aws, "us-gov-east-1", "AWS GovCloud (US-East)", "us", AwsPartitionsSource),
        new RegionEntry(Aws, "us-gov-west-1", "AWS GovCloud (US-West)", "us", AwsPartitionsSource),
        new RegionEntry(Aws, "eusc-de-east-1", "EU (Germany), European Sovereign Cloud", "de", AwsPartitionsSource),

        // Azure: AzureLocation names; the six China regions exist only in the 21Vianet-operated cloud.
        new RegionEntry(Azure, "chinanorth", "China North", "cn", AzureChinaRegionsSource),
        new RegionEntry(Azure, "chinanorth2", "China North 2", "cn", AzureChinaRegionsSource),
        new RegionEntry(Azure, "chinanorth3", "China North 3", "cn", AzureChinaRegionsSource),
        new RegionEntry(Azure, "chinaeast", "China East", "cn", AzureChinaRegionsSource),
        new RegionEntry(Azure, "chinaeast2", "China East 2", "cn", AzureChinaRegionsSource),
        new RegionEntry(Azure, "chinaeast3", "China East 3", "cn", AzureChinaRegionsSource),
        new RegionEntry(Azure, "eastasia", "East Asia (Hong Kong)", "hk", AzureLocationSource),
        new RegionEntry(Azure, "southeastasia", "Southeast Asia (Singapore)", "sg", AzureLocationSource),
        new RegionEntry(Azure, "northeurope", "North Europe (Ireland)", "ie", AzureLocationSource),
        new RegionEntry(Azure, "westeurope", "West Europe (Netherlands)", "nl", AzureLocationSource),
        new RegionEntry(Azure, "centralus", "Central US", "us", AzureLocationSource),
        new RegionEntry(Azure, "eastus", "East US", "us", AzureLocationSource),
        new RegionEntry(Azure, "eastus2", "East US 2", "us", AzureLocationSource),
        new RegionEntry(Azure, "westus", "West US", "us", AzureLocationSource),
        new RegionEntry(Azure, "westus2", "West US 2", "us", AzureLocationSource),
        new RegionEntry(Azure, "westus3", "West US 3", "us", AzureLocationSource),
        new RegionEntry(Azure, "northcentralus", "North Central US", "us", AzureLocationSource),
        new RegionEntry(Azure, "southcentralus", "South Central US", "us", AzureLocationSource),
        new RegionEntry(Azure, "westcentralus", "West Central US", "us", AzureLocationSource),
        new RegionEntry(Azure, "usgovarizona", "US Gov Arizona", "us", AzureLocationSource),
        new RegionEntry(Azure, "usgovtexas", "US Gov Texas", "us", AzureLocationSource),
        new RegionEntry(Azure, "usgovvirginia", "US Gov Virginia", "us", AzureLocationSource),
        new RegionEntry(Azure, "usgoviowa", "US Gov Iowa", "us", AzureLocationSource),
        new RegionEntry(Azure, "usdodcentral", "US DoD Central", "us", AzureLocationSource),
        new RegionEntry(Azure, "usdodeast", "US DoD East", "us", AzureLocationSource),
        new RegionEntry(Azure, "japaneast", "Japan East", "jp", AzureLocationSource),
        new RegionEntry(Azure, "japanwest", "Japan West", "jp", AzureLocationSource),
        new RegionEntry(Azure, "brazilsouth", "Brazil South", "br", AzureLocationSource),
        new RegionEntry(Azure, "brazilsoutheast", "Brazil Southeast", "br", AzureLocationSource),
        new RegionEntry(Azure, "australiaeast", "Australia East", "au", AzureLocationSource),
        new RegionEntry(Azure, "australiasoutheast", "Australia Southeast", "au", AzureLocationSource),
        new RegionEntry(Azure, "australiacentral", "Australia Central", "au", AzureLocationSource),
        new RegionEntry(Azure, "australiacentral2", "Australia Central 2", "au", AzureLocationSource),
        new RegionEntry(Azure, "centralindia", "Central India", "in", AzureLocationSource),
        new RegionEntry(Azure, "southindia", "South India", "in", AzureLocationSource),
        new RegionEntry(Azure, "westindia", "West India", "in", AzureLocationSource),
        new RegionEntry(Azure, "canadacentral", "Canada Central", "ca", AzureLocationSource),
        new RegionEntry(Azure, "canadaeast", "Canada East", "ca", AzureLocationSource),
        new RegionEntry(Azure, "uksouth", "UK South", "gb", AzureLocationSource),
        new RegionEntry(Azure, "ukwest", "UK West", "gb", AzureLocationSource),
        new RegionEntry(Azure, "koreacentral", "Korea Central", "kr", AzureLocationSource),
        new RegionEntry(Azure, "koreasouth", "Korea South", "kr", AzureLocationSource),
        new RegionEntry(Azure, "francecentral", "France Central", "fr", AzureLocationSource),
        new RegionEntry(Azure, "francesouth", "France South", "fr", AzureLocationSource),
        new RegionEntry(Azure, "uaecentral", "UAE Central", "ae", AzureLocationSource),
        new RegionEntry(Azure, "uaenorth", "UAE North", "ae", AzureLocationSource),
        new RegionEntry(Azure, "southafricanorth", "South Africa North", "za", AzureLocationSource),
        new RegionEntry(Azure, "southafricawest", "South Africa West", "za", AzureLocationSource),
        new RegionEntry(Azure, "swedencentral", "Sweden Central", "se", AzureLocationSource),
        new RegionEntry(Azure, "swedensouth", "Sweden South", "se", AzureLocationSource),
        new RegionEntry(Azure, "switzerlandnorth", "Switzerland North", "ch", AzureLocationSource),
        new RegionEntry(Azure, "switzerlandwest", "Switzerland West", "ch", AzureLocationSource),
        new RegionEntry(Azure, "germanynorth", "Germany North", "de", AzureLocationSource),
        new RegionEntry(Azure, "germanywestcentral", "Germany West Central", "de", AzureLocationSource),
        new RegionEntry(Azure, "germanycentral", "Germany Central (legacy Azure Germany)", "de", AzureLocationSource),
        new RegionEntry(Azure, "germanynortheast", "Germany Northeast (legacy Azure Germany)", "de", AzureLocationSource),
        new RegionEntry(Azure, "norwayeast", "Norway East", "no", AzureLocationSource),
        new RegionEntry(Azure, "norwaywest", "Norway West", "no", AzureLocationSource),
        new RegionEntry(Azure, "qatarcentral", "Qatar Central", "qa", AzureLocationSource),
        new RegionEntry(Azure, "israelcentral", "Israel Central", "il", AzureLocationSource),
        new RegionEntry(Azure, "italynorth", "Italy North", "it", AzureLocationSource),
        new RegionEntry(Azure, "polandcentral", "Poland Central", "pl", AzureLocationSource),
        new RegionEntry(Azure, "mexicocentral", "Mexico Central", "mx", AzureLocationSource),
        new RegionEntry(Azure, "spaincentral", "Spain Central", "es", AzureLocationSource),

        // Google Cloud: no mainland-China region.
        new RegionEntry(Google, "asia-east1", "Changhua County, Taiwan", "tw", GcpSource),
        new RegionEntry(Google, "asia-east2", "Hong Kong", "hk", GcpSource),
        new RegionEntry(Google, "asia-northeast1", "Tokyo", "jp", GcpSource),
        new RegionEntry(Google, "asia-northeast2", "Osaka", "jp", GcpSource),
        new RegionEntry(Google, "asia-northeast3", "Seoul", "kr", GcpSource),
        new RegionEntry(Google, "asia-south1", "Mumbai", "in", GcpSource),
        new RegionEntry(Google, "asia-south2", "Delhi", "in", GcpSource),
        new RegionEntry(Google, "asia-southeast1", "Jurong West, Singapore", "sg", GcpSource),
        new RegionEntry(Google, "asia-southeast2", "Jakarta", "id", GcpSource),
        new RegionEntry(Google, "asia-southeast3", "Bangkok", "th", GcpSource),
        new RegionEntry(Google, "australia-southeast1", "Sydney", "au", GcpSource),
        new RegionEntry(Google, "australia-southeast2", "Melbourne", "au", GcpSource),
        new RegionEntry(Google, "europe-central2", "Warsaw", "pl", GcpSource),
        new RegionEntry(Google, "europe-north1", "Hamina", "fi", GcpSource),
        new RegionEntry(Google, "europe-north2", "Stockholm", "se", GcpSource),
        new RegionEntry(Google, "europe-southwest1", "Madrid", "es", GcpSource),
        new RegionEntry(Google, "europe-west1", "St. Ghislain", "be", GcpSource),
        new RegionEntry(Google, "europe-west2", "London", "gb", GcpSource),
        new RegionEntry(Google, "europe-west3", "Frankfurt", "de", GcpSource),
        new RegionEntry(Google, "europe-west4", "Eemshaven", "nl", GcpSource),
        new RegionEntry(Google, "europe-west6", "Zurich", "ch", GcpSource),
        new RegionEntry(Google, "europe-west8", "Milan", "it", GcpSource),
        new RegionEntry(Google, "europe-west9", "Paris", "fr", GcpSource),
        new RegionEntry(Google, "europe-west10", "Berlin", "de", GcpSource),
        new RegionEntry(Google, "europe-west12", "Turin", "it", GcpSource),
        new RegionEntry(Google, "me-central1", "Doha", "qa", GcpSource),
        new RegionEntry(Google, "me-central2", "Dammam", "sa", GcpSource),
        new RegionEntry(Google, "me-west1", "Tel Aviv", "il", GcpSource),
        new RegionEntry(Google, "northamerica-northeast1", "Montréal", "ca", GcpSource),
        new RegionEntry(Google, "northamerica-northeast2", "Toronto", "ca", GcpSource),
        new RegionEntry(Google, "southamerica-east1", "Osasco, São Paulo", "br", GcpSource),
        new RegionEntry(Google, "southamerica-west1", "Santiago", "cl", GcpSource),
        new RegionEntry(Google, "us-central1", "Council Bluffs, Iowa", "us", GcpSource),
        new RegionEntry(Google, "us-east1", "Moncks Corner, South Carolina", "us", GcpSource),
        new RegionEntry(Google, "us-east4", "Ashburn, Virginia", "us", GcpSource),
        new RegionEntry(Google, "us-east5", "Columbus, Ohio", "us", GcpSource),
        new RegionEntry(Google, "us-south1", "Dallas, Texas", "us", GcpSource),
        new RegionEntry(Google, "us-west1", "The Dalles, Oregon", "us", GcpSource),
        new RegionEntry(Google, "us-west2", "Los Angeles", "us", GcpSource),
        new RegionEntry(Google, "us-west3", "Salt Lake City", "us", GcpSource),
        new RegionEntry(Google, "us-west4", "Las Vegas", "us", GcpSource),

        // Alibaba Cloud: cn-* is mainland except cn-hongkong.
        new RegionEntry(Alibaba, "cn-hangzhou", "China (Hangzhou)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-shanghai", "China (Shanghai)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-nanjing", "China (Nanjing)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-fuzhou", "China (Fuzhou)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-qingdao", "China (Qingdao)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-beijing", "China (Beijing)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-zhangjiakou", "China (Zhangjiakou)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-huhehaote", "China (Hohhot)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-wulanchabu", "China (Ulanqab)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-shenzhen", "China (Shenzhen)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-heyuan", "China (Heyuan)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-guangzhou", "China (Guangzhou)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-chengdu", "China (Chengdu)", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-shanghai-finance-1", "China East 2 Finance", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-beijing-finance-1", "China North 2 Finance", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-shenzhen-finance-1", "China South 1 Finance", "cn", AlibabaSource),
        new RegionEntry(Alibaba, "cn-hongkong", "China (Hong Kong)", "hk", AlibabaSource),
        new RegionEntry(Alibaba, "ap-northeast-1", "Japan (Tokyo)", "jp", AlibabaSource),
        new RegionEntry(Alibaba, "ap-northeast-2", "South Korea (Seoul)", "kr", AlibabaSource),
        new RegionEntry(Alibaba, "ap-southeast-1", "Singapore", "sg", AlibabaSource),
        new RegionEntry(Alibaba, "ap-southeast-2", "Australia (Sydney), decommissioned", "au", AlibabaSource),
        new RegionEntry(Alibaba, "ap-southeast-3", "Malaysia (Kuala Lumpur)", "my", AlibabaSource),
        new RegionEntry(Alibaba, "ap-southeast-5", "Indonesia (Jakarta)", "id", AlibabaSource),
        new RegionEntry(Alibaba, "ap-southeast-6", "Philippines (Manila)", "ph", AlibabaSource),
        new RegionEntry(Alibaba, "ap-southeast-7", "Thailand (Bangkok)", "th", AlibabaSource),
        new RegionEntry(Alibaba, "ap-south-1", "India (Mumbai), deactivated", "in", AlibabaSource),
        new RegionEntry(Alibaba, "eu-central-1", "Germany (Frankfurt)", "de", AlibabaSource),
        new RegionEntry(Alibaba, "eu-west-1", "UK (London)", "gb", AlibabaSource),
        new RegionEntry(Alibaba, "us-west-1", "US (Silicon Valley)", "us", AlibabaSource),
        new RegionEntry(Alibaba, "us-east-1", "US (Virginia)", "us", AlibabaSource),
        new RegionEntry(Alibaba, "na-south-1", "Mexico", "mx", AlibabaSource),
        new RegionEntry(Alibaba, "me-east-1", "UAE (Dubai)", "ae", AlibabaSource),
        new RegionEntry(Alibaba, "me-central-1", "SAU (Riyadh), partner region", "sa", AlibabaSource),

        // Tencent Cloud.
        new RegionEntry(Tencent, "ap-guangzhou", "South China (Guangzhou)", "cn", TencentSource),
        new RegionEntry(Tencent, "ap-shenzhen-fsi", "South China (Shenzhen Finance)", "cn", TencentSource),
        new RegionEntry(Tencent, "ap-shanghai", "East China (Shanghai)", "cn", TencentSource),
        new RegionEntry(Tencent, "ap-shanghai-fsi", "East China (Shanghai Finance)", "cn", TencentSource),
        new RegionEntry(Tencent, "ap-nanjing", "East China (Nanjing)", "cn", TencentSource),
        new RegionEntry(Tencent, "ap-beijing", "North China (Beijing)", "cn", TencentSource),
        new RegionEntry(Tencent, "ap-chengdu", "Southwest China (Chengdu)", "cn", TencentSource),
        new RegionEntry(Tencent, "ap-chongqing", "Southwest China (Chongqing)", "cn", TencentSource),
        new RegionEntry(Tencent, "ap-hongkong", "Hong Kong, China", "hk", TencentSource),
        new RegionEntry(Tencent, "ap-singapore", "Southeast Asia (Singapore)", "sg", TencentSource),
        new RegionEntry(Tencent, "ap-jakarta", "Southeast Asia (Jakarta)", "id", TencentSource),
        new RegionEntry(Tencent, "ap-bangkok", "Southeast Asia (Bangkok)", "th", TencentSource),
        new RegionEntry(Tencent, "ap-seoul", "Northeast Asia (Seoul)", "kr", TencentSource),
        new RegionEntry(Tencent, "ap-tokyo", "Northeast Asia (Tokyo)", "jp", TencentSource),
        new RegionEntry(Tencent, "ap-mumbai", "South Asia (Mumbai)", "in", TencentSource),
        new RegionEntry(Tencent, "na-siliconvalley", "US West (Silicon Valley)", "us", TencentSource),
        new RegionEntry(Tencent, "na-ashburn", "US East (Virginia)", "us", TencentSource),
        new RegionEntry(Tencent, "sa-saopaulo", "South America (São Paulo)", "br", TencentSource),
        new RegionEntry(Tencent, "eu-frankfurt", "Europe (Frankfurt)", "de", TencentSource),

        // Huawei Cloud: ap-southeast-1 is Hong Kong here (Singapore at AWS and Alibaba).
        new RegionEntry(Huawei, "cn-north-1", "CN North-Beijing1", "cn", HuaweiSource),
        new RegionEntry(Huawei, "cn-north-4", "CN North-Beijing4", "cn", HuaweiSource),
        new RegionEntry(Huawei, "cn-east-2", "CN East-Shanghai2", "cn", HuaweiSource),
        new RegionEntry(Huawei, "cn-east-3", "CN East-Shanghai1", "cn", HuaweiSource),
        new RegionEntry(Huawei, "cn-south-1", "CN South-Guangzhou", "cn", HuaweiSource),
        new RegionEntry(Huawei, "cn-southwest-2", "CN Southwest-Guiyang1", "cn", HuaweiSource),
        new RegionEntry(Huawei, "ap-southeast-1", "CN-Hong Kong", "hk", HuaweiSource),
        new RegionEntry(Huawei, "ap-southeast-2", "AP-Bangkok", "th", HuaweiSource),
        new RegionEntry(Huawei, "ap-southeast-3", "AP-Singapore", "sg", HuaweiSource),
        new RegionEntry(Huawei, "af-south-1", "AF-Johannesburg", "za", HuaweiSource),
        new RegionEntry(Huawei, "la-south-2", "LA-Santiago", "cl", HuaweiSource),
        new RegionEntry(Huawei, "sa-brazil-1", "LA-Sao Paulo1", "br", HuaweiSource),
        new RegionEntry(Huawei, "na-mexico-1", "LA-Mexico City1", "mx", HuaweiSource),
        new RegionEntry(Huawei, "la-north-2", "LA-Mexico City2", "mx", HuaweiSource),
        new RegionEntry(Huawei, "tr-west-1", "TR-Istanbul", "tr", HuaweiSource),

        // Baidu AI Cloud: short region codes in BOS and API hosts.
        new RegionEntry(Baidu, "bj", "North China (Beijing)", "cn", BaiduSource),
        new RegionEntry(Baidu, "bd", "North China (Baoding)", "cn", BaiduSource),
        new RegionEntry(Baidu, "su", "East China (Suzhou)", "cn", BaiduSource),
        new RegionEntry(Baidu, "gz", "South China (Guangzhou)", "cn", BaiduSource),
        new RegionEntry(Baidu, "cd", "Southwest China (Chengdu)", "cn", BaiduSource),
        new RegionEntry(Baidu, "yq", "Yangquan", "cn", BaiduSource),
        new RegionEntry(Baidu, "fwh", "Central China (Wuhan)", "cn", BaiduSource),
        new RegionEntry(Baidu, "hkg", "Hong Kong, China", "hk", BaiduSource));

    public static readonly ImmutableArray<HostRule> HostRules = ImmutableArray.Create(
        new HostRule("amazonaws.com", Aws, "AWS (commercial and GovCloud partitions)", RegionLabel.DashSegments, null, AwsPartitionsSource),
        new HostRule("api.aws", Aws, "AWS dual-stack", RegionLabel.Exact, null, AwsPartitionsSource),
        new HostRule("amazonaws.com.cn", Aws, "AWS China", RegionLabel.DashSegments, "cn", AwsChinaSource),
        new HostRule("amazonwebservices.com.cn", Aws, "AWS China", RegionLabel.Exact, "cn", AwsPartitionsSource),
        new HostRule("amazonaws.eu", Aws, "AWS European Sovereign Cloud", RegionLabel.Exact, "de", AwsPartitionsSource),
        new HostRule("chinacloudapi.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("chinacloudapp.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", "https://github.com/Azure/aks-traffic-manager"),
        new HostRule("vault.azure.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("managedhsm.azure.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("documents.azure.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("azconfig.azure.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("loganalytics.azure.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("azuresynapse.azure.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("azurecr.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("azure-api.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("trafficmanager.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", AzureChinaHostsSource),
        new HostRule("partner.microsoftonline.cn", Azure, "Azure China (21Vianet)", RegionLabel.None, "cn", "https://learn.microsoft.com/en-us/azure/china/resources-developer-guide"),
        new HostRule("usgovcloudapi.net", Azure, "Azure US Government", RegionLabel.None, "us", AzureGovHostsSource),
        new HostRule("microsoftonline.us", Azure, "Azure US Government", RegionLabel.None, "us", "https://github.com/Azure/azure-sdk-for-net/blob/main/sdk/identity/Azure.Identity/src/AzureAuthorityHosts.cs"),
        new HostRule("documents.azure.us", Azure, "Azure US Government", RegionLabel.None, "us", AzureGovHostsSource),
        new HostRule("azurecr.us", Azure, "Azure US Government", RegionLabel.None, "us", AzureGovHostsSource),
        new HostRule("azure-api.us", Azure, "Azure US Government", RegionLabel.None, "us", AzureGovHostsSource),
        new HostRule("azconfig.azure.us", Azure, "Azure US Government", RegionLabel.None, "us", AzureGovHostsSource),
        new HostRule("usgovtrafficmanager.net", Azure, "Azure US Government", RegionLabel.None, "us", AzureGovHostsSource),
        new HostRule("core.windows.net", Azure, "Azure global (region not in the host)", RegionLabel.None, null, AzureChinaHostsSource),
        new HostRule("database.windows.net", Azure, "Azure global (region not in the host)", RegionLabel.None, null, AzureChinaHostsSource),
        new HostRule("vault.azure.net", Azure, "Azure global (region not in the host)", RegionLabel.None, null, AzureChinaHostsSource),
        new HostRule("googleapis.com", Google, "Google Cloud (regional endpoints)", RegionLabel.DashSegments, null, GcpSource),
        new HostRule("aliyuncs.com", Alibaba, "Alibaba Cloud", RegionLabel.DashSegments, null, AlibabaSource),
        new HostRule("aliyun-inc.com", Alibaba, "Alibaba Cloud (classic internal)", RegionLabel.DashSegments, null, "https://www.alibabacloud.com/help/id/datahub/product-overview/endpoints"),
        new HostRule("tencentcloudapi.com", Tencent, "Tencent Cloud API", RegionLabel.Exact, null, TencentApiSource),
        new HostRule("myqcloud.com", Tencent, "Tencent Cloud COS", RegionLabel.Exact, null, TencentSource),
        new HostRule("myhuaweicloud.com", Huawei, "Huawei Cloud", RegionLabel.Exact, null, HuaweiSource),
        new HostRule("bcebos.com", Baidu, "Baidu AI Cloud BOS", RegionLabel.Exact, null, BaiduSource),
        new HostRule("baidubce.com", Baidu, "Baidu AI Cloud API", RegionLabel.Exact, null, BaiduSource));

    /// <summary>
    /// Region ids a provider's naming places in mainland China although the tables above do not list them (internal,
    /// finance, government and new regions): the source of that convention, or null. Alibaba Cloud: every <c>cn-*</c>
    /// id but <c>cn-hongkong</c>; AWS: the <c>aws-cn</c> partition's <c>cn-&lt;name&gt;-&lt;n&gt;</c>.
    /// </summary>
    private static string? MainlandByConvention(CloudProvider provider, string id)
    {
        if (id.Length < 5 || !id.StartsWith("cn-", System.StringComparison.Ordinal))
        {
            return null;
        }

        if (provider == Alibaba)
        {
            // Region ids name a place first (cn-hangzhou, cn-shanghai-finance-1, cn-north-2-gov-1); an instance id
            // that happens to start with "cn-" (alikafka-pre-cn-zvp2xyz-1-vpc) has digits in that first part.
            var end = id.IndexOf('-', 3);
            var place = end < 0 ? id.Substring(3) : id.Substring(3, end - 3);
            return place.Length == 0 || id.StartsWith("cn-hongkong", System.StringComparison.Ordinal) || !place.All(char.IsLetter) ? null : AlibabaSource;
        }

        if (provider == Aws)
        {
            // ^cn-\w+-\d+$ in the aws-cn partition: letters, one dash, digits.
            var dash = id.IndexOf('-', 3);
            if (dash < 4 || dash == id.Length - 1)
            {
                return null;
            }

            for (var i = 3; i < id.Length; i++)
            {
                if (i < dash ? !char.IsLetter(id[i]) : i > dash && !char.IsDigit(id[i]))
                {
                    return null;
                }
            }

            return AwsPartitionsSource;
        }

        return null;
    }

    public static readonly ImmutableArray<TldEntry> CountryCodeTlds = ImmutableArray.Create(
        new TldEntry("cn", "cn", IanaSource),
        new TldEntry("xn--fiqs8s", "cn", IanaSource),
        new TldEntry("xn--fiqz9s", "cn", IanaSource),
        new TldEntry("hk", "hk", IanaSource),
        new TldEntry("xn--j6w193g", "hk", IanaSource),
        new TldEntry("mo", "mo", IanaSource),
        new TldEntry("tw", "tw", IanaSource),
        new TldEntry("xn--kpry57d", "tw", IanaSource),
        new TldEntry("xn--kprw13d", "tw", IanaSource),
        new TldEntry("sg", "sg", IanaSource),
        new TldEntry("jp", "jp", IanaSource),
        new TldEntry("kr", "kr", IanaSource),
        new TldEntry("in", "in", IanaSource),
        new TldEntry("au", "au", IanaSource),
        new TldEntry("uk", "gb", IanaSource),
        new TldEntry("de", "de", IanaSource),
        new TldEntry("fr", "fr", IanaSource),
        new TldEntry("nl", "nl", IanaSource),
        new TldEntry("ie", "ie", IanaSource),
        new TldEntry("ch", "ch", IanaSource),
        new TldEntry("ru", "ru", IanaSource),
        new TldEntry("xn--p1ai", "ru", IanaSource),
        new TldEntry("br", "br", IanaSource),
        new TldEntry("ca", "ca", IanaSource),
        new TldEntry("us", "us", IanaSource));

    public static readonly ImmutableArray<SdkRegionConstant> SdkConstants = BuildSdkConstants();

    private static ImmutableArray<SdkRegionConstant> BuildSdkConstants()
    {
        var builder = ImmutableArray.CreateBuilder<SdkRegionConstant>();

        // Amazon.RegionEndpoint field names are not derivable from the ids (CNNorthWest1, USGovCloudWest1).
        string[] aws =
        [
            "AFSouth1", "af-south-1", "APEast1", "ap-east-1", "APEast2", "ap-east-2", "APNortheast1", "ap-northeast-1",
            "APNortheast2", "ap-northeast-2", "APNortheast3", "ap-northeast-3", "APSouth1", "ap-south-1", "APSouth2", "ap-south-2",
            "APSoutheast1", "ap-southeast-1", "APSoutheast2", "ap-southeast-2", "APSoutheast3", "ap-southeast-3",
            "APSoutheast4", "ap-southeast-4", "APSoutheast5", "ap-southeast-5", "APSoutheast6", "ap-southeast-6",
            "APSoutheast7", "ap-southeast-7", "CACentral1", "ca-central-1", "CAWest1", "ca-west-1", "EUCentral1", "eu-central-1",
            "EUCentral2", "eu-central-2", "EUNorth1", "eu-north-1", "EUSouth1", "eu-south-1", "EUSouth2", "eu-south-2",
            "EUWest1", "eu-west-1", "EUWest2", "eu-west-2", "EUWest3", "eu-west-3", "ILCentral1", "il-central-1",
            "MECentral1", "me-central-1", "MESouth1", "me-south-1", "MXCentral1", "mx-central-1", "SAEast1", "sa-east-1",
            "USEast1", "us-east-1", "USEast2", "us-east-2", "USWest1", "us-west-1", "USWest2", "us-west-2",
            "CNNorth1", "cn-north-1", "CNNorthWest1", "cn-northwest-1", "USGovCloudEast1", "us-gov-east-1",
            "USGovCloudWest1", "us-gov-west-1", "EUSCDeEast1", "eusc-de-east-1",
        ];
        for (var i = 0; i < aws.Length; i += 2)
        {
            builder.Add(new SdkRegionConstant(Aws, "Amazon.RegionEndpoint", aws[i], aws[i + 1], AwsRegionsSource));
        }

        // Azure.Core.AzureLocation properties are the region names in Pascal case (ChinaEast2 → chinaeast2).
        foreach (var region in Regions)
        {
            if (region.Provider == Azure)
            {
                builder.Add(new SdkRegionConstant(Azure, "Azure.Core.AzureLocation", AzurePropertyName(region.Id), region.Id, AzureLocationSource));
            }
        }

        return builder.ToImmutable();
    }

    private static string AzurePropertyName(string id) => id switch
    {
        "usgovarizona" => "USGovArizona",
        "usgovtexas" => "USGovTexas",
        "usgovvirginia" => "USGovVirginia",
        "usgoviowa" => "USGovIowa",
        "usdodcentral" => "USDoDCentral",
        "usdodeast" => "USDoDEast",
        "uaecentral" => "UAECentral",
        "uaenorth" => "UAENorth",
        "uksouth" => "UKSouth",
        "ukwest" => "UKWest",
        _ => Pascal(id),
    };

    private static string Pascal(string id)
    {
        // chinaeast2 → ChinaEast2; the word boundaries come from the display names' words.
        string[] words =
        [
            "china", "north", "east", "southeast", "south", "west", "central", "asia", "europe", "us", "japan", "brazil", "australia",
            "india", "canada", "korea", "france", "africa", "sweden", "switzerland", "germany", "norway", "qatar", "israel",
            "italy", "poland", "mexico", "spain",
        ];
        var builder = new System.Text.StringBuilder();
        var i = 0;
        while (i < id.Length)
        {
            string? word = null;
            foreach (var candidate in words)
            {
                if (string.CompareOrdinal(id, i, candidate, 0, candidate.Length) == 0 && (word is null || candidate.Length > word.Length))
                {
                    word = candidate;
                }
            }

            if (word is null)
            {
                builder.Append(id[i]);
                i++;
                continue;
            }

            builder.Append(word == "us" ? "US" : char.ToUpperInvariant(word[0]) + word.Substring(1));
            i += word.Length;
        }

        return builder.ToString();
    }
}
