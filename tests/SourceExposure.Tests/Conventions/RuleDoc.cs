// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SourceExposure.Tests.Conventions;

/// <summary>A rule page parsed into front matter, H1 and sections (by H2/H3 heading).</summary>
internal sealed class RuleDoc
{
    private RuleDoc(IReadOnlyDictionary<string, string> frontMatter, string? h1, IReadOnlyList<(string Heading, string Body)> sections)
    {
        FrontMatter = frontMatter;
        H1 = h1;
        Sections = sections;
    }

    public IReadOnlyDictionary<string, string> FrontMatter { get; }

    public string? H1 { get; }

    /// <summary>Headings as written (<c>## Cause</c>, <c>### In the news</c>) with the text under each.</summary>
    public IReadOnlyList<(string Heading, string Body)> Sections { get; }

    public string Section(string heading) => Sections.FirstOrDefault(s => s.Heading == heading).Body ?? string.Empty;

    public IReadOnlyList<string> FrontMatterList(string key)
    {
        if (!FrontMatter.TryGetValue(key, out var raw))
        {
            return [];
        }

        return raw.Trim().TrimStart('[').TrimEnd(']')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static RuleDoc Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var frontMatter = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        if (lines.Length > 0 && lines[0] == "---")
        {
            for (i = 1; i < lines.Length && lines[i] != "---"; i++)
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    frontMatter[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
                }
            }

            i++;
        }

        string? h1 = null;
        var sections = new List<(string, string)>();
        string? heading = null;
        var body = new List<string>();
        var inFence = false;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (!inFence && line.StartsWith("# ", StringComparison.Ordinal) && h1 is null)
            {
                h1 = line[2..].Trim();
                continue;
            }

            if (!inFence && (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal)))
            {
                if (heading is not null)
                {
                    sections.Add((heading, string.Join('\n', body)));
                }

                heading = line.Trim();
                body.Clear();
                continue;
            }

            body.Add(line);
        }

        if (heading is not null)
        {
            sections.Add((heading, string.Join('\n', body)));
        }

        return new RuleDoc(frontMatter, h1, sections);
    }
}
