// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Backdoors.Detection;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>Literals that a value is compared with for some other reason than letting someone in.</summary>
public sealed class ComparedLiteralsTests
{
    [Theory]
    [InlineData("random")]
    [InlineData("auto-generate")]
    [InlineData("--allow-insecure-datafolder")]
    [InlineData("/quiet")]
    [InlineData("snake_case")]
    public void LettersJoinedByDashesOrUnderscores_AreKeywords(string literal) => Assert.True(ComparedLiterals.IsKeyword(literal));

    [Theory]
    [InlineData("")]
    [InlineData("--")]
    [InlineData("---verbose")]
    [InlineData("-_x")]
    [InlineData("Winter2024!")]
    [InlineData("letmein 2")]
    public void TextsWithOtherCharacters_AreNotKeywords(string literal) => Assert.False(ComparedLiterals.IsKeyword(literal));

    [Theory]
    [InlineData("1.2")]
    [InlineData("2.3.1")]
    [InlineData("1.0.0.0")]
    [InlineData("10.20.30.40000")]
    public void DottedNumbers_AreVersions(string value) => Assert.True(ComparedLiterals.IsVersionLike(value));

    [Theory]
    [InlineData("123456")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1..2")]
    [InlineData(".1.2")]
    [InlineData("1.2.")]
    [InlineData("v1.2")]
    [InlineData("123456.1")]
    public void OtherNumbers_AreNotVersions(string value) => Assert.False(ComparedLiterals.IsVersionLike(value));

    [Theory]
    [InlineData("<your-token-here>")]
    [InlineData("${API_KEY}")]
    public void TemplateValues_ArePlaceholders(string literal) => Assert.True(ComparedLiterals.IsPlaceholder(literal));

    [Theory]
    [InlineData("123456")]
    [InlineData("aaaaaaaa")]
    [InlineData("Winter2024!")]
    public void WeakOrRealPasswords_AreNotPlaceholders(string literal) => Assert.False(ComparedLiterals.IsPlaceholder(literal));

    [Theory]
    [InlineData("random", true)]
    [InlineData("none", false)]
    [InlineData("X-Api-Key", false)]
    [InlineData("1.2.3", false)]
    [InlineData("<your-token-here>", false)]
    public void KeywordsComparedIgnoringCase_BenignValues_VersionsAndTemplates_CannotBeCredentials(string literal, bool ignoringCase)
        => Assert.True(ComparedLiterals.CannotBeCredential(literal, ignoringCase));

    [Theory]
    [InlineData("random", false)]
    [InlineData("Winter2024!", true)]
    [InlineData("123456", false)]
    public void CaseSensitiveKeywordsAndPasswords_CanBeCredentials(string literal, bool ignoringCase)
        => Assert.False(ComparedLiterals.CannotBeCredential(literal, ignoringCase));
}
