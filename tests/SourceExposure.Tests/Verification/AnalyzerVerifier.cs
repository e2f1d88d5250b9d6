// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Tests.Verification;

/// <summary>Entry points in the style of Microsoft.CodeAnalysis.Testing: <c>using Verify = AnalyzerVerifier&lt;MyAnalyzer&gt;;</c>.</summary>
public class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A result for the analyzer's only (or first) descriptor.</summary>
    public static DiagnosticResult Diagnostic() => new(new TAnalyzer().SupportedDiagnostics[0]);

    public static DiagnosticResult Diagnostic(string id)
        => new(new TAnalyzer().SupportedDiagnostics.Single(d => d.Id == id));

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync([StringSyntax("C#-test")] string source, params DiagnosticResult[] expected)
        => VerifyAnalyzerAsync(source, options: null, expected);

    public static Task VerifyAnalyzerAsync([StringSyntax("C#-test")] string source, Dictionary<string, string>? options, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<TAnalyzer> { TestCode = source };
        foreach (var (key, value) in options ?? [])
        {
            test.Options[key] = value;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

/// <summary>Entry points for code-fix tests; also offers everything <see cref="AnalyzerVerifier{TAnalyzer}"/> does.</summary>
public class CodeFixVerifier<TAnalyzer, TCodeFix> : AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
{
    public static Task VerifyCodeFixAsync([StringSyntax("C#-test")] string source, [StringSyntax("C#-test")] string fixedSource)
        => VerifyCodeFixAsync(source, [], fixedSource);

    public static Task VerifyCodeFixAsync([StringSyntax("C#-test")] string source, DiagnosticResult[] expected, [StringSyntax("C#-test")] string fixedSource)
    {
        var test = new CodeFixTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
