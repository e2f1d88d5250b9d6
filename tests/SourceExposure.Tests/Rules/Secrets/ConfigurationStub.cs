// SPDX-License-Identifier: MIT
namespace SourceExposure.Tests.Rules.Secrets;

/// <summary>
/// The one member of Microsoft.Extensions.Configuration the "read from configuration" fixes need, declared in the
/// test source so the tests do not reference the package.
/// </summary>
internal static class ConfigurationStub
{
    public const string Source = """
        namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string? this[string key] { get; set; } } }

        """;
}
