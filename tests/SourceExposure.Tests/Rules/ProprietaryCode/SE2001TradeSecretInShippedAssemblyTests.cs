// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.ProprietaryCode;
using SourceExposure.Analyzers.ProprietaryCode.Detection;
using Verify = SourceExposure.Tests.CSharpAnalyzerVerifier<SourceExposure.Analyzers.ProprietaryCode.SE2001TradeSecretInShippedAssemblyAnalyzer>;

namespace SourceExposure.Tests.Rules.ProprietaryCode;

public sealed class SE2001TradeSecretInShippedAssemblyTests
{
    private const string China = "China's TC260 \"secure and controllable\" draft standards (2016) or China's banking IT rules (CBRC Notice 317, suspended in April 2015)";

    private static Verify.Test Test(string code) => new() { TestCode = code + TradeSecretTestCode.Attributes };

    [Fact]
    public Task MarkedType_IsReportedOnceNotPerMember()
    {
        var test = Test("""
            using Contoso.Legal;

            namespace Contoso.Pricing
            {
                [TradeSecret]
                public sealed class {|#0:MarginModel|}
                {
                    private const decimal Floor = 0.07m;
                    public decimal Price(decimal cost, int volume) => cost * (1 + Floor + 0.5m / volume);
                    [TradeSecret] private decimal Kicker(int volume) => volume > 1000 ? 0.01m : 0m;
                    private sealed class Tiers { }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("MarginModel", DisclosureRegimes.AnyMarket));
        return test.RunAsync();
    }

    [Fact]
    public Task ProprietaryAttributeWithArgumentsOnMember_IsReported()
    {
        var test = Test("""
            using Contoso.Legal;

            class Router
            {
                [Proprietary("routing team")]
                public int {|#0:Score|}(int hops, int latency) => hops * 7 + latency;

                [Contoso.Legal.TradeSecretAttribute("weights")]
                private static readonly int[] {|#1:weights|} = [3, 5, 8];

                public int Plain() => 1;
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Router.Score(int, int)", DisclosureRegimes.AnyMarket));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Router.weights", DisclosureRegimes.AnyMarket));
        return test.RunAsync();
    }

    [Fact]
    public Task AssemblyAttribute_IsReportedOnceOnTheAttribute()
    {
        var test = Test("""
            [assembly: {|#0:Contoso.Legal.TradeSecret("whole engine")|}]

            namespace Contoso.Pricing
            {
                public class Engine { public int Run() => 1; }
                internal class Helper { }
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("TestProject", DisclosureRegimes.AnyMarket));
        return test.RunAsync();
    }

    [Fact]
    public Task NamespaceSubtreeOption_IsReportedPerTopLevelType()
    {
        var test = Test("""
            namespace Contoso.Pricing
            {
                public class {|#0:Engine|} { public class Nested { } public int Run() => 1; }
            }

            namespace Contoso.Pricing.Models
            {
                internal record {|#1:Curve|}(double Slope);
            }

            namespace Contoso.PricingTools
            {
                public class Formatter { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.proprietary_code.trade_secret_namespaces", "Contoso.Pricing.*")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Engine", DisclosureRegimes.AnyMarket));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Curve", DisclosureRegimes.AnyMarket));
        return test.RunAsync();
    }

    [Fact]
    public Task ExactNamespaceOption_ChildNamespaceNotReported()
    {
        var test = Test("""
            namespace Contoso.Pricing
            {
                public class {|#0:Engine|} { }
            }

            namespace Contoso.Pricing.Models
            {
                public class Curve { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.proprietary_code.trade_secret_namespaces", "Other.Place, Contoso.Pricing")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Engine", DisclosureRegimes.AnyMarket));
        return test.RunAsync();
    }

    [Fact]
    public Task MarketChina_IsReportedNamingTc260AndBankingRules()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret]
            class {|#0:FraudScore|} { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("SourceExposureMarkets", "cn,DE")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("FraudScore", China));
        return test.RunAsync();
    }

    [Fact]
    public Task MarketRussia_IsReportedNamingReviews()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret]
            class {|#0:FraudScore|} { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("SourceExposureMarkets", "RU")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("FraudScore", "Russia's reported FSB and FSTEC source-code reviews"));
        return test.RunAsync();
    }

    [Fact]
    public Task MarketWithoutKnownRegime_NotReported()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret]
            class FraudScore { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("SourceExposureMarkets", "DE,FR")));
        return test.RunAsync();
    }

    [Fact]
    public Task HostedDelivery_NotReported()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret]
            class FraudScore { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("SourceExposureDelivery", "Hosted")));
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("SourceExposureMarkets", "CN")));
        return test.RunAsync();
    }

    [Fact]
    public Task ShippedDeliveryStatedExplicitly_IsReported()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret]
            class {|#0:FraudScore|} { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("SourceExposureDelivery", "shipped")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("FraudScore", DisclosureRegimes.AnyMarket));
        return test.RunAsync();
    }

    [Fact]
    public Task InvalidDeliveryAndMarkets_ReportSE0001AndDefaultsApply()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret]
            class {|#0:FraudScore|} { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("SourceExposureDelivery", "cloud")));
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("SourceExposureMarkets", "China")));
        test.AdditionalAnalyzers.Add(new SE0001InvalidConfigurationAnalyzer());
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("FraudScore", DisclosureRegimes.AnyMarket));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SourceExposure.Analyzers.Rules.SE0001).WithNoLocation().WithArguments("build_property.SourceExposureDelivery", "cloud", "one of 'shipped', 'hosted'"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SourceExposure.Analyzers.Rules.SE0001).WithNoLocation().WithArguments("build_property.SourceExposureMarkets", "China", "a comma-separated list of two-letter market codes (for example CN,RU)"));
        return test.RunAsync();
    }

    [Fact]
    public Task InvalidNamespacePattern_ReportsSE0001AndNothingElse()
    {
        var test = Test("""
            namespace Contoso.Pricing { class Engine { } }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.proprietary_code.trade_secret_namespaces", "Contoso..Pricing")));
        test.AdditionalAnalyzers.Add(new SE0001InvalidConfigurationAnalyzer());
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SourceExposure.Analyzers.Rules.SE0001).WithNoLocation().WithArguments(
            "source_exposure.proprietary_code.trade_secret_namespaces", "Contoso..Pricing", "a comma-separated list of namespaces (Contoso.Pricing, or Contoso.Pricing.* for the subtree)"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnmarkedCodeAndLookAlikeAttribute_NotReported() => Test("""
        using Contoso.Legal;

        [TradeSecretInfo]
        public class Pricing
        {
            [System.Obsolete("proprietary")] public int Price() => 1;
        }
        """).RunAsync();

    [Fact]
    public Task TestProject_NotReported()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret]
            class FraudScore { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("IsTestProject", "true")));
        return test.RunAsync();
    }

    [Fact]
    public Task AttributeFileShippedWithThePackage_IsReportedAndLeavesNoMetadata()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using SourceExposure;

                [TradeSecret("volume discount curve")]
                internal static class {|#0:DiscountCurve|}
                {
                    public static decimal At(int volume) => volume > 100 ? 0.9m : 1m;
                }
                """,
        };
        test.TestState.Sources.Add(("/0/SourceExposure.TradeSecretAttribute.cs", TradeSecretTestCode.ShippedAttributeSource()));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("DiscountCurve", DisclosureRegimes.AnyMarket));
        return test.RunAsync();
    }

    [Fact]
    public Task IncompleteCode_IsReportedWithoutThrowing()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret]
            class {|#0:Engine|}
            {
                [Contoso.Legal.Proprietary(] public int Price( =>
            """);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Engine", DisclosureRegimes.AnyMarket));
        return test.RunAsync();
    }
}
