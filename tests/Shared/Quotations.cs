// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SourceExposure.Shared.Testing;

/// <summary>
/// Quotations and article citations in prose (Markdown pages, the HTML report), checked against the articles the
/// project was created from (<c>../shared/seeds/*.txt</c>) and the citation list (<c>docs/articles.md</c>).
/// A quotation is any text in double quotation marks (<c>"…"</c> or <c>“…”</c>) outside code: code blocks, code spans,
/// link targets and HTML comments are not prose. Compiled into both test projects (linked file).
/// </summary>
internal static class Quotations
{
    private static readonly Regex FenceLine = new(@"^\s*(```|~~~)", RegexOptions.CultureInvariant);
    private static readonly Regex BlockQuoteMarker = new(@"^\s*(>\s?)+", RegexOptions.CultureInvariant);
    private static readonly Regex ListItem = new(@"^\s*([-*+]|\d+\.)\s", RegexOptions.CultureInvariant);
    private static readonly Regex CodeSpan = new(@"(`+)(?:(?!\1).)*?\1", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex AutoLink = new(@"<(https?|mailto):[^>\s]*>", RegexOptions.CultureInvariant);
    private static readonly Regex LinkTarget = new(@"\]\([^)\s]*\)", RegexOptions.CultureInvariant);
    private static readonly Regex HtmlComment = new(@"<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex Quoted = new("\"([^\"]*)\"|“([^”]*)”", RegexOptions.CultureInvariant);
    private static readonly Regex IsoDate = new(@"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b", RegexOptions.CultureInvariant);
    private static readonly Regex WordDate = new(
        @"\b(?:(\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b",
        RegexOptions.CultureInvariant);

    /// <summary>The repository root: the folder holding SourceExposure.sln, found from the test assembly upward.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// The seeds folder: <c>SOURCE_EXPOSURE_SEEDS</c> if set, else <c>../shared/seeds</c> beside the repository (where the
    /// brief keeps them). Missing seeds fail the test: a quotation check that cannot see its source proves nothing.
    /// </summary>
    public static string SeedsDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SOURCE_EXPOSURE_SEEDS");
            var directory = string.IsNullOrEmpty(configured)
                ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"))
                : configured;
            if (!Directory.Exists(directory) || Directory.GetFiles(directory, "*.txt").Length == 0)
            {
                throw new InvalidOperationException(
                    $"The seed articles were not found at '{directory}'. They live in ../shared/seeds beside the repository; set SOURCE_EXPOSURE_SEEDS to their folder.");
            }

            return directory;
        }
    }

    /// <summary>Each seed article file, whitespace collapsed to single spaces, by file name.</summary>
    public static IReadOnlyDictionary<string, string> Seeds() => Directory.GetFiles(SeedsDirectory, "*.txt")
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToDictionary(f => Path.GetFileName(f), f => Collapse(File.ReadAllText(f)), StringComparer.Ordinal);

    /// <summary>The docs the test reads: every page under docs/, the README and the package readme.</summary>
    public static IEnumerable<string> DocumentPaths()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return path;
        }

        yield return Path.Combine(RepositoryRoot, "README.md");
        yield return Path.Combine(RepositoryRoot, "PACKAGE.md");
    }

    public static string Collapse(string text) => Whitespace.Replace(text, " ").Trim();

    /// <summary>
    /// Prose blocks of a Markdown page with whitespace collapsed: paragraphs, list items (with their continuation
    /// lines), table rows and headings. Code blocks, code spans, HTML comments, autolinks and link targets are removed.
    /// </summary>
    public static IReadOnlyList<string> MarkdownBlocks(string markdown)
    {
        var text = HtmlComment.Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), " ");
        var blocks = new List<string>();
        var current = new StringBuilder();
        var inFence = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                var block = LinkTarget.Replace(AutoLink.Replace(CodeSpan.Replace(current.ToString(), " "), " "), "]");
                block = Collapse(block);
                if (block.Length > 0)
                {
                    blocks.Add(block);
                }

                current.Clear();
            }
        }

        foreach (var raw in text.Split('\n'))
        {
            if (FenceLine.IsMatch(raw))
            {
                Flush();
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            var line = BlockQuoteMarker.Replace(raw, string.Empty);
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var trimmed = line.TrimStart();
            if (trimmed.StartsWith('|') || trimmed.StartsWith('#'))
            {
                Flush();
                current.Append(line);
                Flush();
                continue;
            }

            if (ListItem.IsMatch(line))
            {
                Flush();
            }

            current.Append(line).Append('\n');
        }

        Flush();
        return blocks;
    }

    /// <summary>Prose blocks of rendered HTML: code and scripts removed, tags dropped, entities decoded.</summary>
    public static IReadOnlyList<string> HtmlBlocks(string html)
    {
        var text = Regex.Replace(html, @"<(script|style|code|pre)\b.*?</\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, @"</?(p|li|td|th|tr|h[1-6]|div|section|ul|ol|table|br|header|blockquote)\b[^>]*>", "\u0001", RegexOptions.IgnoreCase);
        text = Regex.Replace(text, "<[^>]+>", " ");
        text = WebUtility.HtmlDecode(text);
        return text.Split('\u0001').Select(Collapse).Where(b => b.Length > 0).ToList();
    }

    /// <summary>The quotations of one prose block; a block whose straight double quotes do not pair is an error.</summary>
    public static IReadOnlyList<string> InBlock(string block, out string? error)
    {
        error = block.Count(c => c == '"') % 2 == 0 ? null : "unpaired straight double quotes";
        return Quoted.Matches(block).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Select(Collapse).ToList();
    }

    /// <summary>
    /// Whether <paramref name="quotation"/> occurs word for word in one seed article. A quotation that leaves words
    /// out with an ellipsis (… or ...) must have every part in the same article, in order.
    /// </summary>
    public static bool InSeeds(string quotation, IReadOnlyDictionary<string, string> seeds)
    {
        var parts = quotation.Split(["…", "..."], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        foreach (var seed in seeds.Values)
        {
            var at = 0;
            var all = true;
            foreach (var part in parts)
            {
                var found = seed.IndexOf(part, at, StringComparison.Ordinal);
                if (found < 0)
                {
                    all = false;
                    break;
                }

                at = found + part.Length;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every finding about quotations and citations in one prose block: a quotation that is not in the seeds, a
    /// headline cited without its full citation from articles.md, a publication given a date articles.md does not
    /// record for it.
    /// </summary>
    public static IEnumerable<string> Check(string where, string block, IReadOnlyDictionary<string, string> seeds, ArticleList articles, bool checkDates = true)
    {
        var quotations = InBlock(block, out var error);
        foreach (var quotation in quotations)
        {
            if (articles.Headlines.Contains(quotation))
            {
                if (!articles.Entries.Any(e => e.Headlines.Contains(quotation) && block.Contains(e.Citation, StringComparison.Ordinal)))
                {
                    yield return $"{where}: the headline \"{quotation}\" is cited without its full citation from docs/articles.md: {Excerpt(block)}";
                }
            }
            else if (!InSeeds(quotation, seeds))
            {
                yield return $"{where}: \"{quotation}\" is not found word for word in ../shared/seeds";
            }
        }

        if (error is not null)
        {
            yield return $"{where}: {error}: {Excerpt(block)}";
        }

        if (!checkDates)
        {
            yield break;
        }

        foreach (var (publication, date) in PublicationDates(block, articles))
        {
            if (!articles.Entries.Any(e => e.Publication == publication && e.Date.StartsWith(date, StringComparison.Ordinal)))
            {
                var recorded = string.Join(", ", articles.Entries.Where(e => e.Publication == publication).Select(e => e.Date));
                yield return $"{where}: {publication} is cited with the date {date}, which docs/articles.md does not record for it (recorded: {recorded}): {Excerpt(block)}";
            }
        }
    }

    /// <summary>
    /// (publication, ISO date) for each mention of a publication of articles.md followed in the same sentence by a
    /// date: "Reuters, 2017-06-23", "ZDNet (January 2015)".
    /// </summary>
    public static IEnumerable<(string Publication, string Date)> PublicationDates(string block, ArticleList articles)
    {
        foreach (var (name, publication) in articles.PublicationNames)
        {
            foreach (Match mention in Regex.Matches(block, @"(?<![\w])" + Regex.Escape(name) + @"(?![\w])", RegexOptions.CultureInvariant))
            {
                var rest = block[(mention.Index + mention.Length)..];
                var end = rest.IndexOfAny(['.', ';']);
                var window = rest[..Math.Min(end < 0 ? rest.Length : end, 100)];
                var date = FirstDate(window);
                if (date is not null)
                {
                    yield return (publication, date);
                }
            }
        }
    }

    private static string? FirstDate(string text)
    {
        var iso = IsoDate.Match(text);
        var word = WordDate.Match(text);
        if (!iso.Success && !word.Success)
        {
            return null;
        }

        if (iso.Success && (!word.Success || iso.Index < word.Index))
        {
            return iso.Value;
        }

        var month = DateTime.ParseExact(word.Groups[2].Value, "MMMM", CultureInfo.InvariantCulture).Month;
        var value = $"{word.Groups[3].Value}-{month:00}";
        return word.Groups[1].Success ? $"{value}-{int.Parse(word.Groups[1].Value, CultureInfo.InvariantCulture):00}" : value;
    }

    private static string Excerpt(string block) => block.Length <= 160 ? block : block[..160] + "…";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SourceExposure.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SourceExposure.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One row of docs/articles.md: the citation form the pages must use and its parts.</summary>
internal sealed record Article(string Key, string Citation, string Publication, string Date, IReadOnlyList<string> Headlines, string Url);

/// <summary>The citations recorded in docs/articles.md (both tables: the seed articles and the other reports).</summary>
internal sealed class ArticleList
{
    private static readonly Regex Row = new(@"^\| (?<key>[a-z][a-z0-9-]*) \| (?<cite>[^|]+?) \|", RegexOptions.CultureInvariant);
    private static readonly Regex Headline = new("\"([^\"]+)\"", RegexOptions.CultureInvariant);
    private static readonly Regex CitationParts = new(@"^(?<pub>[^,]+), .*?, (?<date>\d{4}-\d{2}(?:-\d{2})?)\b[^<]*?\. <(?<url>[^>]+)>$", RegexOptions.CultureInvariant);

    private ArticleList(IReadOnlyList<Article> entries)
    {
        Entries = entries;
        Headlines = entries.SelectMany(e => e.Headlines).ToHashSet(StringComparer.Ordinal);
        var names = entries.Select(e => e.Publication).Distinct().Select(p => (Name: p, Publication: p)).ToList();
        if (names.Any(n => n.Publication == "The Wall Street Journal"))
        {
            names.Add(("WSJ", "The Wall Street Journal"));
        }

        if (names.Any(n => n.Publication == "The New York Times"))
        {
            names.Add(("NYT", "The New York Times"));
        }

        if (names.Any(n => n.Publication == "Nikkei Asian Review"))
        {
            names.Add(("Nikkei", "Nikkei Asian Review"));
        }

        PublicationNames = names.OrderByDescending(n => n.Name.Length).ToList();
    }

    public IReadOnlyList<Article> Entries { get; }

    public IReadOnlySet<string> Headlines { get; }

    /// <summary>(name as written, publication) pairs, longest name first; abbreviations WSJ, NYT and Nikkei included.</summary>
    public IReadOnlyList<(string Name, string Publication)> PublicationNames { get; }

    public static ArticleList Load(string path)
    {
        var entries = new List<Article>();
        foreach (var line in File.ReadAllLines(path))
        {
            var row = Row.Match(line);
            if (!row.Success || row.Groups["key"].Value == "key")
            {
                continue;
            }

            var citation = row.Groups["cite"].Value.Trim();
            var parts = CitationParts.Match(citation);
            if (!parts.Success)
            {
                throw new InvalidOperationException($"docs/articles.md: '{citation}' is not 'Publication, authors, \"Headline\", YYYY-MM[-DD] …. <URL>'");
            }

            var headlines = Headline.Matches(citation).Select(m => m.Groups[1].Value).ToList();
            var beforeUrl = citation[..citation.LastIndexOf(". <", StringComparison.Ordinal)];
            entries.Add(new Article(row.Groups["key"].Value, beforeUrl, parts.Groups["pub"].Value, parts.Groups["date"].Value, headlines, parts.Groups["url"].Value));
        }

        if (entries.Count == 0)
        {
            throw new InvalidOperationException("docs/articles.md lists no citations");
        }

        return new ArticleList(entries);
    }
}
