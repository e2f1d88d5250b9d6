// SPDX-License-Identifier: MIT
using System;
using System.Text.RegularExpressions;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>
/// One documented credential format: who issues it, what it is called in messages, where the vendor documents it,
/// and the checks that document allows (prefix anchors, an anchored pattern for length and alphabet, an optional
/// checksum or structural validation). Formats without a prefix (AWS secret keys, Datadog keys…) are
/// <em>contextual</em>: they count only next to a name that says what they are (<see cref="ContextKeywords"/>).
/// </summary>
internal sealed class TokenFormat
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public TokenFormat(
        string id,
        string provider,
        string kind,
        string description,
        string documentation,
        string[] anchors,
        string pattern,
        Func<string, bool>? validate = null,
        int[]? anchorOffsets = null,
        bool anyLeft = false,
        double minEntropy = 3.0,
        string[]? contextKeywords = null,
        string? valueShape = null,
        bool distinctive = true)
    {
        Id = id;
        Provider = provider;
        Kind = kind;
        Description = description;
        Documentation = documentation;
        Anchors = anchors;
        PatternText = pattern;
        Pattern = pattern.Length == 0 ? null : new Regex(pattern, Options, RegexTimeouts.UserText);
        Validate = validate;
        AnchorOffsets = anchorOffsets ?? [0];
        AnyLeft = anyLeft;
        MinEntropy = minEntropy;
        ContextKeywords = contextKeywords ?? [];
        ValueShape = valueShape is null ? null : new Regex("^(?:" + valueShape + ")$", Options, RegexTimeouts.UserText);
        IsDistinctive = distinctive && ContextKeywords.Length == 0;
    }

    /// <summary>Stable identifier (kebab case), used in docs, corpora and tests.</summary>
    public string Id { get; }

    public string Provider { get; }

    /// <summary>What the message calls it: "GitHub personal access token".</summary>
    public string Kind { get; }

    public string Description { get; }

    /// <summary>The vendor page that documents the format.</summary>
    public string Documentation { get; }

    /// <summary>Literal strings (compared ASCII case-insensitively by the prefilter) that start a candidate.</summary>
    public string[] Anchors { get; }

    public string PatternText { get; }

    /// <summary>Run at the anchor position (it starts with <c>\G</c>); the <c>v</c> group, when present, is the secret.</summary>
    public Regex? Pattern { get; }

    /// <summary>Checksum or structural check on the secret; null when the vendor documents none.</summary>
    public Func<string, bool>? Validate { get; }

    /// <summary>How many characters before the anchor the token starts (for formats whose marker sits inside).</summary>
    public int[] AnchorOffsets { get; }

    /// <summary>The token may follow any character (URLs); otherwise it must not continue a word or base64 run.</summary>
    public bool AnyLeft { get; }

    /// <summary>Minimum Shannon entropy (bits per character) of the random part; below it the value is filler.</summary>
    public double MinEntropy { get; }

    /// <summary>For contextual formats: normalised name fragments (lower case, letters and digits) that vouch for the value.</summary>
    public string[] ContextKeywords { get; }

    /// <summary>For contextual formats: the whole value's shape, tested when a name vouches for it.</summary>
    public Regex? ValueShape { get; }

    public bool IsContextual => ContextKeywords.Length > 0;

    /// <summary>
    /// The value cannot be mistaken for anything but a live credential of this provider: a vendor prefix, no name
    /// needed to vouch for it. Only these are reported outside product code, where fixtures and fakes abound.
    /// </summary>
    public bool IsDistinctive { get; }

    public override string ToString() => Id;
}
