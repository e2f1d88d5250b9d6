// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

// The names of the hand-written verifier that Microsoft.CodeAnalysis.Testing replaced. They stay only so that rule
// tests written on other branches against `using Verify = SourceExposure.Tests.Verification.AnalyzerVerifier<…>;`
// compile unchanged after their merge; they add nothing to the library-backed verifiers. New tests use
// CSharpAnalyzerVerifier / CSharpCodeFixVerifier; delete this file once no test names these.
namespace SourceExposure.Tests.Verification;

public class AnalyzerVerifier<TAnalyzer> : CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new();

public class CodeFixVerifier<TAnalyzer, TCodeFix> : CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new();
