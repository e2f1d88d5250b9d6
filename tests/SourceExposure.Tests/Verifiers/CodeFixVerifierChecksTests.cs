// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Secrets;

namespace SourceExposure.Tests.Verifiers;

/// <summary>
/// The checks <see cref="CSharpCodeFixVerifier{TAnalyzer, TCodeFix}.Test"/> adds to the library must fail when they
/// should, or the code-fix tests that pass through them prove nothing. Each case runs SE1004's analyzer with a fix
/// written to break one check.
/// </summary>
public sealed class CodeFixVerifierChecksTests
{
    private const string Input = """class C { string password = [|"Winter2024!"|]; string secret = [|"Xk9~Qw2.Lp7_Rt4-Zm8vNc3B"|]; }""";
    private const string Fixed = """class C { string password = ""; string secret = ""; }""";

    [Fact]
    public async Task SharedEquivalenceKey_Fails()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => CSharpCodeFixVerifier<SE1004CredentialNamedSymbolAnalyzer, TwoActionsOneKeyFix>.VerifyCodeFixAsync(Input, Fixed));
        Assert.Contains("share the equivalence key 'Test.Empty'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingEquivalenceKey_Fails()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => CSharpCodeFixVerifier<SE1004CredentialNamedSymbolAnalyzer, NoKeyFix>.VerifyCodeFixAsync(Input, Fixed));
        Assert.Contains("has no equivalence key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixThatClearsEveryDiagnosticAtOnce_FailsTheDefaultIterationCount()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => CSharpCodeFixVerifier<SE1004CredentialNamedSymbolAnalyzer, AllAtOnceFix>.VerifyCodeFixAsync(Input, Fixed));
        Assert.Contains("Expected '2' iterations but found '1' iterations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task FixThatClearsEveryDiagnosticAtOnce_PassesWithItsIterationCountStated() => new CSharpCodeFixVerifier<SE1004CredentialNamedSymbolAnalyzer, AllAtOnceFix>.Test
    {
        TestCode = Input,
        FixedCode = Fixed,
        NumberOfIncrementalIterations = 1,
    }.RunAsync();

    private static Task<Document> EmptyLiterals(Document document, SyntaxNode root, params LiteralExpressionSyntax[] literals)
        => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNodes(literals, (_, old) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(string.Empty)).WithTriviaFrom(old))));

    private static async Task<(SyntaxNode Root, LiteralExpressionSyntax Literal)> FindAsync(CodeFixContext context)
    {
        var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
        return (root, (LiteralExpressionSyntax)root.FindNode(context.Span, getInnermostNodeForTie: true));
    }

    [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
    public sealed class TwoActionsOneKeyFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ["SE1004"];

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var (root, literal) = await FindAsync(context);
            context.RegisterCodeFix(CodeAction.Create("Empty it", _ => EmptyLiterals(context.Document, root, literal), "Test.Empty"), context.Diagnostics);
            context.RegisterCodeFix(CodeAction.Create("Empty it too", _ => EmptyLiterals(context.Document, root, literal), "Test.Empty"), context.Diagnostics);
        }
    }

    [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
    public sealed class NoKeyFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ["SE1004"];

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var (root, literal) = await FindAsync(context);
#pragma warning disable RS1010 // the missing equivalence key is what this fix is for
            context.RegisterCodeFix(CodeAction.Create("Empty it", _ => EmptyLiterals(context.Document, root, literal)), context.Diagnostics);
#pragma warning restore RS1010
        }
    }

    [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
    public sealed class AllAtOnceFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ["SE1004"];

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var (root, _) = await FindAsync(context);
            var all = root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.Token.ValueText.Length > 0).ToArray();
            context.RegisterCodeFix(CodeAction.Create("Empty every literal", _ => EmptyLiterals(context.Document, root, all), "Test.EmptyAll"), context.Diagnostics);
        }
    }
}
