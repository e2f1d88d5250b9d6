// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers;

namespace SourceExposure.Tests.Shared;

/// <summary>Reading a file's text once: the whole string without a copy where Roslyn allows, and a word search without one.</summary>
public sealed class SourceTextExtensionsTests
{
    private const string Word = "Cryptography";

    // An edited text (ChangedText, as the IDE hands over) builds its string anew on each ToString().
    private static SourceText Edited(string text)
        => SourceText.From("//" + text).WithChanges(new TextChange(new TextSpan(0, 2), string.Empty));

    [Fact]
    public void StringText_FullText_IsTheStringItHolds()
    {
        var source = "class C { }";
        Assert.Same(source, SourceText.From(source).FullText());
    }

    [Fact]
    public void EditedText_FullText_IsBuiltOnce_WhereToStringCopiesEachTime()
    {
        var text = Edited("class C { }");
        Assert.NotSame(text.ToString(), text.ToString());
        Assert.Same(text.FullText(), text.FullText());
        Assert.Equal("class C { }", text.FullText());
    }

    [Theory]
    [InlineData("using System.Security.Cryptography;", true)]
    [InlineData("Cryptography", true)]
    [InlineData("x Cryptography", true)]
    [InlineData("using System.Security.Cryptograph;", false)]
    [InlineData("using System.Security.cryptography;", false)]
    [InlineData("Cryptograph", false)]
    [InlineData("", false)]
    public void Contains_FindsTheWordOrdinal(string text, bool expected)
    {
        Assert.Equal(expected, SourceText.From(text).Contains(Word));
        Assert.Equal(expected, Edited(text).Contains(Word));
    }

    [Theory]
    [InlineData(4090)]
    [InlineData(4096)]
    [InlineData(4100)]
    [InlineData(20000)]
    public void Contains_FindsTheWordAcrossTheSeamsOfTheChunksItReads(int at)
    {
        var before = new string('a', at);
        Assert.True(SourceText.From(before + Word + new string('b', 9000)).Contains(Word));
        Assert.True(SourceText.From(before + Word).Contains(Word));
        Assert.False(SourceText.From(before + "Crypto-graphy" + new string('b', 9000)).Contains(Word));
        Assert.False(SourceText.From(before + "Cryptograph").Contains(Word));
    }
}
