// SPDX-License-Identifier: MIT
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers;

namespace SourceExposure.Tests.Robustness;

/// <summary>
/// No input can hang a build: every regular expression the analyzers hold has a match timeout (found by reflection over
/// static fields, analyzer and code-fix instances, and the objects they reach), no source constructs a Regex or calls a
/// static Regex method without one, every pattern reads a bounded number of characters per attempt, and on adversarial
/// inputs (long runs of near-matching characters) the positions at which patterns are tried, counted by
/// <see cref="UserTextRegex"/>, grow linearly in every detection engine and every analyzer. No clock is read: timing
/// lives in bench/ (AdversarialInputBenchmarks), where a busy machine cannot fail a build.
/// </summary>
public sealed class RegexSafetyTests
{
    private static readonly Assembly AnalyzerAssembly = typeof(SourceExposure.Analyzers.SourceExposureAnalyzer).Assembly;

    [Fact]
    public void EveryReachableRegex_HasAMatchTimeout()
    {
        var found = ReachableRegexes();
        var infinite = found.Where(r => r.Regex.MatchTimeout == Regex.InfiniteMatchTimeout).Select(r => $"{r.Where}: /{r.Regex}/").ToList();
        Assert.True(infinite.Count == 0, "Regexes without a match timeout (construct them with RegexTimeouts.UserText):\n" + string.Join("\n", infinite));
    }

