// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SourceExposure.Analyzers.Exceptions;

/// <summary>A JSON value with the line it starts on, so problems can name the entry.</summary>
internal sealed class JsonNode
{
    public JsonNode(JsonKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonKind Kind { get; }

    /// <summary>1-based.</summary>
    public int Line { get; }

    /// <summary>1-based.</summary>
    public int Column { get; }

    public string? Text { get; set; }

    public List<KeyValuePair<string, JsonNode>> Members { get; } = new();

    public List<JsonNode> Items { get; } = new();

    public JsonNode? this[string name]
    {
        get
        {
            foreach (var member in Members)
            {
                if (string.Equals(member.Key, name, StringComparison.Ordinal))
                {
                    return member.Value;
                }
            }

            return null;
        }
    }
}

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>Thrown by <see cref="ExceptionsJson"/> with a position; turned into a configuration diagnostic or a CLI error.</summary>
internal sealed class JsonSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>
/// A small, strict JSON reader (RFC 8259) with line numbers, for the exceptions file. The analyzer assembly targets
/// netstandard2.0 and must not carry System.Text.Json into every compiler and IDE process; the CLI reads the file with
/// the same reader so both report the same problems. Linear, with a nesting limit instead of unbounded recursion.
/// </summary>
internal sealed class ExceptionsJson
{
    private const int MaxDepth = 64;
    private readonly string text;
    private int position;
    private int line = 1;
    private int lineStart;

    private ExceptionsJson(string text) => this.text = text;

    public static JsonNode Parse(string text)
    {
        var reader = new ExceptionsJson(text);
        if (reader.text.Length > 0 && reader.text[0] == '\uFEFF')
        {
            reader.position = 1;
        }

        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader.position < reader.text.Length)
        {
            throw reader.Error("unexpected text after the end of the document");
        }

        return value;
    }

    private JsonNode ReadValue(int depth)
    {
        SkipWhitespace();
        if (position >= text.Length)
        {
            throw Error("unexpected end of the document");
        }

        if (depth > MaxDepth)
        {
            throw Error("nested too deeply");
        }

        var c = text[position];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
            {
                var node = New(JsonKind.String);
                node.Text = ReadString();
                return node;
            }

            case 't':
                return ReadLiteral("true", JsonKind.True);
            case 'f':
                return ReadLiteral("false", JsonKind.False);
            case 'n':
                return ReadLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error($"unexpected character '{c}'");
        }
    }

    private JsonNode ReadObject(int depth)
    {
        var node = New(JsonKind.Object);
        position++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            position++;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a property name in double quotes");
            }

            var name = ReadString();
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error("expected ':' after a property name");
            }

            position++;
            node.Members.Add(new KeyValuePair<string, JsonNode>(name, ReadValue(depth + 1)));
            SkipWhitespace();
            var next = Peek();
            position++;
            if (next == '}')
            {
                return node;
            }

            if (next != ',')
            {
                position--;
                throw Error("expected ',' or '}' in an object");
            }
        }
    }

    private JsonNode ReadArray(int depth)
    {
        var node = New(JsonKind.Array);
        position++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            position++;
            return node;
        }

        while (true)
        {
            node.Items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            var next = Peek();
            position++;
            if (next == ']')
            {
                return node;
            }

            if (next != ',')
            {
                position--;
                throw Error("expected ',' or ']' in an array");
            }
        }
    }

    private string ReadString()
    {
        position++;
        var builder = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\')
            {
                if (position >= text.Length)
                {
                    break;
                }

                var escape = text[position++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (position + 4 > text.Length || !int.TryParse(text.Substring(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("invalid \\u escape");
                        }

                        builder.Append((char)code);
                        position += 4;
                        break;
                    default:
                        throw Error($"invalid escape '\\{escape}'");
                }

                continue;
            }

            if (c < ' ')
            {
                position--;
                throw Error("control character or line break inside a string");
            }

            builder.Append(c);
        }

        throw Error("unterminated string");
    }

    private JsonNode ReadNumber()
    {
        var node = New(JsonKind.Number);
        var start = position;
        if (Peek() == '-')
        {
            position++;
        }

        while (position < text.Length && (char.IsDigit(text[position]) || text[position] is '.' or 'e' or 'E' or '+' or '-'))
        {
            position++;
        }

        node.Text = text.Substring(start, position - start);
        if (!double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw Error($"invalid number '{node.Text}'");
        }

        return node;
    }

    private JsonNode ReadLiteral(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
        {
            throw Error($"unexpected character '{text[position]}'");
        }

        var node = New(kind);
        position += literal.Length;
        return node;
    }

    private JsonNode New(JsonKind kind) => new(kind, line, position - lineStart + 1);

    private char Peek() => position < text.Length ? text[position] : '\0';

    private void SkipWhitespace()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '\n')
            {
                line++;
                lineStart = position + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            position++;
        }
    }

    private JsonSyntaxException Error(string message)
        => new($"not valid JSON: {message} (line {line}, column {position - lineStart + 1})", line, position - lineStart + 1);
}
