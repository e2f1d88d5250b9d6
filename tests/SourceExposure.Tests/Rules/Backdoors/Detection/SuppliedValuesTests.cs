// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Backdoors.Detection;

namespace SourceExposure.Tests.Rules.Backdoors.Detection;

/// <summary>Whether a compared value was handed to the method by its caller.</summary>
public sealed class SuppliedValuesTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("request.Code")]
    [InlineData("password.Trim()")]
    [InlineData("Encoding.UTF8.GetBytes(password)")]
    [InlineData("maybe?.Code")]
    [InlineData("fromParameter")]
    public void ParametersAndWhatIsMadeFromThem_AreSupplied(string expression)
        => Assert.True(SuppliedValues.IsSupplied(Snippet(expression).Operation(expression)));

    [Theory]
    [InlineData("reply")]
    [InlineData("Read()")]
    [InlineData("Read().Trim()")]
    [InlineData("fromField")]
    [InlineData("Fallback")]
    public void FieldsAndReplies_AreNotSupplied(string expression)
        => Assert.False(SuppliedValues.IsSupplied(Snippet(expression).Operation(expression)));

    private static CompiledSnippet Snippet(string expression) => CompiledSnippet.InLogin(
        "var fromParameter = request.Password; var fromField = reply.Trim(); var compared = " + expression + ";");
}
