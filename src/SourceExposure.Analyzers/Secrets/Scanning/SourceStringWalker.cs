// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Analyzers.Secrets.Scanning;

/// <summary>
/// The scanning engine every secrets rule shares: visits each place in a syntax tree where a secret can be written
/// down and hands it to a detector as a <see cref="StringCandidate"/>. String literals of every kind, interpolated
/// text, concatenations folded to their constant value (a secret split over <c>"ghp_" + "…"</c> or over constants is
/// judged whole, once, and the parts are not judged again), arrays of character literals, comments and XML docs.
/// The walk is iterative (deeply nested concatenations cannot overflow the stack) and linear in the tree.
/// </summary>
internal static class SourceStringWalker
{
    /// <summary>Arrays shorter than this cannot hold any supported secret.</summary>
    private const int MinimumCharArray = 8;

    /// <param name="model">Folds concatenations that involve constants; without it only literal-only concatenations fold.</param>
    public static void Walk(SyntaxNode root, SemanticModel? model, Action<StringCandidate> visit, CancellationToken cancellationToken)
    {
        // Comment text is cut from the file's text: rebuilding it from structured documentation trivia costs far more.
        var text = root.SyntaxTree.GetText(cancellationToken);
        var stack = new Stack<SyntaxNodeOrToken>();
        stack.Push(root);
        var visited = 0;
        while (stack.Count > 0)
        {
            if ((++visited & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var item = stack.Pop();
            if (item.IsToken)
            {
                VisitToken(item.AsToken(), text, visit);
                continue;
            }

            var node = item.AsNode()!;
            if (TryFold(node, model, cancellationToken, out var folded))
            {
                visit(new StringCandidate(folded, node.Span, StringSourceKind.Concatenation, node));

                // The parts were judged as a whole; their comments still count.
                foreach (var token in node.DescendantTokens())
                {
                    VisitTrivia(token, text, visit);
                }

                continue;
            }

            if (node.IsKind(SyntaxKind.ArrayInitializerExpression) && CharArray((InitializerExpressionSyntax)node) is { } array)
            {
                visit(array);
            }

            // Reversed enumerates in one pass; indexing a child list walks it from the start for every index.
            foreach (var child in node.ChildNodesAndTokens().Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>
    /// Visits, each once, only the candidates that hold one of <paramref name="positions"/> (ascending), as
    /// <see cref="Walk"/> would hand them over: a literal inside a foldable concatenation is visited as the whole
    /// concatenation. Returns false without visiting anything when a position lies in a literal that initializes a
    /// constant: that part can be folded into a concatenation elsewhere in the file, which only the whole walk finds.
    /// </summary>
    public static bool TryWalkAt(SyntaxNode root, SemanticModel? model, IReadOnlyList<int> positions, Action<StringCandidate> visit, CancellationToken cancellationToken)
    {
        var text = root.SyntaxTree.GetText(cancellationToken);
        var candidates = new List<StringCandidate>();
        var seen = new HashSet<TextSpan>();
        var judgedUpTo = 0;
        foreach (var position in positions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (position < judgedUpTo)
            {
                continue;
            }

            var token = root.FindToken(position);
            if (token.Span.Contains(position))
            {
                judgedUpTo = token.Span.End;
                if (token.IsKind(SyntaxKind.CharacterLiteralToken))
                {
                    if (CharArrayOf(token) is { } array && seen.Add(array.Span))
                    {
                        candidates.Add(array);
                    }

                    continue;
                }

                if (!token.IsStringText())
                {
                    continue;
                }

                if (InitializesConstant(token))
                {
                    return false;
                }

                if (CandidateOf(token, model, cancellationToken) is { } candidate && seen.Add(candidate.Span))
                {
                    candidates.Add(candidate);
                }
            }
            else
            {
                var trivia = root.FindTrivia(position);
                judgedUpTo = Math.Max(trivia.FullSpan.End, position + 1);
                if (trivia.IsCommentOrDocumentation() && seen.Add(trivia.FullSpan))
                {
                    candidates.Add(CommentCandidate(trivia, text));
                }
            }
        }

        foreach (var candidate in candidates)
        {
            visit(candidate);
        }

        return true;
    }

    /// <summary>The candidate a string token belongs to: the outermost foldable expression around it, or the token itself.</summary>
    private static StringCandidate? CandidateOf(SyntaxToken token, SemanticModel? model, CancellationToken cancellationToken)
    {
        // Walk folds the first foldable node on the way down from the root; a constant never spans a statement.
        var path = new List<SyntaxNode>();
        for (var node = token.Parent; node is not null and not StatementSyntax and not MemberDeclarationSyntax; node = node.Parent)
        {
            path.Add(node);
        }

        for (var i = path.Count - 1; i >= 0; i--)
        {
            if (TryFold(path[i], model, cancellationToken, out var folded))
            {
                return new StringCandidate(folded, path[i].Span, StringSourceKind.Concatenation, path[i]);
            }
        }

        var value = token.ValueText;
        if (value.Length == 0)
        {
            return null;
        }

        if (token.IsKind(SyntaxKind.InterpolatedStringTextToken))
        {
            return new StringCandidate(value, token.Span, StringSourceKind.InterpolatedText, token.Parent?.Parent);
        }

        return token.Parent is LiteralExpressionSyntax literal ? new StringCandidate(value, literal.Span, StringSourceKind.Literal, literal) : null;
    }

    /// <summary>The literal is (part of) the value of a <c>const</c> field or local.</summary>
    private static bool InitializesConstant(SyntaxToken token)
    {
        var node = token.Parent;
        while (node is LiteralExpressionSyntax or ParenthesizedExpressionSyntax or BinaryExpressionSyntax or InterpolatedStringTextSyntax
               or InterpolatedStringExpressionSyntax or InterpolationSyntax)
        {
            node = node.Parent;
        }

        return node is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: var holder } } }
            && holder switch
            {
                FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
                LocalDeclarationStatementSyntax local => local.IsConst,
                _ => false,
            };
    }

    private static StringCandidate CommentCandidate(SyntaxTrivia trivia, SourceText text)
    {
        var kind = trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
            ? StringSourceKind.Documentation
            : StringSourceKind.Comment;
        return new StringCandidate(text.ToString(trivia.FullSpan), trivia.FullSpan, kind, null);
    }

    private static void VisitToken(SyntaxToken token, SourceText text, Action<StringCandidate> visit)
    {
        if (token.IsStringText())
        {
            var value = token.ValueText;
            if (value.Length > 0)
            {
                if (token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                {
                    visit(new StringCandidate(value, token.Span, StringSourceKind.InterpolatedText, token.Parent?.Parent));
                }
                else if (token.Parent is LiteralExpressionSyntax literal)
                {
                    visit(new StringCandidate(value, literal.Span, StringSourceKind.Literal, literal));
                }
            }
        }

        VisitTrivia(token, text, visit);
    }

    private static void VisitTrivia(SyntaxToken token, SourceText text, Action<StringCandidate> visit)
    {
        if (token.HasLeadingTrivia)
        {
            VisitTrivia(token.LeadingTrivia, text, visit);
        }

        if (token.HasTrailingTrivia)
        {
            VisitTrivia(token.TrailingTrivia, text, visit);
        }
    }

    private static void VisitTrivia(SyntaxTriviaList trivia, SourceText text, Action<StringCandidate> visit)
    {
        foreach (var item in trivia)
        {
            if (item.IsCommentOrDocumentation())
            {
                visit(CommentCandidate(item, text));
            }
        }
    }

    /// <summary>The constant value of the outermost string concatenation (or constant interpolated string) at <paramref name="node"/>.</summary>
    private static bool TryFold(SyntaxNode node, SemanticModel? model, CancellationToken cancellationToken, out string value)
    {
        value = string.Empty;
        if (node.IsKind(SyntaxKind.AddExpression))
        {
            var parent = node.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                parent = parent.Parent;
            }

            if (parent is not null && parent.IsKind(SyntaxKind.AddExpression))
            {
                return false;
            }

            if (TryFoldLiterals((ExpressionSyntax)node, out value))
            {
                return true;
            }

            // Only concatenations that involve a string literal are worth binding.
            if (model is null || !LeftmostIsString((BinaryExpressionSyntax)node))
            {
                return false;
            }
        }
        else if (!(node is InterpolatedStringExpressionSyntax interpolated && HasInterpolation(interpolated)) || model is null)
        {
            return false;
        }

        var constant = model.GetConstantValue(node, cancellationToken);
        if (constant.HasValue && constant.Value is string text && text.Length > 0)
        {
            value = text;
            return true;
        }

        return false;
    }

    private static bool HasInterpolation(InterpolatedStringExpressionSyntax interpolated)
    {
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static bool LeftmostIsString(BinaryExpressionSyntax binary)
    {
        // Any string literal among the operands: walk the left spine, checking right operands on the way.
        ExpressionSyntax current = binary;
        while (true)
        {
            switch (current)
            {
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression):
                    if (IsStringish(b.Right))
                    {
                        return true;
                    }

                    current = b.Left;
                    break;
                case ParenthesizedExpressionSyntax p:
                    current = p.Expression;
                    break;
                default:
                    return IsStringish(current);
            }
        }
    }

    private static bool IsStringish(ExpressionSyntax expression)
        => expression.IsKind(SyntaxKind.StringLiteralExpression) || expression is InterpolatedStringExpressionSyntax
            || expression is IdentifierNameSyntax || expression is MemberAccessExpressionSyntax;

    /// <summary>
    /// The string literals of the outermost concatenation of plain literals that <paramref name="token"/>'s literal is a
    /// part of (<c>"Server=db;Password=" + "pw" + ";"</c>), left to right; null when the literal stands alone or any
    /// operand is not a plain literal.
    /// </summary>
    public static List<LiteralExpressionSyntax>? LiteralConcatenation(SyntaxToken token, out ExpressionSyntax? concatenation)
    {
        concatenation = null;
        if (token.Parent is not LiteralExpressionSyntax literal)
        {
            return null;
        }

        SyntaxNode outer = literal;
        while (outer.Parent is ParenthesizedExpressionSyntax || (outer.Parent is BinaryExpressionSyntax parent && parent.IsKind(SyntaxKind.AddExpression)))
        {
            outer = outer.Parent;
        }

        if (outer == literal || outer is not ExpressionSyntax expression)
        {
            return null;
        }

        if (LiteralParts(expression) is not { } parts)
        {
            return null;
        }

        concatenation = expression;
        return parts;
    }

    /// <summary>Folds <c>"a" + "b" + ("c" + "d")</c> without a semantic model; false if any operand is not a plain string literal.</summary>
    private static bool TryFoldLiterals(ExpressionSyntax expression, out string value)
    {
        value = string.Empty;
        if (LiteralParts(expression) is not { } parts)
        {
            return false;
        }

        value = JoinedText(parts);
        return value.Length > 0;
    }

    /// <summary>The text the literals of a concatenation make together, as the compiler folds it.</summary>
    public static string JoinedText(IReadOnlyList<LiteralExpressionSyntax> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part.Token.ValueText);
        }

        return builder.ToString();
    }

