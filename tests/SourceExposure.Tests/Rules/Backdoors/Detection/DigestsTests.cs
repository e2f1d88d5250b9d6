// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Backdoors.Detection;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>The text of a hash digest, which SE4001 follows to the value hashed.</summary>
public sealed class DigestsTests
{
    [Theory]
    [InlineData("5f4dcc3b5aa765d61d8327deb882cf99")] // MD5, hex
    [InlineData("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8")] // SHA-1, upper-case hex
    [InlineData("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8")] // SHA-256, hex
    [InlineData("X03MO1qnZdYdgyfeuILPmQ==")] // MD5, base64
    [InlineData("XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQtg=")] // SHA-256, base64
    public void HexAndBase64OfHashLengths_AreDigests(string value) => Assert.True(Digests.IsDigest(value));

    [Theory]
    [InlineData("5f4dcc3b5aa765d61d8327deb882cf9")] // 31 hex characters
    [InlineData("5f4dcc3b5aa765d61d8327deb882cfzz")] // 32 characters, not all hex
    [InlineData("00000000000000000000000000000000")] // hex filler
    [InlineData("XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQtgA")] // base64 length without padding
    [InlineData("XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQt-=")] // base64url alphabet
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")] // base64 filler
    [InlineData("Winter2024!")]
    public void OtherTexts_AreNotDigests(string value) => Assert.False(Digests.IsDigest(value));
}
