// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace SourceExposure.Analyzers.Configuration;

// Builders for the option kinds SourceExposure uses; each knows how to parse and describe its values.
internal abstract partial class RuleOption
{
    public static RuleOption<bool> Flag(OptionScope scope, string owner, string name, bool defaultValue, string description)
        => new(scope, owner, name, defaultValue, description, "true or false", defaultValue ? "true" : "false", TryParseBool);

    public static RuleOption<double> Number(OptionScope scope, string owner, string name, double defaultValue, double min, double max, string description)
        => new(scope, owner, name, defaultValue, description,
            $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}",
            defaultValue.ToString(CultureInfo.InvariantCulture),
            (string text, out double value) =>
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);

    public static RuleOption<int> Integer(OptionScope scope, string owner, string name, int defaultValue, int min, int max, string description)
        => new(scope, owner, name, defaultValue, description,
            $"a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}",
            defaultValue.ToString(CultureInfo.InvariantCulture),
            (string text, out int value) =>
                int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);

    /// <summary>One of a fixed set of words, compared case-insensitively and returned in lower case.</summary>
    public static RuleOption<string> Choice(OptionScope scope, string owner, string name, string defaultValue, string description, params string[] choices)
        => new(scope, owner, name, defaultValue, description,
            "one of " + string.Join(", ", choices.Select(c => "'" + c + "'")),
            defaultValue,
            (string text, out string value) =>
            {
                foreach (var choice in choices)
                {
                    if (string.Equals(choice, text, StringComparison.OrdinalIgnoreCase))
                    {
                        value = choice;
                        return true;
                    }
                }

                value = defaultValue;
                return false;
            });

    /// <summary>
    /// One word from an open set (country codes, region ids) that <paramref name="isValid"/> recognises, compared
    /// case-insensitively and returned in lower case; <paramref name="accepted"/> describes the set for SE0001.
    /// </summary>
    public static RuleOption<string> Choice(OptionScope scope, string owner, string name, string defaultValue, string description, string accepted, Func<string, bool> isValid)
        => new(scope, owner, name, defaultValue, description, accepted, defaultValue,
            (string text, out string value) =>
            {
                if (isValid(text))
                {
                    value = text.ToLowerInvariant();
                    return true;
                }

                value = defaultValue;
                return false;
            });

    /// <summary>
    /// A comma-separated list; empty entries are dropped. <paramref name="isValidItem"/> (optional) rejects the whole
    /// value when any item is not acceptable, so SE0001 names the bad value rather than silently dropping it.
    /// </summary>
    public static RuleOption<ImmutableArray<string>> List(
        OptionScope scope, string owner, string name, string description, string itemDescription,
        Func<string, bool>? isValidItem = null, params string[] defaultValue)
        => new(scope, owner, name, ImmutableArray.Create(defaultValue), description,
            "a comma-separated list of " + itemDescription,
            string.Join(",", defaultValue),
            (string text, out ImmutableArray<string> value) =>
            {
                var items = new List<string>();
                foreach (var part in text.Split(','))
                {
                    var item = part.Trim();
                    if (item.Length == 0)
                    {
                        continue;
                    }

                    if (isValidItem is not null && !isValidItem(item))
                    {
                        value = ImmutableArray.Create(defaultValue);
                        return false;
                    }

                    items.Add(item);
                }

                value = items.ToImmutableArray();
                return true;
            });

    /// <summary>A comma-separated list of .NET regular expressions, compiled with a match timeout.</summary>
    public static RuleOption<ImmutableArray<Regex>> Patterns(OptionScope scope, string owner, string name, string description)
        => new(scope, owner, name, ImmutableArray<Regex>.Empty, description,
            "a comma-separated list of .NET regular expressions", string.Empty,
            (string text, out ImmutableArray<Regex> value) =>
            {
                var builder = ImmutableArray.CreateBuilder<Regex>();
                foreach (var part in text.Split(','))
                {
                    var pattern = part.Trim();
                    if (pattern.Length == 0)
                    {
                        continue;
                    }

                    try
                    {
                        builder.Add(new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeouts.UserText));
                    }
                    catch (ArgumentException)
                    {
                        value = ImmutableArray<Regex>.Empty;
                        return false;
                    }
                }

                value = builder.ToImmutable();
                return true;
            });

    public static RuleOption<string> Text(OptionScope scope, string owner, string name, string defaultValue, string description)
        => new(scope, owner, name, defaultValue, description, "any text", defaultValue,
            (string text, out string value) =>
            {
                value = text;
                return true;
            });

    /// <summary>Kinds of code (see <see cref="CodeKinds"/>): "all", "none" or a comma-separated list of product, test, sample, docs.</summary>
    public static RuleOption<CodeKind> Kinds(OptionScope scope, string owner, string name, CodeKind defaultValue, string description)
        => new(scope, owner, name, defaultValue, description,
            "all, none, or a comma-separated list of product, test, sample and docs",
            SourceExposure.Analyzers.CodeKinds.Format(defaultValue),
            SourceExposure.Analyzers.CodeKinds.TryParse);

    private static bool TryParseBool(string text, out bool value)
    {
        switch (text.ToLowerInvariant())
        {
            case "true":
            case "yes":
            case "1":
                value = true;
                return true;
            case "false":
            case "no":
            case "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