    /// <summary>The plain string literals of <c>"a" + "b" + ("c" + "d")</c>, left to right; null if any operand is something else.</summary>
    private static List<LiteralExpressionSyntax>? LiteralParts(ExpressionSyntax expression)
    {
        var parts = new List<LiteralExpressionSyntax>();
        var pending = new Stack<ExpressionSyntax>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression):
                    pending.Push(b.Right);
                    pending.Push(b.Left);
                    break;
                case ParenthesizedExpressionSyntax p:
                    pending.Push(p.Expression);
                    break;
                case LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression):
                    parts.Add(l);
                    break;
                default:
                    return null;
            }
        }

        return parts;
    }

    /// <summary>The array of character literals a character literal token belongs to, as a candidate.</summary>
    private static StringCandidate? CharArrayOf(SyntaxToken token)
        => token.Parent is LiteralExpressionSyntax { Parent: InitializerExpressionSyntax initializer } && initializer.IsKind(SyntaxKind.ArrayInitializerExpression)
            ? CharArray(initializer)
            : null;

    private static StringCandidate? CharArray(InitializerExpressionSyntax initializer)
    {
        if (!TryCharArray(initializer, out var chars))
        {
            return null;
        }

        var holder = initializer.Parent is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax ? initializer.Parent : initializer;
        return new StringCandidate(chars, holder.Span, StringSourceKind.CharArray, holder);
    }

    private static bool TryCharArray(InitializerExpressionSyntax initializer, out string value)
    {
        value = string.Empty;
        var expressions = initializer.Expressions;
        if (expressions.Count < MinimumCharArray)
        {
            return false;
        }

        var chars = new char[expressions.Count];
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i] is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.CharacterLiteralExpression) || literal.Token.Value is not char c)
            {
                return false;
            }

            chars[i] = c;
        }

        value = new string(chars);
        return true;
    }
}