    [Fact]
    public void NoSource_ConstructsOrCallsRegexWithoutATimeout()
    {
        var offenders = new List<string>();
        foreach (var project in new[] { "SourceExposure.Analyzers", "SourceExposure.CodeFixes" })
        {
            var folder = Path.Combine(RobustnessHost.RepositoryRoot, "src", project);
            foreach (var path in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(p => !p.Replace('\\', '/').Contains("/obj/", StringComparison.Ordinal)))
            {
                offenders.AddRange(RegexUsesWithoutTimeout(File.ReadAllText(path)).Select(o => $"{Path.GetRelativePath(RobustnessHost.RepositoryRoot, path)}({o}"));
            }
        }

        Assert.True(offenders.Count == 0, "Regex use without a match timeout:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void SourceCheck_FindsRegexUsesWithoutTimeout()
    {
        const string source = """
            using System;
            using System.Text.RegularExpressions;
            static class Uses
            {
                static readonly Regex A = new Regex("a+");
                static readonly Regex B = new("b+", RegexOptions.None);
                static readonly Regex C = new Regex("c+", RegexOptions.None, TimeSpan.FromSeconds(1));
                static bool D(string s) => Regex.IsMatch(s, "d+");
                static bool E(string s) => System.Text.RegularExpressions.Regex.IsMatch(s, "e+", RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            """;
        Assert.Equal(3, RegexUsesWithoutTimeout(source).Count());
    }

    [Fact]
    public void Collector_FindsRegexesInTablesTuplesAndLists()
    {
        var found = new List<(string, Regex)>();
        var table = new (string Kind, Regex Pattern)[] { ("a", new Regex("a", RegexOptions.None, TimeSpan.FromSeconds(1))), ("b", new Regex("b")) };
        Collect(new object[] { table, new List<Regex> { new("c") } }, "roots", found, new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);
        Assert.Equal(3, found.Count);
        Assert.Equal(2, found.Count(f => f.Item2.MatchTimeout == Regex.InfiniteMatchTimeout));
    }

    private static IEnumerable<string> RegexUsesWithoutTimeout(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, RobustnessHost.ParseOptions).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            switch (node)
            {
                // new Regex(pattern) or new Regex(pattern, options): no timeout argument.
                case BaseObjectCreationExpressionSyntax creation when IsRegexCreation(creation) && (creation.ArgumentList?.Arguments.Count ?? 0) < 3:
                    yield return $"{line}): {creation}";
                    break;

                // Regex.IsMatch(input, pattern[, options]) and friends: the static overloads without a TimeSpan.
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Regex" } or QualifiedNameSyntax { Right.Identifier.ValueText: "Regex" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Regex" } } member } invocation
                    when member.Name.Identifier.ValueText is "IsMatch" or "Match" or "Matches" or "Replace" or "Split" or "Count" or "EnumerateMatches"
                        && invocation.ArgumentList.Arguments.Count < (member.Name.Identifier.ValueText == "Replace" ? 5 : 4):
                    yield return $"{line}): {invocation}";
                    break;
            }
        }
    }

    /// <summary>
    /// Every built-in pattern reads a bounded number of characters per attempt (no <c>*</c>, <c>+</c> or <c>{n,}</c>),
    /// so its work is the number of positions tried times a constant: what the counting tests below measure.
    /// </summary>
    [Fact]
    public void EveryReachableRegex_IsBounded()
    {
        var unbounded = ReachableRegexes()
            .Select(r => (r.Where, Pattern: r.Regex.ToString(), Width: PatternWidth.MaxWidth(r.Regex.ToString())))
            .Where(r => r.Width is null or > MaxWidthPerAttempt)
            .Select(r => $"{r.Where}: /{r.Pattern}/ reads {(r.Width is null ? "an unbounded run" : r.Width + " characters")} per attempt")
            .ToList();
        Assert.True(unbounded.Count == 0, "Patterns to bound ({0,63} rather than + or *):\n" + string.Join("\n", unbounded));
    }

    [Theory]
    [InlineData("a+", null)]
    [InlineData("a*b", null)]
    [InlineData("a{3,}", null)]
    [InlineData(@"\Gab{0,5}", 6)]
    [InlineData(@"(?i)(?<k>x|yz){1,3}\k<k>", 8)]
    [InlineData(@"[a-z\]+]{2}(?=c{0,4})", 6)]
    [InlineData(@"(?<![\w.-])(?:ab\.){1,10}(?:corp|local)", 36)]
    [InlineData(@"x(?:y+)?", null)]
    public void PatternWidth_CountsTheMostCharactersOneAttemptReads(string pattern, int? expected)
        => Assert.Equal(expected, PatternWidth.MaxWidth(pattern));

    /// <summary>
    /// Static methods of the detection engines (<c>*.Detection</c> namespaces and the shared helpers) that take one
    /// string, optionally with out parameters, are called with adversarial text: no exception, and the positions at
    /// which their patterns are tried grow linearly (4n against n), counted, not timed.
    /// </summary>
    [Fact]
    public void DetectionEngines_AdversarialInput_NoExceptionAndLinearRegexWork()
    {
        var methods = DetectionMethods().ToList();
        Assert.Contains(methods, m => m.DeclaringType!.Name == "PrivateKeyMaterial" && m.Name == "TryFind");
        var problems = new List<string>();
        long total = 0;
        foreach (var method in methods)
        {
            foreach (var (name, make) in Adversarial())
            {
                try
                {
                    var small = CountedWork.Positions(() => Invoke(method, make(SmallSize)));
                    var large = CountedWork.Positions(() => Invoke(method, make(4 * SmallSize)));
                    total += large;
                    if (!CountedWork.GrowsLinearly(small, large))
                    {
                        problems.Add($"{method.DeclaringType!.FullName}.{method.Name} on {name}: {small} positions at n, {large} at 4n");
                    }
                }
                catch (TargetInvocationException e)
                {
                    problems.Add($"{method.DeclaringType!.FullName}.{method.Name} on {name} threw {e.InnerException}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(total > 0, "no pattern was tried: the counter is not wired");
    }

    [Fact]
    public async Task EveryAnalyzer_AdversarialDocument_NoExceptionAndLinearRegexWork()
    {
        var problems = new List<string>();
        long total = 0;
        foreach (var (name, make) in Adversarial())
        {
            var small = await AnalyzeCountingAsync(name, make(SmallSize));
            var large = await AnalyzeCountingAsync(name, make(4 * SmallSize));
            total += large.Positions;
            if (!CountedWork.GrowsLinearly(small.Positions, large.Positions))
            {
                problems.Add($"{name}: {small.Positions} positions at n, {large.Positions} at 4n");
            }

            problems.AddRange(small.Exceptions.Concat(large.Exceptions).Select(e => $"{name}: {e}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(total > 0, "no pattern was tried: the counter does not follow the analyzer driver");
    }

    /// <summary>A quadratic routine fails the growth check; a linear one passes (the check itself is not vacuous).</summary>
    [Fact]
    public void GrowthCheck_TellsLinearFromQuadratic()
    {
        var anyChar = new Regex("(?s).", RegexOptions.None, TimeSpan.FromSeconds(1));
        long Linear(string text) => CountedWork.Positions(() =>
        {
            for (var m = UserTextRegex.Match(anyChar, text, 0); m.Success; m = UserTextRegex.Next(anyChar, m, text.Length))
            {
            }
        });
        long Quadratic(string text) => CountedWork.Positions(() =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                _ = UserTextRegex.Match(new Regex("z", RegexOptions.None, TimeSpan.FromSeconds(1)), text, i);
            }
        });

        Assert.True(CountedWork.GrowsLinearly(Linear(new string('a', 1000)), Linear(new string('a', 4000))));
        Assert.False(CountedWork.GrowsLinearly(Quadratic(new string('a', 1000)), Quadratic(new string('a', 4000))));
    }

    private static bool IsRegexCreation(BaseObjectCreationExpressionSyntax creation) => creation switch
    {
        ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.ValueText: "Regex" } } => true,
        ObjectCreationExpressionSyntax { Type: QualifiedNameSyntax { Right.Identifier.ValueText: "Regex" } } => true,
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.Parent?.Parent?.Parent is VariableDeclarationSyntax { Type: var type } && type.ToString().EndsWith("Regex", StringComparison.Ordinal)
            || implicitCreation.Parent?.Parent is PropertyDeclarationSyntax { Type: var propertyType } && propertyType.ToString().EndsWith("Regex", StringComparison.Ordinal),
        _ => false,
    };

    // Sizes for the counting tests: the counts are exact, so small inputs suffice (a quadratic routine gives 16x).
    private const int SmallSize = 5_000;

    // Patterns longer per attempt than this are unbounded in all but name; the longest bounded one is the JWT format
    // (an 8 KiB payload), and it is tried only where its anchor sits.
    private const int MaxWidthPerAttempt = 16_384;

    /// <summary>Long runs of characters that nearly match token prefixes, key envelopes, base64 bodies and nesting.</summary>
    private static IEnumerable<(string Name, Func<int, string> Make)> Adversarial()
    {
        yield return ("'a' run", n => new string('a', n));
        yield return ("'A1' run", n => Repeat("A1", n));
        yield return ("'ghp_' repeated", n => Repeat("gh" + "p_", n));
        yield return ("'AKIA' repeated", n => Repeat("AK" + "IA", n));
        yield return ("'sk-' repeated", n => Repeat("sk-", n));
        yield return ("'xox' repeated", n => Repeat("xo" + "xb-", n));
        yield return ("'eyJ' JWT-like run", n => Repeat("eyJhbGciOi.", n));
        yield return ("'-----BEGIN ' repeated", n => Repeat("-----BEGIN ", n));
        yield return ("PEM header and an endless body", n => "-----BEGIN " + "RSA PRIVATE KEY-----\\n" + Base64(n));
        yield return ("'MII' run", n => Repeat("MII", n));
        yield return ("base64 run", Base64);
        yield return ("'((((' run", n => new string('(', n));
        yield return ("'Password=' repeated", n => Repeat("Password=", n));
        yield return ("'a:b@' userinfo run", n => "https://" + Repeat("a:b@", n));
        yield return ("'http://' repeated", n => Repeat("http://", n));
        yield return ("dotted host run", n => Repeat("a.", n));
        yield return ("digits and dots", n => Repeat("10.0.", n));
        yield return ("'=' run", n => new string('=', n));
        yield return ("whitespace-separated words", n => Repeat("token ", n));
        yield return ("hex run", n => Repeat("0123456789abcdef", n));
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    private static string Base64(int length) => OddSyntax.Draw(new Random(17), length, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    private static void Invoke(MethodInfo method, string input)
    {
        var parameters = method.GetParameters();
        var arguments = new object?[parameters.Length];
        arguments[0] = input;
        _ = method.Invoke(null, arguments);
    }

    private static async Task<(long Positions, List<string> Exceptions)> AnalyzeCountingAsync(string name, string payload)
    {
        // The payload as a literal, a verbatim literal and a comment; no quote or backslash-free payload breaks out of them.
        var text = "class Adversarial\n{\n    const string A = \"" + payload + "\";\n    const string B = @\"" + payload.Replace("\"", "\"\"", StringComparison.Ordinal) + "\";\n    // " + payload + "\n    /* " + payload.Replace("*/", "* /", StringComparison.Ordinal) + " */\n}\n";
        var project = RobustnessHost.CreateProject([(name, text)], out var workspace);
        using (workspace)
        {
            _ = await project.GetCompilationAsync();
            var counter = new WorkCounter();
            UserTextRegex.Counter = counter;
            try
            {
                var (_, thrown) = await RobustnessHost.AnalyzeAsync(project, concurrent: false, CancellationToken.None);
                return (counter.Positions, thrown.ToList());
            }
            finally
            {
                UserTextRegex.Counter = null;
            }
        }
    }

    private static IEnumerable<MethodInfo> DetectionMethods()
    {
        foreach (var type in AnalyzerAssembly.GetTypes())
        {
            var inDetection = type.Namespace?.EndsWith(".Detection", StringComparison.Ordinal) == true || type.Namespace?.EndsWith(".Shared", StringComparison.Ordinal) == true;
            var sharedHelper = type.Name is "Entropy" or "Placeholders" or "Redaction";
            if (!(inDetection || sharedHelper) || type.IsGenericTypeDefinition || type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            {
                continue;
            }

            foreach (var method in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var parameters = method.GetParameters();
                if (method.IsGenericMethodDefinition || method.IsSpecialName || method.Name.Contains('<', StringComparison.Ordinal)
                    || parameters.Length == 0 || parameters[0].ParameterType != typeof(string)
                    || parameters.Skip(1).Any(p => !p.IsOut))
                {
                    continue;
                }

                yield return method;
            }
        }
    }

    /// <summary>Every Regex reachable from static fields of the analyzer and code-fix assemblies and from analyzer and code-fix instances.</summary>
    private static List<(string Where, Regex Regex)> ReachableRegexes()
    {
        var found = new List<(string, Regex)>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var assembly in new[] { AnalyzerAssembly, typeof(SourceExposure.CodeFixes.SourceExposureCodeFix).Assembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
            {
                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.IsLiteral)
                    {
                        continue;
                    }

                    object? value;
                    try
                    {
                        value = field.GetValue(null);
                    }
                    catch (TypeInitializationException e)
                    {
                        throw new InvalidOperationException($"The static constructor of {type.FullName} throws; analyzers would crash.", e);
                    }

                    Collect(value, $"{type.FullName}.{field.Name}", found, visited, depth: 0);
                }
            }
        }

        foreach (var instance in RobustnessHost.Analyzers.Cast<object>().Concat(RobustnessHost.CodeFixes))
        {
            Collect(instance, instance.GetType().FullName!, found, visited, depth: 0);
        }

        return found;
    }

    internal static void Collect(object? value, string where, List<(string, Regex)> found, HashSet<object> visited, int depth)
    {
        if (value is null || depth > 6 || value is string || value.GetType().IsPrimitive || value is Pointer)
        {
            return;
        }

        if (value is Regex regex)
        {
            if (visited.Add(regex))
            {
                found.Add((where, regex));
            }

            return;
        }

        var type = value.GetType();
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence and not Microsoft.CodeAnalysis.SyntaxNode)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Collect(item, $"{where}[{index++}]", found, visited, depth + 1);
                if (index > 10_000)
                {
                    break;
                }
            }

            return;
        }

        // Tuples and the assemblies' own types (tables of patterns, detectors): look inside their fields.
        var ours = type.Assembly == AnalyzerAssembly || type.Assembly == typeof(SourceExposure.CodeFixes.SourceExposureCodeFix).Assembly;
        if (ours || (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal)) || (type.IsGenericType && type.FullName!.StartsWith("System.Tuple", StringComparison.Ordinal)) || type.FullName!.StartsWith("System.Lazy", StringComparison.Ordinal))
        {
            if (value is Lazy<Regex> lazy)
            {
                Collect(lazy.Value, where + ".Value", found, visited, depth + 1);
                return;
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Collect(field.GetValue(value), $"{where}.{field.Name}", found, visited, depth + 1);
            }
        }
    }
}
