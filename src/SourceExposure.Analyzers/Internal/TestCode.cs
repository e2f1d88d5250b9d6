// SPDX-License-Identifier: MIT
using System;
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>
/// Whether code is test code, for the rules that relax there: a test project (IsTestProject, set by
/// Microsoft.NET.Test.Sdk), a compilation referencing a test framework, files an .editorconfig section marks with
/// <c>source_exposure.treat_as_test_code = true</c>, or files under a tests folder or named *Tests.cs.
/// </summary>
internal sealed class TestCode
{
    private static readonly string[] TestFrameworks = ["xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core"];

    private readonly OptionReader options;
    private readonly bool projectIsTest;

    private TestCode(OptionReader options, bool projectIsTest)
    {
        this.options = options;
        this.projectIsTest = projectIsTest;
    }

    /// <summary>Decides the project-level part once per compilation.</summary>
    public static TestCode For(Compilation compilation, OptionReader options)
    {
        var isTest = options.GetGlobal(RuleOptions.IsTestProject);
        if (!isTest)
        {
            foreach (var reference in compilation.ReferencedAssemblyNames)
            {
                if (Array.IndexOf(TestFrameworks, reference.Name) >= 0)
                {
                    isTest = true;
                    break;
                }
            }
        }

        return new TestCode(options, isTest);
    }

    public bool IsTestProject => projectIsTest;

    public bool Contains(SyntaxTree tree)
        => projectIsTest || options.Get(RuleOptions.TreatAsTestCode, tree) || IsTestPath(tree.FilePath);

    internal static bool IsTestPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var normalized = path!.Replace('\\', '/');
        return normalized.IndexOf("/test/", StringComparison.OrdinalIgnoreCase) >= 0
            || normalized.IndexOf("/tests/", StringComparison.OrdinalIgnoreCase) >= 0
            || normalized.EndsWith("Tests.cs", StringComparison.OrdinalIgnoreCase)
            || normalized.EndsWith("Test.cs", StringComparison.OrdinalIgnoreCase);
    }
}
