// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;

namespace SourceExposure.Tests.Robustness;

/// <summary>
/// The most characters one attempt of a .NET regular expression can read from its start position, or null when a
/// quantifier has no upper bound (<c>*</c>, <c>+</c>, <c>{n,}</c>). Lookarounds add what they read; a backreference
/// adds its group's width. A bounded pattern tried at p positions reads at most p times its width (times a backtracking
/// constant), so counting the positions tried bounds the work.
/// </summary>
internal static class PatternWidth
{
    public static int? MaxWidth(string pattern)
    {
        var parser = new Parser(pattern);
        var width = parser.Alternation();
        if (parser.Position != pattern.Length)
        {
            throw new FormatException($"Unbalanced ')' at {parser.Position} in /{pattern}/");
        }

        return width;
    }

    private sealed class Parser(string pattern)
    {
        private readonly Dictionary<string, int?> groups = new(StringComparer.Ordinal);
        private int groupNumber;

        public int Position { get; private set; }

        public int? Alternation()
        {
            var best = Sequence();
            while (Position < pattern.Length && pattern[Position] == '|')
            {
                Position++;
                best = Max(best, Sequence());
            }

            return best;
        }

        private int? Sequence()
        {
            int? total = 0;
            while (Position < pattern.Length && pattern[Position] is not ('|' or ')'))
            {
                var atom = Atom();
                total = Add(total, Quantified(atom));
            }

            return total;
        }

        private int? Quantified(int? atom)
        {
            if (Position >= pattern.Length)
            {
                return atom;
            }

            int? result;
            switch (pattern[Position])
            {
                case '*' or '+':
                    Position++;
                    result = atom == 0 ? 0 : null;
                    break;
                case '?':
                    Position++;
                    result = atom;
                    break;
                case '{' when TryRepeat(out var max):
                    result = max is null ? (atom == 0 ? 0 : null) : Multiply(atom, max.Value);
                    break;
                default:
                    return atom;
            }

            if (Position < pattern.Length && pattern[Position] == '?')
            {
                Position++; // lazy
            }

            return result;
        }

        // {n}, {n,m} or {n,}: the upper bound (null when open); anything else is a literal brace.
        private bool TryRepeat(out int? max)
        {
            max = null;
            var close = pattern.IndexOf('}', Position);
            if (close < 0)
            {
                return false;
            }

            var body = pattern.Substring(Position + 1, close - Position - 1);
            var comma = body.IndexOf(',');
            var low = comma < 0 ? body : body.Substring(0, comma);
            if (!int.TryParse(low, out var n))
            {
                return false;
            }

            if (comma < 0)
            {
                max = n;
            }
            else if (comma == body.Length - 1)
            {
                max = null;
            }
            else if (int.TryParse(body.Substring(comma + 1), out var m))
            {
                max = m;
            }
            else
            {
                return false;
            }

            Position = close + 1;
            return true;
        }

        private int? Atom()
        {
            var c = pattern[Position];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    SkipClass();
                    return 1;
                case '\\':
                    return Escape();
                case '^' or '$':
                    Position++;
                    return 0;
                default:
                    Position++;
                    return 1;
            }
        }

        private int? Group()
        {
            Position++; // (
            string? name = null;
            if (pattern[Position] == '?')
            {
                Position++;
                var kind = pattern[Position];
                if (kind is ':' or '=' or '!' or '>')
                {
                    Position++;
                }
                else if (kind == '<' && pattern[Position + 1] is '=' or '!')
                {
                    Position += 2;
                }
                else if (kind is '<' or '\'')
                {
                    var close = pattern.IndexOf(kind == '<' ? '>' : '\'', Position + 1);
                    name = pattern.Substring(Position + 1, close - Position - 1);
                    Position = close + 1;
                }
                else
                {
                    // Inline options: (?im) alone, or (?im:...) as a group.
                    while (Position < pattern.Length && pattern[Position] is not (':' or ')'))
                    {
                        Position++;
                    }

                    if (pattern[Position] == ')')
                    {
                        Position++;
                        return 0;
                    }

                    Position++;
                }
            }
            else
            {
                name = (++groupNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var width = Alternation();
            if (Position >= pattern.Length || pattern[Position] != ')')
            {
                throw new FormatException($"Unclosed group in /{pattern}/");
            }

            Position++;
            if (name is not null)
            {
                groups[name] = width;
            }

            return width;
        }

        private void SkipClass()
        {
            Position++; // [
            if (Position < pattern.Length && pattern[Position] == '^')
            {
                Position++;
            }

            var first = true;
            while (Position < pattern.Length && (pattern[Position] != ']' || first))
            {
                first = false;
                if (pattern[Position] == '\\')
                {
                    Position += 2;
                }
                else if (pattern[Position] == '-' && Position + 1 < pattern.Length && pattern[Position + 1] == '[')
                {
                    Position++;
                    SkipClass();
                    continue;
                }
                else
                {
                    Position++;
                }
            }

            Position++; // ]
        }

        private int? Escape()
        {
            Position++; // backslash
            var c = pattern[Position++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return 0;
                case 'p' or 'P':
                    Position = pattern.IndexOf('}', Position) + 1;
                    return 1;
                case 'k':
                    var open = pattern[Position];
                    var close = pattern.IndexOf(open == '<' ? '>' : '\'', Position + 1);
                    var name = pattern.Substring(Position + 1, close - Position - 1);
                    Position = close + 1;
                    return groups.TryGetValue(name, out var width) ? width : null;
                case 'x':
                    Position += 2;
                    return 1;
                case 'u':
                    Position += 4;
                    return 1;
                case 'c':
                    Position++;
                    return 1;
                case >= '1' and <= '9':
                    return groups.TryGetValue(c.ToString(), out var numbered) ? numbered : null;
                default:
                    return 1;
            }
        }

        private static int? Add(int? a, int? b) => a is null || b is null ? null : a + b;

        private static int? Max(int? a, int? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);

        private static int? Multiply(int? a, int n) => a is null ? null : a * n;
    }
}
