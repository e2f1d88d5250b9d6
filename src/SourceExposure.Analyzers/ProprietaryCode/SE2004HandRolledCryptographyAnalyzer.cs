// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
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

            start.RegisterSyntaxNodeAction(
                c => Analyze(c, scope),
                SyntaxKind.MethodDeclaration,
                SyntaxKind.ConstructorDeclaration,
                SyntaxKind.OperatorDeclaration,
                SyntaxKind.ConversionOperatorDeclaration,
                SyntaxKind.GetAccessorDeclaration,
                SyntaxKind.SetAccessorDeclaration,
                SyntaxKind.InitAccessorDeclaration);
        });

    private static void Analyze(SyntaxNodeAnalysisContext context, CodeScope scope)
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

        var evidence = Evidence.Collect(body, parameters);
        var cipherWord = CryptoVocabulary.CipherWord(name) ?? CryptoVocabulary.CipherWord(typeName);
        var described = evidence.Describe(cipherWord);
        if (described is null
            || (MayNameCryptography(context.Node.SyntaxTree, context.Compilation, context.CancellationToken)
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
    internal static bool HasBitOperatorText(SyntaxTree tree, TextSpan span, System.Threading.CancellationToken cancellationToken)
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

    /// <summary>
    /// Before binding anything: code can only name System.Security.Cryptography if the word Cryptography is written in
    /// its file (a using, an alias or a qualified name) or in a global using of the compilation.
    /// </summary>
    private static bool MayNameCryptography(SyntaxTree tree, Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        if (!tree.TryGetText(out var text))
        {
            text = tree.GetText(cancellationToken);
        }

        if (text.ToString().IndexOf("Cryptography", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        foreach (var other in compilation.SyntaxTrees)
        {
            if (other.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.Name?.ToString().IndexOf("Cryptography", StringComparison.Ordinal) >= 0)
                    {
                        return true;
                    }
                }
            }
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

    /// <summary>What one walk over a body found.</summary>
    private sealed class Evidence
    {
        private readonly HashSet<string> keyNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> repeatingKeyNames = new(StringComparer.Ordinal);
        private SyntaxNode body = null!;

        private bool anyXor;
        private bool xorWithKeyInLoop;
        private bool repeatingKey;
        private bool rotation;
        private bool roundKeys;
        private bool substitution;
        private bool loop;

        public static Evidence Collect(SyntaxNode body, ParameterListSyntax? parameters)
        {
            var evidence = new Evidence { body = body };
            if (parameters is not null)
            {
                foreach (var parameter in parameters.Parameters)
                {
                    if (CryptoVocabulary.IsKeyLike(parameter.Identifier.ValueText))
                    {
                        evidence.keyNames.Add(parameter.Identifier.ValueText);
                    }
                }
            }

            foreach (var node in body.DescendantNodesAndSelf())
            {
                evidence.Visit(node);
            }

            return evidence;
        }

        /// <summary>The evidence in words, or null when it does not add up to a cipher.</summary>
        public string? Describe(string? cipherWord)
        {
            var arx = rotation && anyXor && (roundKeys || loop);
            var table = substitution && (anyXor || keyNames.Count > 0);
            var named = cipherWord is not null && (anyXor || rotation || substitution);
            if (!xorWithKeyInLoop && !arx && !table && !named)
            {
                return null;
            }

            var parts = new List<string>(4);
            if (xorWithKeyInLoop)
            {
                parts.Add(repeatingKey ? "XOR with a repeating key in a loop" : "XOR with a key in a loop");
            }
            else if (anyXor && (named || arx))
            {
                parts.Add("XOR mixing");
            }

            if (rotation)
            {
                parts.Add(roundKeys ? "bit rotations with round keys" : "bit rotations");
            }

            if (substitution)
            {
                parts.Add("a substitution table");
            }

            if (cipherWord is not null)
            {
                parts.Add("a cipher-like name ('" + cipherWord + "')");
            }

            return string.Join(", ", parts);
        }

        private void Visit(SyntaxNode node)
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer: { } initializer } declarator:
                    if (MentionsKey(initializer.Value))
                    {
                        keyNames.Add(declarator.Identifier.ValueText);
                        if (HasCyclingIndex(initializer.Value))
                        {
                            repeatingKeyNames.Add(declarator.Identifier.ValueText);
                        }
                    }

                    break;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.ExclusiveOrExpression):
                    VisitXor(binary, binary.Left, binary.Right);
                    break;
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.ExclusiveOrAssignmentExpression):
                    VisitXor(assignment, assignment.Left, assignment.Right);
                    break;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.BitwiseOrExpression):
                    rotation |= IsRotation(binary);
                    break;
                case InvocationExpressionSyntax invocation:
                    var called = RightmostName(invocation.Expression);
                    rotation |= called is "RotateLeft" or "RotateRight";
                    break;
                case ElementAccessExpressionSyntax access:
                    substitution |= CryptoVocabulary.IsSubstitutionTable(RightmostName(access.Expression));
                    break;
                case IdentifierNameSyntax identifier:
                    roundKeys |= CryptoVocabulary.IsRoundLike(identifier.Identifier.ValueText);
                    break;
                case ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                    loop = true;
                    break;
            }
        }

        private void VisitXor(SyntaxNode xor, ExpressionSyntax left, ExpressionSyntax right)
        {
            anyXor = true;
            if (!InLoop(xor) || CombinesHashCodes(left) || CombinesHashCodes(right) || MixesIntoChecksum(xor, left, right))
            {
                return;
            }

            if (MentionsKey(left) || MentionsKey(right))
            {
                xorWithKeyInLoop = true;
                repeatingKey |= HasCyclingIndex(left) || HasCyclingIndex(right);
            }
        }

        private bool InLoop(SyntaxNode node)
        {
            for (var current = node.Parent; current is not null && current != body.Parent; current = current.Parent)
            {
                if (current is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Key material in an expression: a key-named identifier or a local derived from one.</summary>
        private bool MentionsKey(ExpressionSyntax expression)
        {
            foreach (var node in expression.DescendantNodesAndSelf())
            {
                if (node is not IdentifierNameSyntax identifier)
                {
                    continue;
                }

                var text = identifier.Identifier.ValueText;

                // kv.Key and dict.Keys are dictionary idioms, not key material.
                if (identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier && text is "Key" or "Keys")
                {
                    continue;
                }

                if (keyNames.Contains(text) || CryptoVocabulary.IsKeyLike(text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A key indexed modulo its length (key[i % key.Length], key[i &amp; 15]), or a local read that way.</summary>
        private bool HasCyclingIndex(ExpressionSyntax expression)
        {
            foreach (var node in expression.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case IdentifierNameSyntax identifier when repeatingKeyNames.Contains(identifier.Identifier.ValueText):
                        return true;
                    case ElementAccessExpressionSyntax access when CryptoVocabulary.IsKeyLike(RightmostName(access.Expression)) || keyNames.Contains(RightmostName(access.Expression)):
                        foreach (var argument in access.ArgumentList.Arguments)
                        {
                            foreach (var part in argument.Expression.DescendantNodesAndSelf())
                            {
                                if (part.IsKind(SyntaxKind.ModuloExpression) || part.IsKind(SyntaxKind.BitwiseAndExpression))
                                {
                                    return true;
                                }
                            }
                        }

                        break;
                }
            }

            return false;
        }

        /// <summary>
        /// The XOR feeds a hash, checksum or random state (<c>hashCode += (hashCode &lt;&lt; 7) ^ key[i]</c> in a name
        /// table, <c>crc = table[(crc ^ b) &amp; 0xFF]</c>): the "key" there is a lookup key, not key material.
        /// </summary>
        private static bool MixesIntoChecksum(SyntaxNode xor, ExpressionSyntax left, ExpressionSyntax right)
        {
            foreach (var side in new[] { left, right })
            {
                foreach (var node in side.DescendantNodesAndSelf())
                {
                    if (node is IdentifierNameSyntax identifier && CryptoVocabulary.IsNearMiss(identifier.Identifier.ValueText))
                    {
                        return true;
                    }
                }
            }

            for (var current = xor.Parent; current is ExpressionSyntax; current = current.Parent)
            {
                if (current is AssignmentExpressionSyntax assignment)
                {
                    return CryptoVocabulary.IsNearMiss(RightmostName(assignment.Left));
                }
            }

            return false;
        }

        private static bool CombinesHashCodes(ExpressionSyntax expression)
        {
            foreach (var node in expression.DescendantNodesAndSelf())
            {
                if (node is InvocationExpressionSyntax invocation && RightmostName(invocation.Expression) == "GetHashCode")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>(x &lt;&lt; n) | (x &gt;&gt; (W - n)) for W in 8, 16, 32, 64, or with constant counts summing to W.</summary>
        private static bool IsRotation(BinaryExpressionSyntax or)
        {
            var left = Strip(or.Left) as BinaryExpressionSyntax;
            var right = Strip(or.Right) as BinaryExpressionSyntax;
            if (left is null || right is null)
            {
                return false;
            }

            if (left.IsKind(SyntaxKind.RightShiftExpression) || left.IsKind(SyntaxKind.UnsignedRightShiftExpression))
            {
                (left, right) = (right, left);
            }

            if (!left.IsKind(SyntaxKind.LeftShiftExpression)
                || !(right.IsKind(SyntaxKind.RightShiftExpression) || right.IsKind(SyntaxKind.UnsignedRightShiftExpression))
                || !SyntaxFactory.AreEquivalent(Strip(left.Left), Strip(right.Left)))
            {
                return false;
            }

            return Complement(Strip(left.Right), Strip(right.Right)) || Complement(Strip(right.Right), Strip(left.Right));
        }

        private static bool Complement(ExpressionSyntax count, ExpressionSyntax other)
        {
            if (count is LiteralExpressionSyntax { Token.Value: int a } && other is LiteralExpressionSyntax { Token.Value: int b })
            {
                return a > 0 && b > 0 && IsWidth(a + b);
            }

            return other is BinaryExpressionSyntax subtract
                && subtract.IsKind(SyntaxKind.SubtractExpression)
                && Strip(subtract.Left) is LiteralExpressionSyntax { Token.Value: int width }
                && IsWidth(width)
                && SyntaxFactory.AreEquivalent(Strip(subtract.Right), count);
        }

        private static bool IsWidth(int bits) => bits is 8 or 16 or 32 or 64;

        private static ExpressionSyntax Strip(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        continue;
                    case CastExpressionSyntax cast:
                        expression = cast.Expression;
                        continue;
                    case CheckedExpressionSyntax checkedExpression:
                        expression = checkedExpression.Expression;
                        continue;
                    default:
                        return expression;
                }
            }
        }

        private static string RightmostName(ExpressionSyntax expression) => expression switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
