// SPDX-License-Identifier: MIT
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.CodeFixes.Configuration;

/// <summary>
/// The reads that stand in for a value moved out of the source (an environment variable, an <c>IConfiguration</c> key),
/// and the names they are given: the value leaves the source and the assembly, and the name says where it now comes
/// from. Used by <see cref="MoveToConfigurationFix"/> and the rules' parts of it.
/// </summary>
internal static class ConfigurationRead
{
    /// <summary>
    /// True where a method call may stand in for <paramref name="expression"/>: not in a constant context (const,
    /// attribute argument, default parameter value, case label or pattern), where only constants compile.
    /// </summary>
    public static bool CanReplace(ExpressionSyntax expression)
    {
        foreach (var ancestor in expression.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case AttributeArgumentSyntax:
                case ParameterSyntax:
                case CaseSwitchLabelSyntax:
                case ConstantPatternSyntax:
                case SwitchExpressionArmSyntax arm when arm.Pattern.Span.Contains(expression.Span):
                    return false;
                case FieldDeclarationSyntax field:
                    return !field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case LocalDeclarationStatementSyntax local:
                    return !local.IsConst;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return true;
            }
        }

        return true;
    }

    /// <summary><c>System.Environment.GetEnvironmentVariable("NAME")</c>, simplified to <c>Environment…</c> where <c>using System;</c> is in scope.</summary>
    public static ExpressionSyntax EnvironmentRead(string variableName)
        => SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.ParseExpression("System.Environment"),
                    SyntaxFactory.IdentifierName("GetEnvironmentVariable")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(variableName))))))
            .WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>
    /// An environment variable name for the value of <paramref name="expression"/>: the containing type and the name
    /// that receives the value (<see cref="ValueReceiver"/>), or <paramref name="fallback"/>, in upper snake case
    /// (<c>Billing.apiKey</c> → <c>BILLING_API_KEY</c>).
    /// </summary>
    public static string SuggestName(ExpressionSyntax expression, SemanticModel? model, string fallback, CancellationToken cancellationToken)
    {
        var (receiver, type) = NameParts(expression, model, fallback, cancellationToken);
        return VariableName(receiver, type);
    }

    /// <summary>
    /// Both names for the value of <paramref name="expression"/>, from one look at what receives it: the environment
    /// variable (<see cref="SuggestName"/>) and a configuration key, the containing type as section and the receiving
    /// name in PascalCase (<c>PaymentClient.apiKey</c> → <c>PaymentClient:ApiKey</c>).
    /// </summary>
    public static (string Variable, string Key) SuggestNames(ExpressionSyntax expression, SemanticModel? model, string fallback, CancellationToken cancellationToken)
    {
        var (receiver, type) = NameParts(expression, model, fallback, cancellationToken);
        return (VariableName(receiver, type), type is null ? Pascal(receiver) : type + ":" + Pascal(receiver));
    }

    /// <summary>The name that receives the value (or <paramref name="fallback"/>) and the type declaring the code, if any.</summary>
    private static (string Receiver, string? Type) NameParts(ExpressionSyntax expression, SemanticModel? model, string fallback, CancellationToken cancellationToken)
        => (ValueReceiver.NameOf(expression, model, cancellationToken) ?? fallback,
            expression.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText);

    private static string VariableName(string receiver, string? type)
    {
        var name = UpperSnake(receiver);
        return type is null || name.StartsWith(UpperSnake(type) + "_", System.StringComparison.Ordinal)
            ? name
            : UpperSnake(type) + "_" + name;
    }

    /// <summary><c>privateKeyPem</c> → <c>PRIVATE_KEY_PEM</c>; <c>PEMKey</c> → <c>PEM_KEY</c>; <c>_api_key</c> → <c>API_KEY</c>.</summary>
    public static string UpperSnake(string identifier) => IdentifierWords.UpperSnake(identifier);

    /// <summary>
    /// A <c>Microsoft.Extensions.Configuration.IConfiguration</c> the code at <paramref name="at"/> can read: a local declared
    /// before it or a parameter in scope first, then a field or property of the containing type (static members only
    /// where no instance is available: static members and field or property initializers). Null when there is none.
    /// </summary>
    public static ExpressionSyntax? ConfigurationInScope(SemanticModel model, ExpressionSyntax at, CancellationToken cancellationToken)
    {
        var configuration = SourceExposure.Analyzers.KnownSymbols.For(model.Compilation).Type("Microsoft.Extensions.Configuration.IConfiguration");
        if (configuration is null)
        {
            return null;
        }

        var position = at.SpanStart;
        var enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        while (enclosing is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction, IsStatic: false } inner)
        {
            enclosing = inner.ContainingSymbol;
        }

        var instanceAvailable = enclosing is IMethodSymbol { IsStatic: false } || enclosing is IPropertySymbol { IsStatic: false } && at.FirstAncestorOrSelf<AccessorDeclarationSyntax>() is not null
            || at.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>() is { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } && enclosing is { IsStatic: false } and not IFieldSymbol;

        ISymbol? member = null;
        foreach (var symbol in model.LookupSymbols(position))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = symbol switch
            {
                ILocalSymbol local when local.DeclaringSyntaxReferences.All(r => r.Span.End < position) => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol field when field.IsStatic || instanceAvailable => field.Type,
                IPropertySymbol { IsIndexer: false } property when property.IsStatic || instanceAvailable => property.Type,
                _ => null,
            };

            if (type is null || !(SymbolEqualityComparer.Default.Equals(type, configuration) || type.AllInterfaces.Contains(configuration, SymbolEqualityComparer.Default)))
            {
                continue;
            }

            if (symbol is ILocalSymbol or IParameterSymbol)
            {
                return SyntaxFactory.IdentifierName(symbol.Name);
            }

            member ??= symbol;
        }

        return member is null ? null : SyntaxFactory.IdentifierName(member.Name);
    }

    /// <summary><c>configuration["Section:Key"]</c>.</summary>
    public static ExpressionSyntax ConfigurationLookup(ExpressionSyntax configuration, string key)
        => SyntaxFactory.ElementAccessExpression(
            configuration,
            SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key))))));

    /// <summary><c>api_key</c> → <c>ApiKey</c>; <c>clientSecret</c> → <c>ClientSecret</c>.</summary>
    public static string Pascal(string identifier)
    {
        var builder = new StringBuilder(identifier.Length);
        foreach (var word in UpperSnake(identifier).Split('_'))
        {
            if (word.Length > 0)
            {
                builder.Append(word[0]).Append(word.Substring(1).ToLowerInvariant());
            }
        }

        return builder.Length == 0 ? "Secret" : builder.ToString();
    }
}
