// SPDX-License-Identifier: MIT
using System.Text.RegularExpressions;
using System.Threading;

namespace SourceExposure.Analyzers;

/// <summary>
/// The one way the analyzers run a built-in regular expression over user text. Every such pattern is bounded (each
/// quantifier has an upper limit, so one attempt at one position reads a fixed number of characters) and carries
/// <see cref="RegexTimeouts.UserText"/>; the tests check both on every reachable pattern. What is left to bound is the
/// number of positions the engine tries, which this class counts, so a test can show on adversarial inputs that the
/// work grows linearly with the input without looking at a clock.
/// </summary>
internal static class UserTextRegex
{
    // A mutable counter shared by the analysis started under it: AsyncLocal flows into the driver's tasks, and the
    // object (not the slot) is updated, so work done on other threads is seen by the caller.
    private static readonly AsyncLocal<WorkCounter?> Current = new();

    /// <summary>Starts counting the work of regexes run by this logical flow (tests only); null stops.</summary>
    internal static WorkCounter? Counter
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    /// <summary>The first match at or after <paramref name="start"/> (lookbehinds see the text before it).</summary>
    public static Match Match(Regex regex, string text, int start)
        => Count(regex, regex.Match(text, start), start, text.Length);

    /// <summary>The first match inside <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>).</summary>
    public static Match Match(Regex regex, string text, int start, int length)
        => Count(regex, regex.Match(text, start, length), start, start + length);

    /// <summary>The match after <paramref name="previous"/>, in a scan that ends at <paramref name="end"/>.</summary>
    public static Match Next(Regex regex, Match previous, int end)
    {
        var start = previous.Index + (previous.Length == 0 ? 1 : previous.Length);
        return Count(regex, previous.NextMatch(), start, end);
    }

    /// <summary>Whether the pattern matches anywhere in <paramref name="text"/> (counted as tried everywhere).</summary>
    public static bool IsMatch(Regex regex, string text)
    {
        var result = regex.IsMatch(text);
        Count(regex, success: false, index: 0, start: 0, end: text.Length);
        return result;
    }

    private static Match Count(Regex regex, Match match, int start, int end)
    {
        Count(regex, match.Success, match.Index, start, end);
        return match;
    }

    private static void Count(Regex regex, bool success, int index, int start, int end)
    {
        if (Current.Value is { } counter)
        {
            // A pattern that starts with \G (or ^ outside multiline mode) is tried at one position; any other is tried
            // at every position up to its match, or to the end of the range when it fails.
            var pattern = regex.ToString();
            var anchored = pattern.StartsWith("\\G", System.StringComparison.Ordinal)
                || (pattern.StartsWith("^", System.StringComparison.Ordinal) && (regex.Options & RegexOptions.Multiline) == 0);
            var positions = anchored ? 1 : (success ? index : end) - start + 1;
            counter.Add(positions < 1 ? 1 : positions);
        }
    }
}

/// <summary>Positions at which built-in regexes were tried (see <see cref="UserTextRegex"/>).</summary>
internal sealed class WorkCounter
{
    private long positions;
    private long calls;

    public long Positions => Interlocked.Read(ref positions);

    public long Calls => Interlocked.Read(ref calls);

    internal void Add(long tried)
    {
        Interlocked.Add(ref positions, tried);
        Interlocked.Increment(ref calls);
    }
}
