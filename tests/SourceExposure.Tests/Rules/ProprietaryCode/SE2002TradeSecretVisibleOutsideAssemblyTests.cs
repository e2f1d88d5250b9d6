// SPDX-License-Identifier: MIT
using System.Threading.Tasks;
using SourceExposure.Analyzers.ProprietaryCode;
using SourceExposure.CodeFixes.ProprietaryCode;
using Verify = SourceExposure.Tests.CSharpCodeFixVerifier<
    SourceExposure.Analyzers.ProprietaryCode.SE2002TradeSecretVisibleOutsideAssemblyAnalyzer,
    SourceExposure.CodeFixes.ProprietaryCode.SE2002TradeSecretVisibleOutsideAssemblyCodeFix>;

namespace SourceExposure.Tests.Rules.ProprietaryCode;

public sealed class SE2002TradeSecretVisibleOutsideAssemblyTests
{
    private const string IsPublic = "is public";

    private static Verify.Test Test(string code, string? fixedCode = null)
    {
        var test = new Verify.Test
        {
            TestCode = code + TradeSecretTestCode.Attributes,
            FixedCode = (fixedCode ?? code) + TradeSecretTestCode.Attributes,
        };
        return test;
    }

    [Fact]
    public Task PublicTradeSecretClass_IsReportedAndMadeInternal()
    {
        var test = Test(
            """
            using Contoso.Legal;

            namespace Contoso.Pricing
            {
                /// <summary>Margin model.</summary>
                [TradeSecret("margins")]
                public sealed class {|#0:MarginModel|}
                {
                    public decimal Price(decimal cost) => cost * 1.17m;
                }
            }
            """,
            """
            using Contoso.Legal;

            namespace Contoso.Pricing
            {
                /// <summary>Margin model.</summary>
                [TradeSecret("margins")]
                internal sealed class MarginModel
                {
                    public decimal Price(decimal cost) => cost * 1.17m;
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("MarginModel", IsPublic));
        return test.RunAsync();
    }

    [Fact]
    public Task ProtectedMembersInPublicUnsealedType_AreReportedAndMadeInternal()
    {
        var test = Test(
            """
            using Contoso.Legal;

            public class Quote
            {
                [Proprietary] protected internal static decimal {|#0:Margin|}(int volume) => volume > 100 ? 0.12m : 0.17m;
                [Proprietary] protected readonly int {|#1:floor|} = 7;
                public decimal Total(int volume) => Margin(volume) + floor;
            }
            """,
            """
            using Contoso.Legal;

            public class Quote
            {
                [Proprietary] internal static decimal Margin(int volume) => volume > 100 ? 0.12m : 0.17m;
                [Proprietary] internal readonly int floor = 7;
                public decimal Total(int volume) => Margin(volume) + floor;
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Quote.Margin(int)", "is protected in the public unsealed type 'Quote'"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Quote.floor", "is protected in the public unsealed type 'Quote'"));
        return test.RunAsync();
    }

    [Fact]
    public Task NamespaceListedTypes_AreReportedAndFixAllMakesThemInternal()
    {
        var test = Test(
            """
            namespace Contoso.Pricing
            {
                public class {|#0:Engine|} { public int Run() => 1; }
                public static class {|#1:Curves|} { public static double At(double x) => x * x; }
                internal class Cache { }
            }
            """,
            """
            namespace Contoso.Pricing
            {
                internal class Engine { public int Run() => 1; }
                internal static class Curves { public static double At(double x) => x * x; }
                internal class Cache { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.EditorConfig(("source_exposure.proprietary_code.trade_secret_namespaces", "Contoso.Pricing")));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Engine", IsPublic));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Curves", IsPublic));
        return test.RunAsync();
    }

    [Fact]
    public Task TypeExposedByPublicSignature_IsReportedWithoutFix()
    {
        var test = Test("""
            using Contoso.Legal;

            [TradeSecret]
            public class {|#0:ScoringModel|} { }

            public class Api
            {
                public System.Collections.Generic.List<ScoringModel> Models() => new();
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("ScoringModel", IsPublic));
        return test.RunAsync();
    }

    [Fact]
    public Task TypeUsedAsPublicBaseType_IsReportedWithoutFix()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret]
            public abstract class {|#0:ScoringBase|} { }

            public sealed class Scoring : ScoringBase { }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("ScoringBase", IsPublic));
        return test.RunAsync();
    }

    [Fact]
    public Task OverrideAndInterfaceImplementation_AreReportedWithoutFix()
    {
        var test = Test("""
            using Contoso.Legal;

            public interface IScorer { int Score(int x); }

            public class Scorer : IScorer
            {
                [TradeSecret] public int {|#0:Score|}(int x) => x * 31;
                [TradeSecret] public override string {|#1:ToString|}() => "scorer";
                [TradeSecret] public virtual int {|#2:Weight|} => 3;
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Scorer.Score(int)", IsPublic));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Scorer.ToString()", IsPublic));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("Scorer.Weight", IsPublic));
        return test.RunAsync();
    }

    [Fact]
    public Task InternalTypeBehindPublicInterface_IsReportedWithoutFix()
    {
        var test = Test("""
            public interface IPricer { decimal Price(decimal cost); }

            [Contoso.Legal.TradeSecret]
            internal sealed class {|#0:SecretPricer|} : IPricer
            {
                public decimal Price(decimal cost) => cost * 1.17m;
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("SecretPricer", "is reachable through the public interface 'IPricer'"));
        return test.RunAsync();
    }

    [Fact]
    public Task ExplicitImplementationOfPublicInterface_IsReportedWithoutFix()
    {
        var test = Test("""
            public interface IPricer { decimal Price(decimal cost); }

            public sealed class Pricer : IPricer
            {
                [Contoso.Legal.TradeSecret]
                decimal IPricer.{|#0:Price|}(decimal cost) => cost * 1.17m;
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Pricer.IPricer.Price(decimal)", "is reachable through the public interface 'IPricer'"));
        return test.RunAsync();
    }

    [Fact]
    public Task HiddenTradeSecrets_NotReported() => Test("""
        using Contoso.Legal;

        [TradeSecret] internal class Engine { public int Run() => 1; }

        public sealed class Quote
        {
            [TradeSecret] protected internal int Margin() => 1;
            [TradeSecret] private int Floor() => 2;
            [TradeSecret] private protected int Kicker() => 3;
        }

        internal class Outer
        {
            [TradeSecret] public class Inner { }
        }

        public class Plain { public int NotSecret() => 1; }

        internal interface IInternal { int Run(); }

        [TradeSecret] internal class Behind : IInternal, System.IDisposable
        {
            public int Run() => 1;
            public void Dispose() { }
        }
        """).RunAsync();

    [Fact]
    public Task MemberOfReportedType_NotReportedSeparately()
    {
        var test = Test(
            """
            [Contoso.Legal.TradeSecret]
            public class {|#0:Engine|}
            {
                [Contoso.Legal.TradeSecret] public int Run() => 1;
            }
            """,
            """
            [Contoso.Legal.TradeSecret]
            internal class Engine
            {
                [Contoso.Legal.TradeSecret] public int Run() => 1;
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Engine", IsPublic));
        return test.RunAsync();
    }

    [Fact]
    public Task TestProject_NotReported()
    {
        var test = Test("""
            [Contoso.Legal.TradeSecret] public class Engine { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(AnalyzerConfig.BuildProperties(("IsTestProject", "true")));
        return test.RunAsync();
    }

    [Fact]
    public Task IncompleteCode_IsReportedWithoutThrowing()
    {
        var test = new Verify.Test { TestCode = TradeSecretTestCode.Attributes };
        test.TestState.Sources.Add(("/0/Broken.cs", """
            [Contoso.Legal.TradeSecret]
            public class {|#0:Engine|} : {|CS0246:Missing|}
            {
                public int Run( =>
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Engine", IsPublic));

        // The markup declares the one compiler error the test is about; the library counts every compiler error, so
        // those of the unfinished method are declared too.
        test.ExpectedDiagnostics.AddRange(
        [
            DiagnosticResult.CompilerError("CS0501").WithSpan("/0/Broken.cs", 4, 16, 4, 19).WithArguments("Engine.Run()"),
            DiagnosticResult.CompilerError("CS1001").WithSpan("/0/Broken.cs", 4, 21, 4, 23),
            DiagnosticResult.CompilerError("CS1002").WithSpan("/0/Broken.cs", 4, 23, 4, 23),
            DiagnosticResult.CompilerError("CS1026").WithSpan("/0/Broken.cs", 4, 23, 4, 23),
            DiagnosticResult.CompilerError("CS1513").WithSpan("/0/Broken.cs", 4, 23, 4, 23),
        ]);
        return test.RunAsync();
    }
}
