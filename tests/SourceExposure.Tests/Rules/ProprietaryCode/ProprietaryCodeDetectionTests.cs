// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using SourceExposure.Analyzers.ProprietaryCode.Detection;

namespace SourceExposure.Tests.Rules.ProprietaryCode;

/// <summary>The Roslyn-free engines behind SE2xxx: namespace patterns, the regime table, the crypto vocabulary.</summary>
public sealed class ProprietaryCodeDetectionTests
{
    [Theory]
    [InlineData("Contoso.Pricing", "Contoso.Pricing", "Contoso.Pricing")]
    [InlineData("Contoso.Pricing", "Contoso.Pricing.Models", null)]
    [InlineData("Contoso.Pricing.*", "Contoso.Pricing", "Contoso.Pricing.*")]
    [InlineData("Contoso.Pricing.*", "Contoso.Pricing.Models.Curves", "Contoso.Pricing.*")]
    [InlineData("Contoso.Pricing.*", "Contoso.PricingTools", null)]
    [InlineData("Contoso.Pricing", "contoso.pricing", null)]
    public void NamespacePatterns_Match(string pattern, string ns, string? expected)
        => Assert.Equal(expected, NamespacePatterns.Match(ImmutableArray.Create(pattern), ns));

    [Theory]
    [InlineData("Contoso.Pricing", true)]
    [InlineData("Contoso.Pricing.*", true)]
    [InlineData("_Internal.V2", true)]
    [InlineData("Contoso..Pricing", false)]
    [InlineData("Contoso.", false)]
    [InlineData(".*", false)]
    [InlineData("Contoso.*.Pricing", false)]
    [InlineData("2Fast", false)]
    public void NamespacePatterns_Validate(string pattern, bool valid) => Assert.Equal(valid, NamespacePatterns.IsValid(pattern));

    [Fact]
    public void Regimes_EveryEntryHasAMarketNameStatusAndHttpSource()
    {
        Assert.Contains(DisclosureRegimes.All, r => r.Market == "CN" && r.Name.Contains("TC260", System.StringComparison.Ordinal));
        Assert.Contains(DisclosureRegimes.All, r => r.Market == "CN" && r.Name.Contains("banking", System.StringComparison.Ordinal));
        foreach (var regime in DisclosureRegimes.All)
        {
            Assert.Matches("^[A-Z]{2}$", regime.Market);
            Assert.False(string.IsNullOrWhiteSpace(regime.Status));
            Assert.StartsWith("http", regime.Source, System.StringComparison.Ordinal);
            Assert.EndsWith("/blob/main/docs/regimes.md#" + regime.Anchor, regime.RegimesLink, System.StringComparison.Ordinal);
        }
    }

    /// <summary>No entry may read as law in force: each name or status says draft, suspended, reported or proposal.</summary>
    [Fact]
    public void Regimes_NameOrStatusSaysDraftSuspendedReportedOrProposal()
    {
        foreach (var regime in DisclosureRegimes.All)
        {
            var text = (regime.Name + " " + regime.Status).ToLowerInvariant();
            Assert.True(
                text.Contains("draft", System.StringComparison.Ordinal) || text.Contains("suspended", System.StringComparison.Ordinal)
                    || text.Contains("reported", System.StringComparison.Ordinal) || text.Contains("proposal", System.StringComparison.Ordinal),
                regime.Name);
        }
    }

    [Theory]
    [InlineData("", DisclosureRegimes.AnyMarket)]
    [InlineData("de,fr", null)]
    [InlineData("RU", "Russia's reported FSB and FSTEC source-code reviews")]
    [InlineData("IN", "India's reported smartphone source-code proposal (2026)")]
    [InlineData("CN, RU", "China's TC260 \"secure and controllable\" draft standards (2016), China's banking IT rules (CBRC Notice 317, suspended in April 2015) or Russia's reported FSB and FSTEC source-code reviews")]
    public void Regimes_DescribeMarkets(string markets, string? expected)
    {
        Assert.True(DisclosureRegimes.TryParseMarkets(markets, out var parsed));
        Assert.Equal(expected, DisclosureRegimes.Describe(parsed));
    }

    [Theory]
    [InlineData("China")]
    [InlineData("C1")]
    [InlineData("CN RU")]
    public void Regimes_RejectMalformedMarkets(string markets) => Assert.False(DisclosureRegimes.TryParseMarkets(markets, out _));

    [Theory]
    [InlineData("key", true)]
    [InlineData("xorKey", true)]
    [InlineData("ROUND_KEYS", true)]
    [InlineData("_secret", true)]
    [InlineData("monkey", false)]
    [InlineData("keyboard", false)]
    [InlineData("colorKey", false)]
    [InlineData("hashKey", false)]
    public void Vocabulary_KeyLike(string identifier, bool expected) => Assert.Equal(expected, CryptoVocabulary.IsKeyLike(identifier));

    [Theory]
    [InlineData("Encrypt", "encrypt")]
    [InlineData("DecryptPayload", "decrypt")]
    [InlineData("Scrambler", "scramble")]
    [InlineData("Encode", null)]
    [InlineData("Describe", null)]
    public void Vocabulary_CipherWord(string identifier, string? expected) => Assert.Equal(expected, CryptoVocabulary.CipherWord(identifier));

    [Theory]
    [InlineData("Crc32", true)]
    [InlineData("Adler32Checksum", true)]
    [InlineData("GetHashCode", true)]
    [InlineData("Fnv1a", true)]
    [InlineData("PackArgb", true)]
    [InlineData("WriteVarint", true)]
    [InlineData("Scramble", false)]
    [InlineData("Hashtag", false)]
    public void Vocabulary_NearMiss(string identifier, bool expected) => Assert.Equal(expected, CryptoVocabulary.IsNearMiss(identifier));

    [Theory]
    [InlineData("SBox", true)]
    [InlineData("s_box", true)]
    [InlineData("SubstitutionTable", true)]
    [InlineData("Table", false)]
    public void Vocabulary_SubstitutionTable(string identifier, bool expected) => Assert.Equal(expected, CryptoVocabulary.IsSubstitutionTable(identifier));
}
