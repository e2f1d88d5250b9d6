// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using SourceExposure.Analyzers;

namespace SourceExposure.Tests.Shared;

/// <summary>The span of a secret in its string's value, as an analyzer writes it and a fix reads it.</summary>
public sealed class DiagnosticPropertiesTests
{
    private static readonly ImmutableDictionary<string, string?> Empty = ImmutableDictionary<string, string?>.Empty;

    [Fact]
    public void ValueSpan_IsReadAsWritten_InvariantDigits()
    {
        var properties = Empty.Add(DiagnosticProperties.Format, "github-pat").WithValueSpan(8, 40);
        Assert.Equal("8", properties[DiagnosticProperties.ValueStart]);
        Assert.Equal("40", properties[DiagnosticProperties.ValueLength]);
        Assert.True(properties.TryGetValueSpan(48, out var start, out var length));
        Assert.Equal((8, 40), (start, length));
    }

    [Theory]
    [InlineData(47)] // the span runs past the value: the value is not the one the analyzer saw
    [InlineData(0)]
    public void ValueSpan_ThatDoesNotFitTheValue_IsNotRead(int valueLength)
        => Assert.False(Empty.WithValueSpan(8, 40).TryGetValueSpan(valueLength, out _, out _));

    [Theory]
    [InlineData(null, "4")]
    [InlineData("0", null)]
    [InlineData("x", "4")]
    [InlineData("-1", "4")]
    [InlineData("0", "0")]
    public void MissingMalformedOrEmptySpan_IsNotRead(string? start, string? length)
    {
        var properties = Empty;
        if (start is not null)
        {
            properties = properties.Add(DiagnosticProperties.ValueStart, start);
        }

        if (length is not null)
        {
            properties = properties.Add(DiagnosticProperties.ValueLength, length);
        }

        Assert.False(properties.TryGetValueSpan(10, out _, out _));
    }

    [Fact]
    public void PropertyNames_AreTheOnesAlreadyInSarifLogs()
    {
        // The compiler writes diagnostic properties into its SARIF log: renaming one changes what users see.
        Assert.Equal(
            ["Format", "Name", "ValueStart", "ValueLength", "Key", "Exposure", "Assignment", "Documentation"],
            [DiagnosticProperties.Format, DiagnosticProperties.Name, DiagnosticProperties.ValueStart, DiagnosticProperties.ValueLength,
             DiagnosticProperties.Key, DiagnosticProperties.Exposure, DiagnosticProperties.Assignment, DiagnosticProperties.Documentation]);
    }
}
