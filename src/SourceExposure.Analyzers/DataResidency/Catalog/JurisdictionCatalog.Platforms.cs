// SPDX-License-Identifier: MIT
using System.Collections.Immutable;

namespace SourceExposure.Analyzers.DataResidency.Catalog;

// API hosts of the internet platforms China-facing code talks to, most of them on .com domains that neither a
// cloud-provider suffix nor a ccTLD places. Facts and sources: shared/references/china-platforms.md (§1–§5) and
// residency-facts.md (§1.8–§1.9). Where the vendor names no serving location, the entry is placed by its operator (a
// mainland-China company) and says so; access points the vendor places elsewhere (Hong Kong, Singapore, the US,
// Europe) are their own entries. docs/rules/jurisdictions.md renders this table.
internal static partial class JurisdictionCatalog
{
    private const string WeChatHostsSource = "https://developers.weixin.qq.com/doc/service/Basic_Information/Interface_field_description.html";
    private const string WeComSource = "https://developer.work.weixin.qq.com/document/path/97073";
    private const string WeChatPayHostsSource = "https://pay.weixin.qq.com/doc/v3/partner/4015408022";
    private const string WeChatPayGlobalSource = "https://pay.weixin.qq.com/wiki/doc/api/wxpay/en/guide/pos/BusinessConnectivity.shtml";
    private const string WeChatPayOverseasSource = "wechatpay-php docs guide, overseas access points (secondary)";
    private const string TencentImSource = "https://trtc.io/zh/document/71897";
    private const string AlipaySource = "https://github.com/alipay/alipay-sdk-nodejs-all";
    private const string AntomSource = "https://docs.antom.com/ac/ams/api_fund";
    private const string UnionPaySource = "https://www.cnblogs.com/zxtceq/p/9041885.html (secondary)";
    private const string AmapSource = "https://lbs.amap.com/api/wia-openapi/guide/wia-map/wia-map-life";
    private const string BaiduMapSource = "https://lbsyun.baidu.com/index.php?title=car/api/geocoding";
    private const string BaiduAiSource = "https://ai.baidu.com/ai-doc/REFERENCE/Lkru0zoz4";
    private const string DingTalkSource = "https://developers.dingtalk.com/document/personalapp/how-to-call-the-old-version-of-the-server-api-1";
    private const string HuaweiPushSource = "https://developer.huawei.com/consumer/en/doc/hmscore-guides/android-server-dev-0000001050040110";
    private const string HuaweiAgcSource = "https://pastebin.com/mx0pwPMb (secondary; locations from developer.huawei.com CloudDB region enum)";
    private const string XiaomiPushSource = "https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1566";
    private const string TpnsSource = "https://www.tencentcloud.com/document/api/1024/38517";
    private const string UmengSource = "https://github.com/v2fly/domain-list-community/blob/master/data/umeng (secondary)";
    private const string JPushSource = "https://docs.jiguang.cn/jpush/server/push/rest_api_v3_push";
    private const string GetuiSource = "https://github.com/GetuiLaboratory/getui-pushapi-java-client-v2";
    private const string BuglySource = "decompiled com.tencent.bugly StrategyBean defaults in public repositories (secondary)";
    private const string AliyunSmsSource = "https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2018-05-01-endpoint";
    private const string AliyunDcdnSource = "https://help.aliyun.com/en/edge-security-acceleration/dcdn/developer-reference/api-dcdn-2018-01-15-endpoint";
    private const string JdCloudSource = "https://github.com/jdcloudcom/en";
    private const string QQConnectSource = "https://wiki.connect.qq.com/openapi调用说明_oauth2-0";

