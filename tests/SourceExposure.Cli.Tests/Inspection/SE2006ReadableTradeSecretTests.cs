// SPDX-License-Identifier: MIT
using System.Linq;

namespace SourceExposure.Cli.Tests.Inspection;

/// <summary>SE2006 (artifact-only), with SE2002 and SE2003 as inspect reports them from metadata.</summary>
public sealed class SE2006ReadableTradeSecretTests
{
    private const string Attribute = """
        [System.AttributeUsage(System.AttributeTargets.All)]
        internal sealed class TradeSecretAttribute : System.Attribute { }
        """;

    // A pricing algorithm whose one method compiles to well over 64 bytes of IL.
    private const string Pricing = """
        public decimal Quote(decimal mid, decimal notional, int tier)
        {
            var margin = tier switch { 0 => 1.60m, 1 => 1.25m, 2 => 0.85m, _ => 0.55m };
            var surcharge = notional < 10_000m ? 0.0040m : notional < 100_000m ? 0.0015m : 0.0002m;
            return decimal.Round(mid * (1 + (margin * 0.0035m) + surcharge), 4);
        }
        """;

    [Fact]
    public void MarkedTypeWithReadableNamesAndLargeBody_IsReported()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile($$"""
            namespace Contoso.Pricing;
            {{Attribute}}
            [TradeSecret] public sealed class FxPricingEngine { {{Pricing}} }
            """).Write(tree["bin"]);

        var result = TestAssemblies.Inspect(tree["bin"]);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "SE2006");
        Assert.Equal("Contoso.Pricing.FxPricingEngine", finding.Artifact!.LogicalName);
        Assert.Matches(@"^Trade secret 'Contoso\.Pricing\.FxPricingEngine' ships with readable names and 1 method of 64 IL bytes or more \(the largest, 'FxPricingEngine\.Quote', \d+ bytes\), so any decompiler", finding.Message);
        Assert.Single(result.Findings, f => f.RuleId == "SE2002" && f.Message.StartsWith("Trade secret 'Contoso.Pricing.FxPricingEngine' is public in the shipped Contoso.Payments.dll", System.StringComparison.Ordinal));
    }

    [Fact]
    public void NamespaceListedInConfig_IsReported_AndInternalsVisibleTo_ReportedAsSE2003()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile($$"""
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Contoso.Payments.Tests")]
            namespace Contoso.Pricing.Models;
            internal sealed class SpreadModel { {{Pricing}} }
            """).Write(tree["bin"]);

        var unconfigured = TestAssemblies.Inspect(tree["bin"]);
        var result = TestAssemblies.Inspect(tree["bin"], config: "[*.cs]\nsource_exposure.proprietary_code.trade_secret_namespaces = Contoso.Pricing.*\n");

        Assert.Empty(unconfigured.Findings);
        Assert.Single(result.Findings, f => f.RuleId == "SE2006" && f.Artifact!.LogicalName == "Contoso.Pricing.Models.SpreadModel");
        var friend = Assert.Single(result.Findings, f => f.RuleId == "SE2003");
        Assert.StartsWith("InternalsVisibleTo(\"Contoso.Payments.Tests\") in the metadata of Contoso.Payments.dll opens the internals of an assembly that holds trade secrets such as 'Contoso.Pricing.Models.SpreadModel'", friend.Message);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "SE2002");
    }

    [Fact]
    public void ObfuscatedNames_NotReported()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile($$"""
            {{Attribute}}
            [TradeSecret] internal sealed class a { {{Pricing.Replace("Quote", "b")}} }
            """).Write(tree["bin"]);

        Assert.DoesNotContain(TestAssemblies.Inspect(tree["bin"]).Findings, f => f.RuleId == "SE2006");
    }

    [Fact]
    public void SmallBodiesOnly_NotReported_UnlessTheThresholdIsLowered()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile($$"""
            {{Attribute}}
            [TradeSecret] internal sealed class PricingConstants { public int Version() => 3; }
            """).Write(tree["bin"]);

        Assert.DoesNotContain(TestAssemblies.Inspect(tree["bin"]).Findings, f => f.RuleId == "SE2006");
        Assert.Single(TestAssemblies.Inspect(tree["bin"], config: "source_exposure.SE2006.min_method_bytes = 1").Findings, f => f.RuleId == "SE2006");
    }

    [Fact]
    public void UnmarkedCode_NotReported()
    {
        using var tree = new TempTree();
        TestAssemblies.Compile($$"""
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Contoso.Payments.Tests")]
            public sealed class FxPricingEngine { {{Pricing}} }
            """).Write(tree["bin"]);

        Assert.Empty(TestAssemblies.Inspect(tree["bin"]).Findings);
    }
}
