// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Backdoors.Detection;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>The method names SE4001's prefilter takes for an equality comparison.</summary>
public sealed class ComparisonMethodsTests
{
    [Theory]
    [InlineData("Equals")]
    [InlineData("CompareOrdinal")]
    [InlineData("SequenceEqual")]
    [InlineData("FixedTimeEquals")]
    [InlineData("SlowEquals")]
    [InlineData("ConstantTimeAreEqual")]
    [InlineData("timingSafeCompare")]
    [InlineData("SecureCompareStrings")]
    public void EqualityAndConstantTimeHelpers_AreComparisons(string name) => Assert.True(ComparisonMethods.IsComparisonName(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("equals")]
    [InlineData("CompareTo")]
    [InlineData("Contains")]
    [InlineData("StartsWith")]
    [InlineData("ReferenceEquals")]
    public void OtherMethods_AreNotComparisons(string? name) => Assert.False(ComparisonMethods.IsComparisonName(name));
}
