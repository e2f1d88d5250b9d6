// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Tests.Verification;

/// <summary>A span declared by markup: <c>[|…|]</c> (no id), <c>{|SE1001:…|}</c> (an id) or <c>{|#0:…|}</c> (an index).</summary>
public sealed record MarkupSpan(TextSpan Span, string? Id, int? Index);

/// <summary>
/// The subset of roslyn-sdk's test markup SourceExposure uses: <c>[|…|]</c>, <c>{|ID:…|}</c> and <c>{|#n:…|}</c>,
/// nestable. <c>$$</c> is not supported.
/// </summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<MarkupSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<MarkupSpan>();
        var open = new Stack<(int Start, string? Id, int? Index, bool Brace)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (StartsWith(markup, i, "[|"))
            {
                open.Push((text.Length, null, null, false));
                i++;
            }
            else if (StartsWith(markup, i, "|]") && open.Count > 0 && !open.Peek().Brace)
            {
                var start = open.Pop();
                spans.Add(new MarkupSpan(TextSpan.FromBounds(start.Start, text.Length), null, null));
                i++;
            }
            else if (StartsWith(markup, i, "{|") && TryReadLabel(markup, i + 2, out var label, out var end))
            {
                open.Push(label.StartsWith("#", StringComparison.Ordinal)
                    ? (text.Length, null, int.Parse(label.Substring(1), System.Globalization.CultureInfo.InvariantCulture), true)
                    : (text.Length, label, null, true));
                i = end;
            }
            else if (StartsWith(markup, i, "|}") && open.Count > 0 && open.Peek().Brace)
            {
                var start = open.Pop();
                spans.Add(new MarkupSpan(TextSpan.FromBounds(start.Start, text.Length), start.Id, start.Index));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new InvalidOperationException($"Unclosed markup span starting at position {open.Peek().Start} of the test source.");
        }

        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return (text.ToString(), spans);
    }

    private static bool StartsWith(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    // A label is an id (letters and digits) or #n, followed by ':'.
    private static bool TryReadLabel(string s, int start, out string label, out int colon)
    {
        var i = start;
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || (i == start && s[i] == '#')))
        {
            i++;
        }

        if (i > start && i < s.Length && s[i] == ':' && !(i == start + 1 && s[start] == '#'))
        {
            label = s.Substring(start, i - start);
            colon = i;
            return true;
        }

        label = string.Empty;
        colon = -1;
        return false;
    }
}
