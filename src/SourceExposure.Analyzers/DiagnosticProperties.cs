// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace SourceExposure.Analyzers;

/// <summary>
/// The contract between analyzers and code fixes: the names of the diagnostic properties through which an analyzer
/// hands its fix what it already knows, so the fix need not work it out again. Properties travel with the diagnostic
/// into the compiler's SARIF log: a name or value changed here changes that output, and no property ever holds a
/// secret (Robustness/RedactionTests checks).
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>
    /// SE1001: the id of the credential format found (<see cref="Secrets.Detection.TokenFormat.Id"/>), for readers of the
    /// compiler's SARIF log who sort findings by provider; the fix needs only the value span.
    /// </summary>
    public const string Format = "Format";

    /// <summary>
    /// SE1004, SE1005: the name that says the value is a credential (the symbol, dictionary key or entry key that
    /// receives it, the parameter or property of the credential-taking API); the fix names the variable after it when
    /// nothing receives the literal by name.
    /// </summary>
    public const string Name = "Name";

    /// <summary>
    /// SE1001, SE1003: where the secret starts in the value of the string that holds it (escapes resolved, so not an
    /// offset into the source text). SE1001 writes it only when the value holds this one credential.
    /// Written and read through <see cref="WithValueSpan"/> and <see cref="TryGetValueSpan"/>.
    /// </summary>
    public const string ValueStart = "ValueStart";

    /// <summary>SE1001, SE1003: how long the secret is in the value; see <see cref="ValueStart"/>.</summary>
    public const string ValueLength = "ValueLength";

    /// <summary>SE1003: the connection-string key that held the secret (password, accountkey, userinfo …), lower case.</summary>
    public const string Key = "Key";

    /// <summary>SE2002: how the symbol is exposed, accessibility or interface; the fix acts only on accessibility.</summary>
    public const string Exposure = "Exposure";

    /// <summary>SE4003: present when the finding is an assignment the fix can remove.</summary>
    public const string Assignment = "Assignment";

    /// <summary>SE5001: present when the comment is documentation, which the fix leaves to the developer.</summary>
    public const string Documentation = "Documentation";

    /// <summary>The value of a property that is there to be present: <see cref="Assignment"/>, <see cref="Documentation"/>.</summary>
    public const string Present = "true";

    /// <summary><paramref name="properties"/> with the span of the secret in its string's value.</summary>
    public static ImmutableDictionary<string, string?> WithValueSpan(this ImmutableDictionary<string, string?> properties, int start, int length)
        => properties
            .Add(ValueStart, start.ToString(CultureInfo.InvariantCulture))
            .Add(ValueLength, length.ToString(CultureInfo.InvariantCulture));

    /// <summary>The span of the secret in its string's value, when the analyzer wrote one that fits a value of <paramref name="valueLength"/> characters.</summary>
    public static bool TryGetValueSpan(this ImmutableDictionary<string, string?> properties, int valueLength, out int start, out int length)
    {
        length = 0;
        return TryGetInt(properties, ValueStart, out start) && TryGetInt(properties, ValueLength, out length)
            && start >= 0 && length > 0 && start + length <= valueLength;
    }

    private static bool TryGetInt(IReadOnlyDictionary<string, string?> properties, string name, out int value)
    {
        value = 0;
        return properties.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
