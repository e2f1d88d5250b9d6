// SPDX-License-Identifier: MIT
using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SourceExposure.CodeFixes.Secrets;

/// <summary>
/// The fixes every secrets rule whose finding is a whole string expression offers (SE1001, SE1002, SE1004, SE1005):
/// read the value from an environment variable, or from an <c>IConfiguration</c> in scope. Every precondition is checked
/// before an action is registered: the span is exactly a string literal or a constant concatenation, a method call may
/// stand there (not a constant context), and the value is used as a string. SE1003 replaces only the secret inside a
/// connection string, with the same reads.
/// </summary>
internal static class SecretLiteralFix
{
    /// <param name="acceptValue">A further condition on the constant value, or null: SE1001 fixes only a literal that is the credential and nothing else.</param>
    public static async Task RegisterAsync(CodeFixContext context, string ruleId, string nameProperty, string fallbackName, string noun, Func<string, bool>? acceptValue = null)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
                || expression.Span != diagnostic.Location.SourceSpan
                || !(IsStringExpression(expression) || expression is BinaryExpressionSyntax)
                || model.GetConstantValue(expression, context.CancellationToken).Value is not string value
                || (acceptValue is not null && !acceptValue(value))
                || !ConfigurationRead.CanReplace(expression)
                || model.GetTypeInfo(expression, context.CancellationToken).ConvertedType is not { SpecialType: SpecialType.System_String or SpecialType.System_Object })
            {
                continue;
            }

            var fallback = diagnostic.Properties.TryGetValue(nameProperty, out var name) && !string.IsNullOrEmpty(name) ? name! : fallbackName;
            var variable = ConfigurationRead.SuggestName(expression, model, fallback);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read the {noun} from environment variable {variable}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, ConfigurationRead.EnvironmentRead(variable).WithTriviaFrom(expression)))),
                    ruleId + ".ReadFromEnvironment"),
                diagnostic);

            if (ConfigurationRead.ConfigurationInScope(model, expression, context.CancellationToken) is { } configuration)
            {
                var key = ConfigurationRead.SuggestKey(expression, model, fallback);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read the {noun} from configuration key {key}",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, ConfigurationRead.ConfigurationLookup(configuration, key).WithTriviaFrom(expression)))),
                        ruleId + ".ReadFromConfiguration"),
                    diagnostic);
            }
        }
    }

    /// <summary>A string literal (not UTF-8) or a concatenation of them, possibly parenthesised.</summary>
    public static bool IsStringExpression(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
        BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression) && IsStringExpression(binary.Left) && IsStringExpression(binary.Right),
        ParenthesizedExpressionSyntax parenthesized => IsStringExpression(parenthesized.Expression),
        _ => false,
    };
}
