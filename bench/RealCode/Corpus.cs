// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SourceExposure.RealCode;

/// <summary>One public repository of the corpus, pinned by commit.</summary>
internal sealed record CorpusRepo(
    [property: JsonPropertyName("repo")] string Repo,
    [property: JsonPropertyName("commit")] string Commit,
    [property: JsonPropertyName("domain")] string Domain,
    [property: JsonPropertyName("chinaFacing")] bool ChinaFacing,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("paths")] IReadOnlyList<string>? Paths)
{
    /// <summary>File-name-safe id, as the findings files are named: <c>owner+name</c>.</summary>
    public string Slug => Repo.Replace('/', '+');
}

/// <summary>The manifest (corpus.json) and the local copies of its repositories.</summary>
internal sealed class Corpus
{
    private Corpus(string home, IReadOnlyList<CorpusRepo> repos)
    {
        Home = home;
        Repos = repos;
    }

    /// <summary>bench/RealCode: manifest, triage and findings live here.</summary>
    public string Home { get; }

    public IReadOnlyList<CorpusRepo> Repos { get; }

    /// <summary>Where the sources are unpacked (not checked in): <c>SOURCE_EXPOSURE_CORPUS_WORK</c> or bench/RealCode/.work.</summary>
    public string WorkFolder => Environment.GetEnvironmentVariable("SOURCE_EXPOSURE_CORPUS_WORK") is { Length: > 0 } work ? work : Path.Combine(Home, ".work");

    public string FindingsFolder => Path.Combine(Home, "findings");

    public static Corpus Load(string home)
    {
        var manifest = Path.Combine(home, "corpus.json");
        using var stream = File.OpenRead(manifest);
        using var document = JsonDocument.Parse(stream);
        var repos = document.RootElement.GetProperty("repositories").Deserialize<List<CorpusRepo>>()
            ?? throw new InvalidDataException($"{manifest}: no repositories");
        return new Corpus(home, repos);
    }

    public CorpusRepo Find(string name)
        => Repos.FirstOrDefault(r => string.Equals(r.Repo, name, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Slug, name, StringComparison.OrdinalIgnoreCase)
                                     || string.Equals(r.Repo.Split('/')[1], name, StringComparison.OrdinalIgnoreCase))
           ?? throw new ArgumentException($"'{name}' is not in corpus.json");

    /// <summary>
    /// The repository's sources at the pinned commit, unpacked under <see cref="WorkFolder"/>. Taken from a local bare
    /// copy when one exists (<c>SOURCE_EXPOSURE_CORPUS_GIT/owner+name/repo</c>, default /work/.mirror, as the
    /// session's fetch tool leaves them), otherwise cloned from GitHub. Reused while the pinned commit is unchanged.
    /// </summary>
    public string Materialize(CorpusRepo repo)
    {
        var target = Path.Combine(WorkFolder, repo.Slug);
        var stamp = Path.Combine(target, ".corpus-commit");
        var wanted = repo.Commit + " " + string.Join(",", repo.Paths ?? []);
        if (File.Exists(stamp) && File.ReadAllText(stamp).Trim() == wanted)
        {
            return target;
        }

        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(target);
        var gitDir = LocalGitDir(repo) ?? Clone(repo);
        var archive = Path.Combine(WorkFolder, repo.Slug + ".tar");
        var arguments = new List<string> { "--git-dir", gitDir, "archive", "--format=tar", "-o", archive, repo.Commit, "--" };
        arguments.AddRange(repo.Paths is { Count: > 0 } paths ? paths : ["."]);
        // Snapshots may lack their largest blobs; none of them is source, so leave them out rather than fail.
        arguments.AddRange(MissingBlobs(gitDir, repo.Commit).Select(p => ":(exclude,literal)" + p));

        Run("git", arguments);
        Run("tar", ["-xf", archive, "-C", target]);
        File.Delete(archive);
        File.WriteAllText(stamp, wanted);
        return target;
    }

    private static IEnumerable<string> MissingBlobs(string gitDir, string commit)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--git-dir", gitDir, "ls-tree", "-r", "-z", "--format=%(objectname) %(path)", commit })
        {
            start.ArgumentList.Add(argument);
        }

        using var list = Process.Start(start)!;
        var entries = list.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        list.WaitForExit();

        var check = new ProcessStartInfo("git") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--git-dir", gitDir, "cat-file", "--batch-check" })
        {
            check.ArgumentList.Add(argument);
        }

        using var batch = Process.Start(check)!;
        var output = batch.StandardOutput.ReadToEndAsync();
        foreach (var entry in entries)
        {
            batch.StandardInput.WriteLine(entry[..entry.IndexOf(' ')]);
        }

        batch.StandardInput.Close();
        var answers = output.Result.Split('\n');
        batch.WaitForExit();
        for (var i = 0; i < entries.Length && i < answers.Length; i++)
        {
            if (answers[i].EndsWith(" missing", StringComparison.Ordinal))
            {
                yield return entries[i][(entries[i].IndexOf(' ') + 1)..];
            }
        }
    }

    private static string? LocalGitDir(CorpusRepo repo)
    {
        var root = Environment.GetEnvironmentVariable("SOURCE_EXPOSURE_CORPUS_GIT") is { Length: > 0 } configured ? configured : "/work/.mirror";
        foreach (var candidate in new[] { Path.Combine(root, repo.Slug, "repo"), Path.Combine(root, repo.Slug + ".git"), Path.Combine(root, repo.Slug) })
        {
            if (Directory.Exists(candidate) && TryRun("git", ["--git-dir", candidate, "cat-file", "-e", repo.Commit + "^{commit}"]))
            {
                return candidate;
            }
        }

        return null;
    }

    private string Clone(CorpusRepo repo)
    {
        var gitDir = Path.Combine(WorkFolder, "git", repo.Slug + ".git");
        if (!Directory.Exists(gitDir))
        {
            Console.Error.WriteLine($"cloning https://github.com/{repo.Repo} (no local copy)");
            Run("git", ["clone", "--bare", "--filter=blob:none", $"https://github.com/{repo.Repo}.git", gitDir]);
        }

        if (!TryRun("git", ["--git-dir", gitDir, "cat-file", "-e", repo.Commit + "^{commit}"]))
        {
            Run("git", ["--git-dir", gitDir, "fetch", "origin", repo.Commit]);
        }

        return gitDir;
    }

    private static void Run(string file, IReadOnlyList<string> arguments)
    {
        if (!TryRun(file, arguments, out var error))
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {error}");
        }
    }

    private static bool TryRun(string file, IReadOnlyList<string> arguments) => TryRun(file, arguments, out _);

    private static bool TryRun(string file, IReadOnlyList<string> arguments, out string error)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        error = stderr.Result.Trim();
        return process.ExitCode == 0;
    }
}
