// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Analyzers.ProprietaryCode.Detection;

/// <summary>
/// What one walk over a method body found that makes it look like a cipher: XOR with key material inside a loop, bit
/// rotations, round keys, substitution-table lookups. <see cref="Describe"/> weighs it, with the cipher word of the
/// method's or type's name, into the words SE2004 reports, or into nothing. Unlike its neighbours in this folder it
/// reads syntax, because the evidence is the shape of the code; the words it judges names by are in
/// <see cref="CryptoVocabulary"/>.
/// </summary>
internal sealed class CipherEvidence
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

    public static CipherEvidence Collect(SyntaxNode body, ParameterListSyntax? parameters)
    {
        var evidence = new CipherEvidence { body = body };
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

    private static string RightmostName(ExpressionSyntax expression) => SyntaxNames.Rightmost(expression) ?? string.Empty;
}
