// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

/// <summary>
/// The only way secret material reaches a message, property, report or log: at most the first four characters and
/// an ellipsis, fewer for short values, so a finding identifies the value without handing it over.
/// </summary>
internal static class Redaction
{
    public const char Ellipsis = '…';

    public static string Redact(string? value)
    {
        if (value is null || value.Length == 0)
        {
            return Ellipsis.ToString();
        }

        // Short values keep a quarter of their length at most: a 6-character password shows one character.
        var shown = value.Length >= 16 ? 4 : value.Length / 4;
        return value.Substring(0, shown) + Ellipsis;
    }
}
