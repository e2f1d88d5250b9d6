// SPDX-License-Identifier: MIT
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.ProprietaryCode.Detection;

namespace SourceExposure.Tests.Rules.ProprietaryCode;

/// <summary>SE2004's evidence of a cipher in a method body, and how it is put into words; near misses beside hits.</summary>
public sealed class CipherEvidenceTests
{
    private static string? Describe(string method, string? cipherWord = null)
    {
        var declaration = CSharpSyntaxTree.ParseText("class C { " + method + " }").GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        return CipherEvidence.Collect(declaration.Body!, declaration.ParameterList).Describe(cipherWord);
    }

    [Fact]
    public void XorWithKeyCycledInLoop_IsARepeatingKey()
        => Assert.Equal(
            "XOR with a repeating key in a loop",
            Describe("void M(byte[] data, byte[] key) { for (var i = 0; i < data.Length; i++) data[i] ^= key[i % key.Length]; }"));

    [Fact]
    public void XorWithKeyDerivedLocalInLoop_IsAKey()
        => Assert.Equal(
            "XOR with a key in a loop",
            Describe("void M(byte[] data, byte[] secret) { var k = secret[0]; foreach (var b in data) { var x = b ^ k; } }"));

    [Fact]
    public void XorWithKeyOutsideALoop_IsNoEvidence()
        => Assert.Null(Describe("int M(int value, int key) { return value ^ key; }"));

    [Fact]
    public void XorIntoAHashInLoop_IsNoEvidence()
        => Assert.Null(Describe("int M(byte[] key) { var hash = 17; for (var i = 0; i < key.Length; i++) hash ^= key[i]; return hash; }"));

    [Fact]
    public void XorOfDictionaryKeysInLoop_IsNoEvidence()
        => Assert.Null(Describe("int M(System.Collections.Generic.Dictionary<int, int> d) { var x = 0; foreach (var kv in d) x = x ^ kv.Key; return x; }"));

    [Fact]
    public void XorOfHashCodesInLoop_IsNoEvidence()
        => Assert.Null(Describe("int M(object[] keys) { var x = 0; foreach (var key in keys) x = x ^ key.GetHashCode(); return x; }"));

    [Fact]
    public void RotationWithXorInLoop_IsMixingWithRotations()
        => Assert.Equal(
            "XOR mixing, bit rotations",
            Describe("uint M(uint x, uint y) { for (var n = 0; n < 8; n++) { x = (x << 5) | (x >> 27); x ^= y; } return x; }"));

    [Fact]
    public void ShiftsThatDoNotAddUpToAWidth_AreNoRotation()
        => Assert.Null(Describe("uint M(uint x, uint y) { for (var n = 0; n < 8; n++) { x = (x << 5) | (x >> 26); x ^= y; } return x; }"));

    [Fact]
    public void RotationBySubtractedCount_IsARotation_WithRoundKeys()
        => Assert.Equal(
            "XOR mixing, bit rotations with round keys",
            Describe("uint M(uint x, int c, uint[] roundKeys) { x = (x << c) | (x >> (32 - c)); return x ^ roundKeys[0]; }"));

    [Fact]
    public void SubstitutionTableWithXor_IsATable()
        => Assert.Equal(
            "a substitution table",
            Describe("byte M(byte b, byte k) { return SBox[b ^ k]; }"));

    [Fact]
    public void LookupInAnotherTable_IsNoEvidence()
        => Assert.Null(Describe("byte M(byte b, byte k) { return Lookup[b ^ k]; }"));

    [Fact]
    public void CipherWordWithXor_IsNamedMixing()
        => Assert.Equal(
            "XOR mixing, a cipher-like name ('scramble')",
            Describe("int M(int value, int salt) { return value ^ salt; }", cipherWord: "scramble"));

    [Fact]
    public void CipherWordWithoutBitWork_IsNoEvidence()
        => Assert.Null(Describe("int M(int value, int salt) { return value + salt; }", cipherWord: "scramble"));
}
