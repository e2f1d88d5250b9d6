// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SourceExposure.Tests;

/// <summary>
/// Analyzer config files for <c>TestState.AnalyzerConfigFiles</c>, written as the compiler reads them: options in an
/// <c>.editorconfig</c> section for every file, MSBuild properties as <c>build_property.*</c> entries of a global config.
/// </summary>
public static class AnalyzerConfig
{
    /// <summary>An <c>.editorconfig</c> at the root of the test paths that applies <paramref name="options"/> to every file.</summary>
    public static (string Path, string Content) EditorConfig(params (string Key, string Value)[] options)
        => EditorConfig(options.Select(o => KeyValuePair.Create(o.Key, o.Value)));

    /// <inheritdoc cref="EditorConfig((string Key, string Value)[])"/>
    public static (string Path, string Content) EditorConfig(IEnumerable<KeyValuePair<string, string>> options)
    {
        var text = new StringBuilder().AppendLine("root = true").AppendLine().AppendLine("[*]");
        foreach (var (key, value) in options)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{key} = {value}");
        }

        return ("/.editorconfig", text.ToString());
    }

    /// <summary>A global config that makes MSBuild properties visible to the analyzers, as <c>CompilerVisibleProperty</c> does.</summary>
    public static (string Path, string Content) BuildProperties(params (string Name, string Value)[] properties)
    {
        var text = new StringBuilder().AppendLine("is_global = true");
        foreach (var (name, value) in properties)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"build_property.{name} = {value}");
        }

        return ("/.globalconfig", text.ToString());
    }
}
