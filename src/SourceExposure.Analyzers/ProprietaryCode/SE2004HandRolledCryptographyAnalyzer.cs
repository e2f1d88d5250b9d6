// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.ProprietaryCode.Detection;

namespace SourceExposure.Analyzers.ProprietaryCode;

/// <summary>SE2004: Hand-rolled cryptography protected only by secrecy.</summary>
/// <remarks>
/// Only bodies whose text holds <c>^</c>, <c>&lt;&lt;</c> or <c>&gt;&gt;</c> are looked at; most methods are dismissed by
/// that scan of their characters. The rest are walked once for evidence: XOR with key material inside a loop, bit
/// rotations, round keys, substitution-table lookups and cipher-like names. Checksums, hashes, bit tricks,
/// imaging, encodings and code that calls System.Security.Cryptography stay silent.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Replacing a home-made cipher changes the data format and key handling; it needs a migration, not an edit.")]
public sealed class SE2004HandRolledCryptographyAnalyzer : SourceExposureAnalyzer
{
    private const string PlatformCryptography = "System.Security.Cryptography";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE2004);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var options = new OptionReader(start.Options);
            var scope = CodeScope.For(start.Compilation, options);
            if (!scope.ReportsProject(RuleOptions.SE2004CodeKinds) && scope.ProjectKind != CodeKind.Product)
            {
                return;
            }

            var cryptographyMentions = new CryptographyMentions(start.Compilation);
            start.RegisterSyntaxNodeAction(
                c => Analyze(c, scope, cryptographyMentions),
                SyntaxKind.MethodDeclaration,
                SyntaxKind.ConstructorDeclaration,
                SyntaxKind.OperatorDeclaration,
                SyntaxKind.ConversionOperatorDeclaration,
                SyntaxKind.GetAccessorDeclaration,
                SyntaxKind.SetAccessorDeclaration,
                SyntaxKind.InitAccessorDeclaration);
        });

    private static void Analyze(SyntaxNodeAnalysisContext context, CodeScope scope, CryptographyMentions cryptographyMentions)
    {
        var (body, name, location, parameters) = Describe(context.Node);
        if (body is null || !HasBitOperatorText(context.Node.SyntaxTree, body.Span, context.CancellationToken))
        {
            return;
        }

        var typeName = (context.Node.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>())?.Identifier.ValueText ?? string.Empty;
        if (CryptoVocabulary.IsNearMiss(name) || CryptoVocabulary.IsNearMiss(typeName) || !scope.Reports(RuleOptions.SE2004CodeKinds, context.Node.SyntaxTree))
        {
            return;
        }

        var evidence = CipherEvidence.Collect(body, parameters);
        var cipherWord = CryptoVocabulary.CipherWord(name) ?? CryptoVocabulary.CipherWord(typeName);
        var described = evidence.Describe(cipherWord);
        if (described is null
            || (cryptographyMentions.MayBeNamedIn(context.Node.SyntaxTree, context.CancellationToken)
                && UsesPlatformCryptography(body, context.SemanticModel, context.CancellationToken)))
        {
            return;
        }

        var display = typeName.Length == 0 ? name : typeName + "." + name;
        context.ReportDiagnostic(Diagnostic.Create(Rules.SE2004, location, display, described));
    }

    private static (SyntaxNode? Body, string Name, Location Location, ParameterListSyntax? Parameters) Describe(SyntaxNode node)
    {
        switch (node)
        {
            case MethodDeclarationSyntax method:
                return ((SyntaxNode?)method.Body ?? method.ExpressionBody, method.Identifier.ValueText, method.Identifier.GetLocation(), method.ParameterList);
            case ConstructorDeclarationSyntax constructor:
                return ((SyntaxNode?)constructor.Body ?? constructor.ExpressionBody, constructor.Identifier.ValueText, constructor.Identifier.GetLocation(), constructor.ParameterList);
            case OperatorDeclarationSyntax op:
                return ((SyntaxNode?)op.Body ?? op.ExpressionBody, "operator " + op.OperatorToken.ValueText, op.OperatorToken.GetLocation(), op.ParameterList);
            case ConversionOperatorDeclarationSyntax conversion:
                return ((SyntaxNode?)conversion.Body ?? conversion.ExpressionBody, "operator " + conversion.Type, conversion.Type.GetLocation(), conversion.ParameterList);
            case AccessorDeclarationSyntax accessor:
                var owner = accessor.Parent?.Parent switch
                {
                    PropertyDeclarationSyntax property => property.Identifier.ValueText,
                    IndexerDeclarationSyntax => "this[]",
                    _ => string.Empty,
                };
                return ((SyntaxNode?)accessor.Body ?? accessor.ExpressionBody, owner, accessor.Keyword.GetLocation(), null);
            default:
                return (null, string.Empty, Location.None, null);
        }
    }

    /// <summary>The cheap gate: does the body's text contain ^, &lt;&lt; or &gt;&gt; at all?</summary>
    private static bool HasBitOperatorText(SyntaxTree tree, TextSpan span, System.Threading.CancellationToken cancellationToken)
    {
        if (!tree.TryGetText(out var text))
        {
            text = tree.GetText(cancellationToken);
        }

        var end = Math.Min(span.End, text.Length);
        var previous = '\0';
        for (var i = span.Start; i < end; i++)
        {
            var c = text[i];
            if (c == '^' || (c == '<' && previous == '<') || (c == '>' && previous == '>'))
            {
                return true;
            }

            previous = c;
        }

        return false;
    }

    /// <summary>True when any name in the body binds to a System.Security.Cryptography type or member.</summary>
    private static bool UsesPlatformCryptography(SyntaxNode body, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var node in body.DescendantNodes())
        {
            if (node is not SimpleNameSyntax name)
            {
                continue;
            }

            var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            var ns = symbol switch
            {
                null => null,
                INamespaceSymbol n => n,
                _ => symbol.ContainingNamespace,
            };

            if (ns is not null && !ns.IsGlobalNamespace && ns.ToDisplayString().StartsWith(PlatformCryptography, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
