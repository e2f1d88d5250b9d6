// SPDX-License-Identifier: MIT
using System.Linq;
using System.Text.RegularExpressions;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Analyzers.Secrets.Scanning;

namespace SourceExposure.Tests.Detection;

/// <summary>
/// SE1001 looks at the syntax tree only where the file's text can hold a credential; these places must cover every
/// value a detector can report, including values the text spells with escapes or character literals.
/// </summary>
public sealed class CredentialPositionsTests
{
    private const string AwsSecret = "FrLhJ+r59ehi/w8BYy87dvani2xjLE/7RaGVoo/A";

    [Fact]
    public void CodeWithoutAnchorsOrValueShapedStrings_HasNoPositions()
    {
        const string Code = """
            class Orders
            {
                // Loads the orders of a customer.
                string Query(int id) => "SELECT * FROM Orders WHERE CustomerId = @id";
                string Name = "Orders";
            }
            """;

        Assert.Empty(CredentialPositions.Find(Code, contextual: true));
    }

    [Fact]
    public void AnchorsInStringsCommentsAndCode_AreAllPositions()
    {
        const string Code = "var t = \"ghp_x\"; // AKIA\nvar awsRegion = 1;";

        Assert.Equal([Code.IndexOf("ghp_"), Code.IndexOf("AKIA"), Code.IndexOf("aws")], CredentialPositions.Find(Code, contextual: false));
    }

    [Fact]
    public void ValueShapedStrings_ArePositionsOnlyForContextualFormats()
    {
        var code = $"string secretKey = \"{AwsSecret}\";";

        Assert.Equal([code.IndexOf(AwsSecret)], CredentialPositions.Find(code, contextual: true));
        Assert.DoesNotContain(code.IndexOf(AwsSecret), CredentialPositions.Find(code, contextual: false));
    }

    [Theory]
    [InlineData("\"0123456789abcdef0123456789\"")]
    [InlineData("\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789\"")]
    [InlineData("\"0123456789-abcdef-0123456789-abcdef\"")]
    [InlineData("\"Data Source=(local);Initial Catalog=Orders;\"")]
    public void StringsOfOtherLengthsOrAlphabets_AreNotPositions(string literal)
        => Assert.Empty(CredentialPositions.Find("var s = " + literal + ";", contextual: true));

    [Fact]
    public void PartsOfAConcatenation_ArePositions_WhateverTheirLength()
    {
        var code = "string secretKey = \"" + AwsSecret[..20] + "\"\n    + @\"" + AwsSecret[20..] + "\";";

        Assert.Equal([code.IndexOf(AwsSecret[..20]), code.IndexOf(AwsSecret[20..])], CredentialPositions.Find(code, contextual: true));
    }

    [Fact]
    public void InterpolatedTextBetweenHoles_IsAPosition()
    {
        var code = "var s = $\"{region}" + AwsSecret + "{suffix}\";";

        Assert.Equal([code.IndexOf(AwsSecret)], CredentialPositions.Find(code, contextual: true));
    }

    [Theory]
    [InlineData("var s = \"gh\\u0070_abc\";", "\\u0070")]
    [InlineData("var s = \"gh\\x70_abc\";", "\\x70")]
    [InlineData("char[] k = {\n 'g', 'h', 'p' };", "'g'")]
    [InlineData("char[] k = new[] { 'g', 'h', 'p' };", "'g'")]
    public void EscapesAndCharacterArrays_ArePositions_SinceTheyCanSpellAnAnchor(string code, string place)
        => Assert.Equal([code.IndexOf(place)], CredentialPositions.Find(code, contextual: false));

    [Theory]
    [InlineData("var path = \"C:\\\\users\\\\x\";")]
    [InlineData("var c = s.Split(',');")]
    [InlineData("var d = new Dictionary<char, int> { ['a'] = 1 };")]
    public void EscapedBackslashesAndSingleCharacters_AreNotPositions(string code)
        => Assert.Empty(CredentialPositions.Find(code, contextual: true));

    [Fact]
    public void EveryContextualShape_UsesOnlyTheCharactersAndLengthsThePositionsLookFor()
    {
        // The positions find quoted runs of IsContextualValueChar characters of contextual length: a shape with another
        // character or length would never be looked at.
        var contextual = TokenFormats.All.Where(f => f.IsContextual).ToList();
        Assert.NotEmpty(contextual);
        foreach (var format in contextual)
        {
            var shape = format.ValueShape!.ToString();
            var classes = Regex.Matches(shape, @"\[([^\]]+)\]").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(classes);
            foreach (var range in classes.SelectMany(c => Regex.Matches(c, @".-.|.").Select(m => m.Value)))
            {
                var (first, last) = range.Length == 3 ? (range[0], range[2]) : (range[0], range[0]);
                Assert.All(Enumerable.Range(first, last - first + 1), c => Assert.True(TokenScanner.IsContextualValueChar((char)c), $"{format.Id}: '{(char)c}'"));
            }

            var literalTail = Regex.Replace(Regex.Replace(shape, @"\[[^\]]+\](\{\d+\})?", string.Empty), @"^\^\(\?:|\)\$$", string.Empty);
            Assert.All(literalTail, c => Assert.True(TokenScanner.IsContextualValueChar(c), $"{format.Id}: '{c}'"));
            var length = Regex.Matches(shape, @"\{(\d+)\}").Sum(m => int.Parse(m.Groups[1].Value)) + literalTail.Length;
            Assert.InRange(length, TokenScanner.ContextualMinLength, TokenScanner.ContextualMaxLength);
        }
    }
}
