// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SourceExposure.Tests.Corpora;

namespace SourceExposure.Tests.Robustness;

/// <summary>
/// Secrets never leave in full. A corpus of every supported secret format (SecretTokenCorpus) and every private-key
/// envelope, each written in several contexts (a credential-named field, a comment, a credential API, a connection
/// string, a URI, appsettings.json), is scanned by every analyzer; no diagnostic message, property key or value,
/// rendered diagnostic or code-fix title may contain a secret value in full, nor its tail past the shown prefix.
/// </summary>
public sealed class RedactionTests
{
    private static readonly Lazy<Scan> Result = new(() => RunScanAsync().GetAwaiter().GetResult());

    [Fact]
    public void DiagnosticMessagesAndProperties_ContainNoSecretValue()
    {
        var scan = Result.Value;
        var leaks = new List<string>();
        foreach (var diagnostic in scan.Diagnostics)
        {
            var outputs = new List<(string Where, string Text)>
            {
                ("message", diagnostic.GetMessage(CultureInfo.InvariantCulture)),
                ("message (current culture)", diagnostic.GetMessage(CultureInfo.CurrentCulture)),
                ("rendered diagnostic", diagnostic.ToString()),
            };
            outputs.AddRange(diagnostic.Properties.Select(p => ($"property {p.Key}", p.Key + "=" + p.Value)));
            foreach (var (where, text) in outputs)
            {
                leaks.AddRange(Leaks(text, scan.Secrets).Select(secret => $"{diagnostic.Id} {where} holds secret {secret.Name}: {text}"));
            }
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(30)));
    }

    [Fact]
    public void CodeFixTitlesAndKeys_ContainNoSecretValue()
    {
        var scan = Result.Value;
        var leaks = scan.FixTitles.SelectMany(title => Leaks(title, scan.Secrets).Select(secret => $"code action '{title}' holds secret {secret.Name}")).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(30)));
    }

    /// <summary>Without findings the checks above prove nothing: nearly every secret must be reported somewhere.</summary>
    [Fact]
    public void Corpus_NearlyEverySecretIsReported()
    {
        var scan = Result.Value;
        var missed = scan.Secrets.Where(s => !scan.Diagnostics.Any(d => d.Location.SourceTree?.FilePath.EndsWith("_" + s.File + ".cs", StringComparison.Ordinal) == true)).Select(s => s.Name).ToList();
        Assert.True(missed.Count * 10 <= scan.Secrets.Count, $"{missed.Count} of {scan.Secrets.Count} secrets were not reported at all: {string.Join(", ", missed)}");
        Assert.All(scan.Secrets.Where(s => s.Name.StartsWith("key:", StringComparison.Ordinal)), s => Assert.DoesNotContain(s.Name, missed));
    }

    /// <summary>
    /// The scanner's console output, SARIF and HTML report hold no secret either. Runs the CLI built beside these tests
    /// (src/SourceExposure.Cli/bin/&lt;this configuration&gt;/net10.0/SourceExposure.Cli.dll; the test project references
    /// the CLI project for build order) over the same corpus written to a folder. A missing CLI build fails the test:
    /// a check that did not run must not pass.
    /// </summary>
    [Fact]
    public async Task CliConsoleSarifAndHtml_ContainNoSecretValue()
    {
        var cli = LocateCli();
        Assert.True(cli.Exists, $"The CLI build this test checks is missing: {cli.FullName}. Build the solution first (dotnet test SourceExposure.sln does), or set SOURCE_EXPOSURE_CLI_DLL.");

        var (sources, additional, secrets) = BuildCorpus();
        var folder = Directory.CreateTempSubdirectory("se-redaction-");
        try
        {
            foreach (var (name, text) in sources.Concat(additional))
            {
                File.WriteAllText(Path.Combine(folder.FullName, name.EndsWith(".json", StringComparison.Ordinal) ? name : name + ".cs"), text);
            }

            var sarif = Path.Combine(folder.FullName, "out.sarif");
            var html = Path.Combine(folder.FullName, "out.html");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder.FullName };
            foreach (var argument in new[] { cli.FullName, "scan", folder.FullName, "--no-msbuild", "--fail-on", "none", "--sarif", sarif, "--html", html })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            var outputs = new List<(string Where, string Text)>
            {
                ("console", await stdout + await stderr),
                ("SARIF", File.Exists(sarif) ? JsonStrings(File.ReadAllText(sarif)) : ""),
                ("HTML", File.Exists(html) ? WebUtility.HtmlDecode(File.ReadAllText(html)) : ""),
            };
            Assert.True(File.Exists(sarif) && File.Exists(html), $"The CLI wrote no reports (exit {process.ExitCode}): {outputs[0].Text}");
            Assert.Contains("\"ruleId\": \"SE1002\"", File.ReadAllText(sarif).Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
            var leaks = outputs.SelectMany(o => Leaks(o.Text, secrets).Select(secret => $"{o.Where} holds secret {secret.Name}")).ToList();
            Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(30)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The locator names the configuration these tests were built in, never another one's stale output.</summary>
    [Fact]
    public void CliLocation_IsTheBuildOfThisConfiguration()
    {
        if (Environment.GetEnvironmentVariable("SOURCE_EXPOSURE_CLI_DLL") is { Length: > 0 })
        {
            return;
        }

        var path = LocateCli().FullName.Replace('\\', '/');
        Assert.EndsWith($"/src/SourceExposure.Cli/bin/{TestConfiguration()}/net10.0/SourceExposure.Cli.dll", path, StringComparison.Ordinal);
    }

    /// <summary>The CLI dll to run: SOURCE_EXPOSURE_CLI_DLL when set, else the one built in this test build's configuration.</summary>
    internal static FileInfo LocateCli()
        => Environment.GetEnvironmentVariable("SOURCE_EXPOSURE_CLI_DLL") is { Length: > 0 } overridden
            ? new FileInfo(overridden)
            : new FileInfo(Path.Combine(RobustnessHost.RepositoryRoot, "src", "SourceExposure.Cli", "bin", TestConfiguration(), "net10.0", "SourceExposure.Cli.dll"));

    // tests/SourceExposure.Tests/bin/<Configuration>/net10.0/: the folder above the target framework.
    private static string TestConfiguration()
        => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)).Parent!.Name;

    /// <summary>Every string of a JSON document, unescaped (a '+' written as \u002B must still count).</summary>
    private static string JsonStrings(string json)
    {
        var builder = new StringBuilder();
        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        builder.Append(property.Name).Append('\n');
                        Walk(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
                case JsonValueKind.String:
                    builder.Append(element.GetString()).Append('\n');
                    break;
            }
        }

        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement);
        return builder.ToString();
    }

    [Fact]
    public void LeakCheck_FindsFullValuesAndTails()
    {
        var secret = new Secret("test", "f.cs", ["abcdEFGHijklMNOPqrst", "EFGHijklMNOPqrst"]);
        Assert.NotEmpty(Leaks("value abcdEFGHijklMNOPqrst here", [secret]));
        Assert.NotEmpty(Leaks("tail EFGHijklMNOPqrst", [secret]));
        Assert.Empty(Leaks("shown abcd…", [secret]));
    }

    /// <summary>Checks any text (a message, a report, console output) for every secret value.</summary>
    internal static IEnumerable<Secret> Leaks(string text, IEnumerable<Secret> secrets)
        => secrets.Where(s => s.Forbidden.Any(f => text.Contains(f, StringComparison.Ordinal)));

    /// <summary>A secret planted in the corpus: the strings no output may contain (the value, its tail, key body lines).</summary>
    internal sealed record Secret(string Name, string File, IReadOnlyList<string> Forbidden);

    private sealed record Scan(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Secret> Secrets, IReadOnlyList<string> FixTitles);

    /// <summary>The value in full and, past the four characters redaction may show, its tail.</summary>
    private static List<string> ForbiddenParts(string value)
    {
        var parts = new List<string> { value };
        if (value.Length >= 12)
        {
            parts.Add(value.Substring(4));
        }

        return parts;
    }

    private static (List<(string Name, string Text)> Sources, List<(string Name, string Text)> Additional, List<Secret> Secrets) BuildCorpus()
    {
        var sources = new List<(string Name, string Text)>();
        var secrets = new List<Secret>();
        var json = new StringBuilder("{\n  \"Secrets\": {\n");
        var index = 0;
        foreach (var (format, token) in SecretTokenCorpus.All())
        {
            var file = string.Create(CultureInfo.InvariantCulture, $"Token{index}");
            var embedded = Escape(SecretTokenCorpus.Embed(format, token));
            var name = SecretTokenCorpus.NameFor(format);
            var text = $$"""
                namespace Corpus{{index}};
                public sealed class Holder
                {
                    // Copied from the console for now: {{embedded}}
                    private const string {{name}} = "{{embedded}}";
                    public string Credential() => new System.Net.NetworkCredential("svc", "{{Escape(token)}}").Password;
                    public string Connection = "Server=db.internal;User Id=svc;Password={{Escape(token)}};";
                    public string Uri = "https://svc:{{Escape(token)}}@api.example.com/v1";
                    public string Header() => new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "{{Escape(token)}}").ToString() + {{name}};
                }
                """;
            sources.Add((file, text));
            secrets.Add(new Secret($"{format}#{index}", file, ForbiddenParts(token)));
            json.Append(CultureInfo.InvariantCulture, $"    \"{format}{index}\": \"{Escape(token)}\",\n");
            index++;
        }

        foreach (var (kind, key, body) in PrivateKeys())
        {
            var file = string.Create(CultureInfo.InvariantCulture, $"Key{index++}");
            var escaped = key.Replace("\n", "\\n", StringComparison.Ordinal);
            var commented = string.Join("\n", key.Split('\n').Select(l => "// " + l));
            var text = $$"""
                public static class Keys
                {
                    public const string Literal = "{{escaped}}";
                {{commented}}
                    public const string Verbatim = @"{{key}}";
                }
                """;
            sources.Add((file, text));
            var forbidden = ForbiddenParts(body);
            forbidden.AddRange(key.Split('\n').Where(l => l.Length >= 16 && body.Contains(l, StringComparison.Ordinal)));
            secrets.Add(new Secret("key:" + kind, file, forbidden));
        }

        json.Append("    \"End\": \"\"\n  }\n}\n");
        return (sources, [("appsettings.json", json.ToString())], secrets);
    }

    /// <summary>One key per envelope SE1002 documents: PEM labels, OpenSSH, PGP, PuTTY and a base64 PKCS#12 blob.</summary>
    private static IEnumerable<(string Kind, string Key, string Body)> PrivateKeys()
    {
        var random = new Random(97);
        foreach (var label in new[] { "RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "PRIVATE KEY", "PGP PRIVATE KEY BLOCK" })
        {
            var lines = Enumerable.Range(0, 10).Select(_ => OddSyntax.Draw(random, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")).ToList();
            var key = "-----BEGIN " + label + "-----\n" + string.Join("\n", lines) + "\n-----END " + label + "-----";
            yield return (label, key, string.Concat(lines));
        }

        var putty = Enumerable.Range(0, 8).Select(_ => OddSyntax.Draw(random, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")).ToList();
        yield return ("PuTTY", "PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAAAgQ\nPrivate-Lines: 8\n" + string.Join("\n", putty) + "\nPrivate-MAC: " + OddSyntax.Draw(random, 64, "0123456789abcdef"), string.Concat(putty));

        // PFX: DER SEQUENCE (30 82 len len) whose first field is INTEGER 3 (02 01 03), then a SEQUENCE (30 82 …).
        var der = new byte[900];
        random.NextBytes(der);
        new byte[] { 0x30, 0x82, 0x03, 0x80, 0x02, 0x01, 0x03, 0x30, 0x82 }.CopyTo(der, 0);
        var pfx = Convert.ToBase64String(der);
        yield return ("PKCS#12", pfx, pfx);
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static async Task<Scan> RunScanAsync()
    {
        var (sources, additional, secrets) = BuildCorpus();
        var project = RobustnessHost.CreateProject(sources, out var workspace, additional);
        using (workspace)
        {
            var (all, exceptions) = await RobustnessHost.AnalyzeAsync(project, concurrent: true, CancellationToken.None);
            Assert.Empty(exceptions);
            var diagnostics = all.Where(d => RobustnessHost.AnalyzerIds.Contains(d.Id)).ToList();
            var titles = new List<string>();
            foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree);
                if (document is null)
                {
                    continue;
                }

                foreach (var fix in RobustnessHost.CodeFixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var actions = new List<CodeAction>();
                    await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    for (var i = 0; i < actions.Count; i++)
                    {
                        titles.Add(actions[i].Title + " [" + actions[i].EquivalenceKey + "]");
                        actions.AddRange(actions[i].NestedActions);
                    }
                }
            }

            return new Scan(diagnostics, secrets, titles);
        }
    }
}
