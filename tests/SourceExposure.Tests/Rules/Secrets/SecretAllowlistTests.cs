// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Secrets;

namespace SourceExposure.Tests.Rules.Secrets;

public sealed class SecretAllowlistTests
{
    [Fact]
    public void Fingerprint_IsSha256HexOfUtf8Bytes()
        // printf %s "abc" | sha256sum
        => Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretAllowlist.Fingerprint("abc"));

    [Theory]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", true)]
    [InlineData("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD  -", true)]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad # test fixture token", true)]
    [InlineData("# ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", false)]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015", false)]
    [InlineData("zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", false)]
    [InlineData("", false)]
    public void FingerprintLine_IsParsedOnlyWhenWellFormed(string line, bool expected)
        => Assert.Equal(expected, SecretAllowlist.TryParseFingerprint(line, out _));

    [Theory]
    [InlineData("/repo/SourceExposure.Allowlist.txt", true)]
    [InlineData("C:\\repo\\config\\sourceexposure.allowlist.txt", true)]
    [InlineData("/repo/allowlist.txt", false)]
    public void AllowlistFile_IsRecognisedByName(string path, bool expected)
        => Assert.Equal(expected, SecretAllowlist.IsAllowlistFile(path));
}
