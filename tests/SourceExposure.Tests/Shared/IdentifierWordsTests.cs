// SPDX-License-Identifier: MIT
using System.Linq;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Tests.Shared;

/// <summary>The one identifier word-splitter, with its one policy: digits kept in words or dropped as separators.</summary>
public sealed class IdentifierWordsTests
{
    [Theory]
    [InlineData("apiKey", "api key", "api key")]
    [InlineData("APIKey", "api key", "api key")]
    [InlineData("ALLCAPS", "allcaps", "allcaps")]
    [InlineData("db_password", "db password", "db password")]
    [InlineData("x-api-key", "x api key", "x api key")]
    [InlineData("Db:Password", "db password", "db password")]
    [InlineData("IMEINumber", "imei number", "imei number")]
    [InlineData("ApiV3Key", "api v3 key", "api v key")]
    [InlineData("sha256Hash", "sha256 hash", "sha hash")]
    [InlineData("crc32c", "crc32c", "crc c")]
    [InlineData("password2", "password2", "password")]
    [InlineData("用户密码", "用户密码", "用户密码")]
    [InlineData("__", "", "")]
    [InlineData("", "", "")]
    public void SplitLower_KeepsOrDropsDigits(string name, string withDigits, string lettersOnly)
    {
        Assert.Equal(withDigits, string.Join(" ", IdentifierWords.SplitLower(name, keepDigits: true)));
        Assert.Equal(lettersOnly, string.Join(" ", IdentifierWords.SplitLower(name, keepDigits: false)));
    }

    [Theory]
    [InlineData("privateKeyPem", "PRIVATE_KEY_PEM")]
    [InlineData("PEMKey", "PEM_KEY")]
    [InlineData("_api_key", "API_KEY")]
    [InlineData("smtp2Password", "SMTP2_PASSWORD")]
    public void UpperSnake_JoinsTheWords(string name, string expected) => Assert.Equal(expected, IdentifierWords.UpperSnake(name));

    [Fact]
    public void Split_StopsAtTheCapacityItIsGiven()
    {
        System.Span<WordSpan> words = stackalloc WordSpan[2];
        Assert.Equal(2, IdentifierWords.Split("oneTwoThreeFour", words, keepDigits: false));
        Assert.Equal("Two", IdentifierWords.Slice("oneTwoThreeFour", words[1]).ToString());
    }

    /// <summary>The splitter is linear: each character is looked at a bounded number of times (checked on a long name).</summary>
    [Fact]
    public void Split_LongIdentifier_OneWordPerCamelHump()
        => Assert.Equal(10_000, IdentifierWords.SplitLower(string.Concat(Enumerable.Repeat("Ab", 10_000)), keepDigits: false).Count);
}