    public static readonly ImmutableArray<PlatformHost> PlatformHosts = ImmutableArray.Create(
        // WeChat, WeCom, QQ and other Tencent platforms (china-platforms.md §1, §4).
        new PlatformHost("weixin.qq.com", "WeChat platform, Tencent", "cn", PlatformBasis.Operator, WeChatHostsSource),
        new PlatformHost("api.weixin.qq.com", "WeChat API, Tencent", "cn", PlatformBasis.Operator, WeChatHostsSource, "nearest access point chosen by WeChat"),
        new PlatformHost("sh.api.weixin.qq.com", "WeChat API, Shanghai access point, Tencent", "cn", PlatformBasis.Stated, WeChatHostsSource),
        new PlatformHost("sz.api.weixin.qq.com", "WeChat API, Shenzhen access point, Tencent", "cn", PlatformBasis.Stated, WeChatHostsSource),
        new PlatformHost("hk.api.weixin.qq.com", "WeChat API, Hong Kong access point, Tencent", "hk", PlatformBasis.Stated, WeChatHostsSource),
        new PlatformHost("qyapi.weixin.qq.com", "WeCom API, Tencent", "cn", PlatformBasis.Operator, WeComSource),
        new PlatformHost("mch.weixin.qq.com", "WeChat Pay API, Tencent", "cn", PlatformBasis.Operator, WeChatPayHostsSource, "nearest access point; for institutions whose servers are in mainland China"),
        new PlatformHost("apihk.mch.weixin.qq.com", "WeChat Pay Global API, Hong Kong access point, Tencent", "hk", PlatformBasis.Stated, WeChatPayGlobalSource),
        new PlatformHost("apius.mch.weixin.qq.com", "WeChat Pay overseas access point, US, Tencent", "us", PlatformBasis.Stated, WeChatPayOverseasSource),
        new PlatformHost("apieu.mch.weixin.qq.com", "WeChat Pay overseas access point, Frankfurt, Tencent", "de", PlatformBasis.Stated, WeChatPayOverseasSource),
        new PlatformHost("developers.weixin.qq.com", "WeChat developer documentation", null, PlatformBasis.Stated, WeChatHostsSource, "documentation, not an API"),
        new PlatformHost("pay.weixin.qq.com", "WeChat Pay merchant portal and documentation", null, PlatformBasis.Stated, WeChatPayHostsSource, "documentation, not an API"),
        new PlatformHost("developer.work.weixin.qq.com", "WeCom developer documentation", null, PlatformBasis.Stated, WeComSource, "documentation, not an API"),
        new PlatformHost("graph.qq.com", "QQ Connect OAuth and OpenAPI, Tencent", "cn", PlatformBasis.Operator, QQConnectSource),
        new PlatformHost("apis.map.qq.com", "Tencent Maps WebService, Tencent", "cn", PlatformBasis.Operator, "https://lbs.qq.com/service/webService/webServiceGuide/Overseas/Overview"),
        new PlatformHost("console.tim.qq.com", "Tencent Cloud IM REST API, SDKAppIDs created in China", "cn", PlatformBasis.Stated, TencentImSource),
        new PlatformHost("adminapisgp.im.qcloud.com", "Tencent Cloud IM REST API, Singapore", "sg", PlatformBasis.Stated, TencentImSource),
        new PlatformHost("adminapikr.im.qcloud.com", "Tencent Cloud IM REST API, Seoul", "kr", PlatformBasis.Stated, TencentImSource),
        new PlatformHost("adminapiger.im.qcloud.com", "Tencent Cloud IM REST API, Frankfurt", "de", PlatformBasis.Stated, TencentImSource),
        new PlatformHost("adminapiusa.im.qcloud.com", "Tencent Cloud IM REST API, Silicon Valley", "us", PlatformBasis.Stated, TencentImSource),
        new PlatformHost("adminapiidn.im.qcloud.com", "Tencent Cloud IM REST API, Jakarta", "id", PlatformBasis.Stated, TencentImSource),
        new PlatformHost("api.tpns.tencent.com", "Tencent Push Notification Service, Guangzhou", "cn", PlatformBasis.Stated, TpnsSource),
        new PlatformHost("api.tpns.sh.tencent.com", "Tencent Push Notification Service, Shanghai", "cn", PlatformBasis.Stated, TpnsSource),
        new PlatformHost("api.tpns.hk.tencent.com", "Tencent Push Notification Service, Hong Kong", "hk", PlatformBasis.Stated, TpnsSource),
        new PlatformHost("api.tpns.sgp.tencent.com", "Tencent Push Notification Service, Singapore", "sg", PlatformBasis.Stated, TpnsSource),
        new PlatformHost("android.bugly.qq.com", "Tencent Bugly crash reporting", "cn", PlatformBasis.Operator, BuglySource),
        new PlatformHost("rqd.uu.qq.com", "Tencent Bugly crash reporting, legacy", "cn", PlatformBasis.Operator, BuglySource),

        // Other social and collaboration platforms (§1).
        new PlatformHost("api.weibo.com", "Weibo OAuth and API, Sina", "cn", PlatformBasis.Operator, "https://open.weibo.com/wiki/授权机制说明"),
        new PlatformHost("open.douyin.com", "Douyin open platform, ByteDance", "cn", PlatformBasis.Operator, "https://developer.open-douyin.com/docs/resource/zh-CN/dop/overview/words-explain"),
        new PlatformHost("oapi.dingtalk.com", "DingTalk server API, Alibaba", "cn", PlatformBasis.Operator, DingTalkSource),
        new PlatformHost("api.dingtalk.com", "DingTalk server API, Alibaba", "cn", PlatformBasis.Operator, "https://github.com/aliyun/dingtalk-sdk"),
        new PlatformHost("open.feishu.cn", "Feishu open platform, ByteDance", "cn", PlatformBasis.Operator, "https://github.com/larksuite/oapi-sdk-go"),
        new PlatformHost("open.larksuite.com", "Lark open platform, Lark Technologies, Singapore", null, PlatformBasis.Stated, "https://www.larksuite.com/en_us/privacy-policy", "data-centre location not established"),

        // Payments (§2).
        new PlatformHost("openapi.alipay.com", "Alipay open platform gateway, Ant Group", "cn", PlatformBasis.Operator, AlipaySource),
        new PlatformHost("mapi.alipay.com", "Alipay legacy gateway, Ant Group", "cn", PlatformBasis.Operator, "https://www.cnblogs.com/jmbt (secondary)"),
        new PlatformHost("alipaydev.com", "Alipay sandbox gateway, Ant Group", "cn", PlatformBasis.Operator, AlipaySource, "sandbox"),
        new PlatformHost("isandbox.alipaydev.com", "Antom sandbox gateway", null, PlatformBasis.Stated, "https://github.com/alipay/global-open-sdk-dotnet"),
        new PlatformHost("open-sea-global.alipay.com", "Antom (Alipay global), merchants in Asia", null, PlatformBasis.Stated, AntomSource, "access point labelled Asia, no country"),
        new PlatformHost("open-sea.alipay.com", "Antom (Alipay global), merchants in Asia", null, PlatformBasis.Stated, AntomSource, "access point labelled Asia, no country"),
        new PlatformHost("open-na-global.alipay.com", "Antom (Alipay global), North America", "us", PlatformBasis.Stated, AntomSource),
        new PlatformHost("open-na.alipay.com", "Antom (Alipay global), North America", "us", PlatformBasis.Stated, AntomSource),
        new PlatformHost("open.antglobal-us.com", "Antom (Alipay global), US merchants", "us", PlatformBasis.Stated, AntomSource),
        new PlatformHost("open-de-global.alipay.com", "Antom (Alipay global), Europe", "de", PlatformBasis.Stated, AntomSource),
        new PlatformHost("intlmapi.alipay.com", "Alipay legacy cross-border gateway", null, PlatformBasis.Stated, "https://docs.antom.com/ac/gr/apispec", "serving location not stated"),
        new PlatformHost("95516.com", "UnionPay online gateway, China UnionPay", "cn", PlatformBasis.Operator, UnionPaySource),

        // Maps and AI (§3).
        new PlatformHost("amap.com", "AMap (Gaode) web services, Alibaba", "cn", PlatformBasis.Operator, AmapSource),
        new PlatformHost("lbs.amap.com", "AMap developer documentation", null, PlatformBasis.Stated, AmapSource, "documentation, not an API"),
        new PlatformHost("api.map.baidu.com", "Baidu Maps web API, Baidu", "cn", PlatformBasis.Operator, BaiduMapSource),
        new PlatformHost("aip.baidubce.com", "Baidu AI open capabilities, Baidu", "cn", PlatformBasis.Operator, BaiduAiSource),
        new PlatformHost("hm.baidu.com", "Baidu Tongji web analytics, Baidu", "cn", PlatformBasis.Operator, "residency-facts.md §1.9 (secondary)"),

        // Push and analytics (§4, residency-facts.md §1.9).
        new PlatformHost("push-api.cloud.huawei.com", "Huawei Push Kit API", null, PlatformBasis.Stated, HuaweiPushSource, "one host for every region; storage follows the app's data-processing location setting"),
        new PlatformHost("connect-drcn.dbankcloud.cn", "Huawei AppGallery Connect gateway, China", "cn", PlatformBasis.Stated, HuaweiAgcSource),
        new PlatformHost("connect-dre.dbankcloud.cn", "Huawei AppGallery Connect gateway, Germany", "de", PlatformBasis.Stated, HuaweiAgcSource),
        new PlatformHost("connect-dra.dbankcloud.cn", "Huawei AppGallery Connect gateway, Singapore", "sg", PlatformBasis.Stated, HuaweiAgcSource),
        new PlatformHost("connect-drru.hispace.dbankcloud.ru", "Huawei AppGallery Connect gateway, Russia", "ru", PlatformBasis.Stated, HuaweiAgcSource),
        new PlatformHost("api.xmpush.xiaomi.com", "Xiaomi push, mainland devices", "cn", PlatformBasis.Stated, "https://pkg.go.dev/github.com/iswangwenbin/pushapi/xiaomipush (secondary)"),
        new PlatformHost("xmpush.global.xiaomi.com", "Xiaomi push, devices outside mainland China", null, PlatformBasis.Stated, XiaomiPushSource),
        new PlatformHost("ru-api.xmpush.global.xiaomi.com", "Xiaomi push, Russia", "ru", PlatformBasis.Stated, XiaomiPushSource),
        new PlatformHost("idmb-api.xmpush.global.xiaomi.com", "Xiaomi push, India", "in", PlatformBasis.Stated, XiaomiPushSource),
        new PlatformHost("fr-api.xmpush.global.xiaomi.com", "Xiaomi push, Europe, Frankfurt per SDK comments", "de", PlatformBasis.Stated, XiaomiPushSource),
        new PlatformHost("sgp-api.xmpush.global.xiaomi.com", "Xiaomi push, Singapore", "sg", PlatformBasis.Stated, XiaomiPushSource),
        new PlatformHost("umeng.com", "Umeng analytics and push, Alibaba", "cn", PlatformBasis.Operator, UmengSource),
        new PlatformHost("umengcloud.com", "Umeng analytics, Alibaba", "cn", PlatformBasis.Operator, UmengSource),
        new PlatformHost("umtrack.com", "Umeng tracking, Alibaba", "cn", PlatformBasis.Operator, UmengSource),
        new PlatformHost("jpush.cn", "JPush (Jiguang) push API", "cn", PlatformBasis.Operator, JPushSource),
        new PlatformHost("push.jiguang.cn", "JPush (Jiguang) push API, Beijing", "cn", PlatformBasis.Stated, JPushSource),
        new PlatformHost("getui.com", "Getui push API", "cn", PlatformBasis.Operator, GetuiSource),
        new PlatformHost("igexin.com", "Getui push API, legacy", "cn", PlatformBasis.Operator, GetuiSource),

        // Cloud hosts whose region is not in the host (§5): not placed by the host alone.
        new PlatformHost("ecs.aliyuncs.com", "Alibaba Cloud ECS API, central endpoint of cn-hangzhou", "cn", PlatformBasis.Stated, "https://github.com/aliyun/alibabacloud-ecs-tool-troubleshooter (DescribeRegions sample data, secondary)"),
        new PlatformHost("dysmsapi.aliyuncs.com", "Alibaba Cloud SMS", null, PlatformBasis.Stated, AliyunSmsSource, "serves mainland regions and cn-hongkong; the region id decides"),
        new PlatformHost("dcdn.aliyuncs.com", "Alibaba Cloud DCDN control API", null, PlatformBasis.Stated, AliyunDcdnSource, "one host for every region"),
        new PlatformHost("cdn.aliyuncs.com", "Alibaba Cloud CDN control API", null, PlatformBasis.Stated, AliyunDcdnSource, "serves mainland China and Hong Kong"),
        new PlatformHost("jdcloud-api.com", "JD Cloud OpenAPI", "cn", PlatformBasis.Stated, JdCloudSource, "every region of JD Cloud is in mainland China"));
}
