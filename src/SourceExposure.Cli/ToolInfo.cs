// SPDX-License-Identifier: MIT
using System.Reflection;

namespace SourceExposure.Cli;

internal static class ToolInfo
{
    public static string Version { get; } = (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static string RepositoryUrl { get; } = typeof(ToolInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefaultValue("RepositoryUrl") ?? "https://github.com/source-exposure/SourceExposure";

    private static string? FirstOrDefaultValue(this System.Collections.Generic.IEnumerable<AssemblyMetadataAttribute> attributes, string key)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Key == key)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
