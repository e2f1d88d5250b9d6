// SPDX-License-Identifier: MIT
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SourceExposure.Analyzers.ProprietaryCode.Detection;

namespace SourceExposure.Tests.Rules.ProprietaryCode;

/// <summary>Whether a file may name System.Security.Cryptography: the word in its own text, or a global using anywhere.</summary>
public sealed class CryptographyMentionsTests
{
    private static (CryptographyMentions Mentions, SyntaxTree First, SyntaxTree Second) Compile(string first, string second)
    {
        var trees = new[] { CSharpSyntaxTree.ParseText(first), CSharpSyntaxTree.ParseText(second) };
        return (new CryptographyMentions(CSharpCompilation.Create("Mentions", trees)), trees[0], trees[1]);
    }

    [Fact]
    public void WordInTheFile_MayNameIt_OtherFilesDoNot()
    {
        var (mentions, first, second) = Compile("using System.Security.Cryptography; class A { }", "class B { }");
        Assert.True(mentions.MayBeNamedIn(first, CancellationToken.None));
        Assert.False(mentions.MayBeNamedIn(second, CancellationToken.None));
    }

    [Fact]
    public void GlobalUsingInAnotherFile_MayNameItEverywhere()
    {
        var (mentions, first, _) = Compile("class A { }", "global using System.Security.Cryptography;");
        Assert.True(mentions.MayBeNamedIn(first, CancellationToken.None));
    }

    [Fact]
    public void OtherGlobalUsing_OrAFileUsingInAnotherFile_DoesNotReachThisFile()
    {
        var (mentions, first, _) = Compile("class A { }", "global using System.Text;\nusing System.Security.Cryptography;");
        Assert.False(mentions.MayBeNamedIn(first, CancellationToken.None));
        Assert.False(mentions.MayBeNamedIn(first, CancellationToken.None));
    }
}
