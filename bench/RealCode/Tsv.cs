// SPDX-License-Identifier: MIT
using System.Text;

namespace SourceExposure.RealCode;

/// <summary>Tab-separated files with a header row: easy to diff, grep and edit by hand in a review.</summary>
internal static class Tsv
{
    public static List<string[]> Read(string path, IReadOnlyList<string> columns)
    {
        var rows = new List<string[]>();
        if (!File.Exists(path))
        {
            return rows;
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0)
        {
            return rows;
        }

        var header = lines[0].Split('\t');
        if (!header.SequenceEqual(columns))
        {
            throw new InvalidDataException($"{path}: header must be '{string.Join("\\t", columns)}', found '{lines[0]}'");
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length != columns.Count)
            {
                throw new InvalidDataException($"{path}:{i + 1}: expected {columns.Count} tab-separated cells, found {cells.Length}");
            }

            rows.Add(cells);
        }

        return rows;
    }

    public static void Write(string path, IReadOnlyList<string> columns, IEnumerable<string[]> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var builder = new StringBuilder();
        builder.Append(string.Join('\t', columns)).Append('\n');
        foreach (var row in rows)
        {
            builder.Append(string.Join('\t', row.Select(c => c.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ')))).Append('\n');
        }

        File.WriteAllText(path, builder.ToString(), new UTF8Encoding(false));
    }
}
