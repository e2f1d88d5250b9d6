// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Backdoors;

/// <summary>SE4003: TLS certificate validation disabled.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE4003CertificateValidationDisabledAnalyzer : SourceExposureAnalyzer
{
    /// <summary>The diagnostic property telling the fix whether the finding is a removable assignment.</summary>
    public const string AssignmentProperty = "Assignment";

    private static readonly ImmutableDictionary<string, string?> AssignmentProperties =
        ImmutableDictionary<string, string?>.Empty.Add(AssignmentProperty, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE4003);

    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static start =>
    {
        var scope = CodeScope.For(start.Compilation, new Configuration.OptionReader(start.Options));
        start.RegisterSyntaxNodeAction(
            c =>
            {
                if (scope.Reports(RuleOptions.SE4003CodeKinds, c.Node.SyntaxTree))
                {
                    AnalyzeAssignment(c);
                }
            },
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxKind.AddAssignmentExpression);
        start.RegisterSyntaxNodeAction(
            c =>
            {
                if (scope.Reports(RuleOptions.SE4003CodeKinds, c.Node.SyntaxTree))
                {
                    AnalyzeCreation(c);
                }
            },
            SyntaxKind.ObjectCreationExpression);
    });

    private static bool IsCallbackName(string name)
        => name is "ServerCertificateCustomValidationCallback" or "ServerCertificateValidationCallback" or "RemoteCertificateValidationCallback";

    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        var targetName = assignment.Left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            _ => null,
        };
        if (targetName is null || !IsCallbackName(targetName))
        {
            return;
        }

        if (context.SemanticModel.GetOperation(assignment, context.CancellationToken) is not IAssignmentOperation operation
            || operation.Target is not IPropertyReferenceOperation { Property: { } property }
            || !IsAcceptAll(operation.Value, context.SemanticModel))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rules.SE4003, assignment.GetLocation(), AssignmentProperties, property.ContainingType.Name + "." + property.Name));
    }

    private static void AnalyzeCreation(SyntaxNodeAnalysisContext context)
    {
        // new SslStream(inner, false, (s, c, ch, e) => true): the callback is a constructor argument.
        var creation = (ObjectCreationExpressionSyntax)context.Node;
        if (creation.ArgumentList is not { Arguments.Count: >= 3 } || !TypeNameEndsWith(creation.Type, "SslStream"))
        {
            return;
        }

        if (context.SemanticModel.GetOperation(creation, context.CancellationToken) is not IObjectCreationOperation operation)
        {
            return;
        }

        foreach (var argument in operation.Arguments)
        {
            if (argument.Parameter?.Type.Name == "RemoteCertificateValidationCallback" && IsAcceptAll(argument.Value, context.SemanticModel))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.SE4003, argument.Syntax.GetLocation(), operation.Type?.Name + " certificate callback"));
            }
        }
    }

    private static bool TypeNameEndsWith(TypeSyntax type, string name) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == name,
        _ => false,
    };

    /// <summary>
    /// A callback that accepts any certificate: HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, or a
    /// lambda or method whose every return is <c>true</c>, or which returns <c>true</c> somewhere without looking at
    /// any of its parameters (the policy errors, the certificate, the chain).
    /// </summary>
    private static bool IsAcceptAll(IOperation value, SemanticModel model)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    continue;
                case IDelegateCreationOperation creation:
                    value = creation.Target;
                    continue;
                case IParenthesizedOperation parenthesized:
                    value = parenthesized.Operand;
                    continue;
            }

            break;
        }

        switch (value)
        {
            case IPropertyReferenceOperation { Property.Name: "DangerousAcceptAnyServerCertificateValidator" }:
                return true;
            case IAnonymousFunctionOperation function:
                return AcceptsAll(function.Symbol, function.Body.Syntax);
            case IMethodReferenceOperation reference:
                foreach (var syntaxReference in reference.Method.DeclaringSyntaxReferences)
                {
                    var declaration = syntaxReference.GetSyntax();
                    if (declaration.SyntaxTree == model.SyntaxTree && declaration is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax)
                    {
                        return AcceptsAll(reference.Method, declaration);
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool AcceptsAll(IMethodSymbol method, SyntaxNode body)
    {
        var expressionBody = body switch
        {
            MethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            LocalFunctionStatementSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };
        if (expressionBody is not null)
        {
            return IsTrue(expressionBody);
        }

        var anyTrue = false;
        var allTrue = true;
        var usesParameter = false;
        foreach (var node in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            switch (node)
            {
                case ReturnStatementSyntax { Expression: { } returned }:
                    if (IsTrue(returned))
                    {
                        anyTrue = true;
                    }
                    else
                    {
                        allTrue = false;
                    }

                    break;
                case IdentifierNameSyntax identifier when !usesParameter:
                    foreach (var parameter in method.Parameters)
                    {
                        if (parameter.Name == identifier.Identifier.ValueText)
                        {
                            usesParameter = true;
                            break;
                        }
                    }

                    break;
            }
        }

        return anyTrue && (allTrue || !usesParameter);
    }

    private static bool IsTrue(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression.IsKind(SyntaxKind.TrueLiteralExpression);
    }
}
