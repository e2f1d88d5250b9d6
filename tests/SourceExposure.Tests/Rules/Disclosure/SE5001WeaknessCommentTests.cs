// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.Disclosure;
using SourceExposure.CodeFixes.Disclosure;
using Verify = SourceExposure.Tests.CSharpCodeFixVerifier<
    SourceExposure.Analyzers.Disclosure.SE5001WeaknessCommentAnalyzer,
    SourceExposure.CodeFixes.Disclosure.SE5001WeaknessCommentCodeFix>;

namespace SourceExposure.Tests.Rules.Disclosure;

public sealed class SE5001WeaknessCommentTests
{
    [Fact]
    public Task TodoBackdoorOnItsOwnLine_IsReportedAndRemoved() => Verify.VerifyCodeFixAsync(
        """
        class Gate
        {
            bool Check(string user)
            {
                {|#0:// TODO: remove backdoor before go-live|}
                return user.Length > 0;
            }
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("TODO", "backdoor")],
        """
        class Gate
        {
            bool Check(string user)
            {
                return user.Length > 0;
            }
        }
        """);

    [Fact]
    public Task TrailingAndBlockComments_AreReportedAndRemovedWithFixAll() => new Verify.Test
    {
        TestCode = """
            class Client
            {
                bool verify = false; {|#0:// HACK: disable SSL validation for the test bank|}
                {|#1:/* FIXME
                   hard-coded password until the vault is ready */|}
                string user = "svc";
                int x = {|#2:/* XXX bypass auth */|} 1;
            }
            """,
        ExpectedDiagnostics =
        {
            new DiagnosticResult(SourceExposure.Analyzers.Rules.SE5001).WithLocation(0).WithArguments("HACK", "disable ssl"),
            new DiagnosticResult(SourceExposure.Analyzers.Rules.SE5001).WithLocation(1).WithArguments("FIXME", "hard-coded password"),
            new DiagnosticResult(SourceExposure.Analyzers.Rules.SE5001).WithLocation(2).WithArguments("XXX", "bypass auth"),
        },
        FixedCode = """
            class Client
            {
                bool verify = false;
                string user = "svc";
                int x = 1;
            }
            """,
    }.RunAsync();

    [Fact]
    public Task ChineseComments_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class Legacy
        {
            {|#0:// TODO 临时后门，上线前删除|}
            void A() { }

            {|#1:// 待办：跳过验证，仅用于调试|}
            void B() { }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("TODO", "后门"),
        Verify.Diagnostic().WithLocation(1).WithArguments("待办", "跳过验证"));

    [Fact]
    public Task DocumentationComment_IsReportedWithoutFix() => Verify.VerifyCodeFixAsync(
        """
        class Service
        {
            {|#0:/// <summary>Logs in.</summary>
            /// <remarks>TODO: master password accepted for support staff.</remarks>|}
            void Login() { }
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("TODO", "master password")],
        """
        class Service
        {
            {|#0:/// <summary>Logs in.</summary>
            /// <remarks>TODO: master password accepted for support staff.</remarks>|}
            void Login() { }
        }
        """);

    [Fact]
    public Task OtherWeaknessPhrases_AreReported() => Verify.VerifyAnalyzerAsync(
        """
        class Phrases
        {
            [|// TODO skip auth for the health probe|]
            void A() { }
            [|// todo: temporary admin account for the migration|]
            void B() { }
            [|// BUG: insecure cipher, see audit|]
            void C() { }
            [|// TEMP debug login for field engineers|]
            void D() { }
        }
        """);

    [Fact]
    public Task NearMisses_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        // Copyright (c) Contoso. Licensed under the MIT license. TODO: password policy documented in LICENSE.
        class Store
        {
            // hash the password before storing
            // TODO: add paging to the account list
            // todos and hackathon notes: the password field is validated elsewhere
            // The template (TEMPLATE) renders the password box.
            /* The backdoor metaphor in this comment has no marker. */
            string todo = "TODO: remove backdoor";
            void Save() { }
        }
        """);

    [Fact]
    public Task MarkerAndWordOnDistantLines_AreNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Notes
        {
            /*
             * TODO: split this class.
             *
             * Unrelated: the password screen lives in Views/Login.
             */
            void A() { }
        }
        """);

    [Fact]
    public Task IncompleteCodeAsTyped_DoesNotThrow() => new Verify.Test
    {
        TestCode = """
            class C
            {
                void M() { /* TODO: bypass login
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
        ExpectedDiagnostics = { new DiagnosticResult(SourceExposure.Analyzers.Rules.SE5001).WithSpan(3, 16, 3, 37).WithArguments("TODO", "bypass login") },
    }.RunAsync();

    [Fact]
    public Task WeaknessOnTheLineAfterAMarkerOnlyComment_IsReported() => Verify.VerifyAnalyzerAsync(
        """
        class Signer
        {
            {|#0:// TODO:
            // bypass the signature check until the new keys are deployed|}
            void Verify() { }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("TODO", "bypass the signature check"));

    [Fact]
    public Task MarkerOnlyCommentFollowedByPlainNotes_IsNotReported() => Verify.VerifyAnalyzerAsync(
        """
        class Signer
        {
            // TODO:
            // rename once the new keys are deployed

            // bypass the signature check until the new keys are deployed
            void Verify() { }
        }
        """);
}
