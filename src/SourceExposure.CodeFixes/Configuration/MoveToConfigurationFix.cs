// SPDX-License-Identifier: MIT
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SourceExposure.CodeFixes.Configuration;

/// <summary>
/// The fix of every rule that moves a value out of the source (secrets, endpoints): the string expression, or the
/// part of a string literal that is the value, becomes a read from an environment variable ("Read the … from
/// environment variable NAME", <c>"&lt;RuleId&gt;.ReadFromEnvironment"</c>) and, where the rule names a key and the
/// code can reach an <c>IConfiguration</c>, from configuration ("Read the … from configuration key Section:Key",
/// <c>"&lt;RuleId&gt;.ReadFromConfiguration"</c>). A rule says only what is its own, in <see cref="FindValue"/>:
/// which expression and part it replaces, with every precondition checked, and how the value and its names are called.
/// </summary>
public abstract class MoveToConfigurationFix : SourceExposureCodeFix
{
    /// <summary>The equivalence-key suffix of the environment read: <c>RuleIds.SE1001 + ReadFromEnvironment</c>.</summary>
    public const string ReadFromEnvironment = ".ReadFromEnvironment";

    /// <summary>The equivalence-key suffix of the configuration read.</summary>
    public const string ReadFromConfiguration = ".ReadFromConfiguration";

    private readonly string ruleId;

    private protected MoveToConfigurationFix(string ruleId)
        : base(ruleId)
        => this.ruleId = ruleId;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var document = context.Document;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FindValue(diagnostic, root, model, context.CancellationToken) is not { } value)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read the {value.Noun} from environment variable {value.Variable}",
                    _ => Task.FromResult(document.WithSyntaxRoot(value.ReplaceWith(root, ConfigurationRead.EnvironmentRead(value.Variable)))),
                    ruleId + ReadFromEnvironment),
                diagnostic);

            if (value.ConfigurationKey is { } key && ConfigurationRead.ConfigurationInScope(model, value.Expression, context.CancellationToken) is { } configuration)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read the {value.Noun} from configuration key {key}",
                        _ => Task.FromResult(document.WithSyntaxRoot(value.ReplaceWith(root, ConfigurationRead.ConfigurationLookup(configuration, key)))),
                        ruleId + ReadFromConfiguration),
                    diagnostic);
            }
        }
    }

    /// <summary>The value <paramref name="diagnostic"/> marks, when the rule can move it; null when no fix is offered.</summary>
    private protected abstract ValueToMove? FindValue(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken);
}

/// <summary>
/// A value a rule moves out of the source: the expression that holds it and, for a value that is only part of a
/// string literal, where it sits in the literal's value; what the action titles call it; the environment variable
/// and, if the rule offers one, the configuration key it is read from instead.
/// </summary>
internal sealed class ValueToMove
{
    private readonly string? literalValue;
    private readonly int start;
    private readonly int length;

    private ValueToMove(ExpressionSyntax expression, string noun, string variable, string? configurationKey, string? literalValue, int start, int length)
    {
        Expression = expression;
        Noun = noun;
        Variable = variable;
        ConfigurationKey = configurationKey;
        this.literalValue = literalValue;
        this.start = start;
        this.length = length;
    }

    public ExpressionSyntax Expression { get; }

    public string Noun { get; }

    public string Variable { get; }

    public string? ConfigurationKey { get; }

    /// <summary>The whole <paramref name="expression"/> is the value.</summary>
    public static ValueToMove Whole(ExpressionSyntax expression, string noun, string variable, string? configurationKey)
        => new(expression, noun, variable, configurationKey, literalValue: null, start: 0, length: 0);

    /// <summary>
    /// The <paramref name="length"/> characters at <paramref name="start"/> of <paramref name="literal"/>'s value
    /// (<paramref name="value"/>) are the value: the text around them stays, as string literals joined to the read.
    /// </summary>
    public static ValueToMove Part(LiteralExpressionSyntax literal, string value, int start, int length, string noun, string variable, string? configurationKey)
        => new(literal, noun, variable, configurationKey, value, start, length);

    /// <summary><paramref name="root"/> with the value replaced by <paramref name="read"/>: <c>"prefix" + read + "suffix"</c> for a part.</summary>
    public SyntaxNode ReplaceWith(SyntaxNode root, ExpressionSyntax read)
    {
        // String literals re-escaped by SyntaxFactory, empty parts left out.
        var result = read;
        if (literalValue is not null && start > 0)
        {
            result = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, StringLiteral(literalValue.Substring(0, start)), result);
        }

        if (literalValue is not null && start + length < literalValue.Length)
        {
            result = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, result, StringLiteral(literalValue.Substring(start + length)));
        }

        return root.ReplaceNode(Expression, result.WithTriviaFrom(Expression));
    }

    private static LiteralExpressionSyntax StringLiteral(string text)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));
}
