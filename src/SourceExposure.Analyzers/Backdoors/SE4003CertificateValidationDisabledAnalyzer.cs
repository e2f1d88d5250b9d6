// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Backdoors;

/// <summary>SE4003: TLS certificate validation disabled.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE4003CertificateValidationDisabledAnalyzer : SourceExposureAnalyzer
{
    private static readonly ImmutableDictionary<string, string?> AssignmentProperties =
        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Assignment, DiagnosticProperties.Present);

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
        var targetName = ValueReceiver.TargetName(assignment.Left);
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

        if (context.SemanticModel.GetOperation(creation, context.CancellationToken) is not IObjectCreationOperation { Constructor: not null } operation)
        {
            // Code that does not bind (a lambda whose parameter type comes from a missing reference, code as typed):
            // the third argument of SslStream is its validation callback, and (_, _, _, _) => true reads as written.
            if (creation.ArgumentList.Arguments[2].Expression is ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 4, ExpressionBody: { } returned } lambda
                && IsTrue(returned))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.SE4003, lambda.Parent!.GetLocation(), "SslStream certificate callback"));
            }

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
        // new RemoteCertificateValidationCallback(Validate), (sender, cert, chain, errors) => true: the target is judged.
        value = Unwrap.ToValue(value);
        if (value is IDelegateCreationOperation creation)
        {
            value = Unwrap.ToValue(creation.Target);
        }

        switch (value)
        {
            case IPropertyReferenceOperation { Property.Name: "DangerousAcceptAnyServerCertificateValidator" }:
                return true;
            case IAnonymousFunctionOperation function:
                return AcceptsAll(function.Symbol, function.Body.Syntax);
            case IMethodReferenceOperation reference:
                // The method may be declared in another file or class (a validator passed as a method group): its
                // syntax is read, not bound, so any tree of the compilation will do.
                foreach (var syntaxReference in reference.Method.DeclaringSyntaxReferences)
                {
                    var declaration = syntaxReference.GetSyntax();
                    if (declaration is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax)
                    {
                        return AcceptsAll(reference.Method, declaration);
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// Every return is <c>true</c> (whatever the callback logs first), or some <c>return true</c> is reached without
    /// looking at the certificate: no condition guarding it and no statement before it reads a parameter. The second
    /// covers validators that accept everything when a setting says so (<c>if (settings.IgnoreSslErrors) return true;</c>),
    /// which disable validation for every deployment that turns the setting on.
    /// </summary>
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
        var uncheckedTrue = false;
        foreach (var node in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is not ReturnStatementSyntax { Expression: { } returned } statement)
            {
                continue;
            }

            if (!IsTrue(returned))
            {
                allTrue = false;
                continue;
            }

            anyTrue = true;
            uncheckedTrue |= !IsCheckedBeforeReturn(statement, body, method);
        }

        return anyTrue && (allTrue || uncheckedTrue);
    }

    /// <summary>
    /// Whether the way to <paramref name="statement"/> looks at a parameter: an enclosing condition, or an earlier
    /// statement of an enclosing block, that mentions one.
    /// </summary>
    private static bool IsCheckedBeforeReturn(SyntaxNode statement, SyntaxNode body, IMethodSymbol method)
    {
        for (SyntaxNode node = statement; node != body && node.Parent is { } parent; node = parent)
        {
            switch (parent)
            {
                case IfStatementSyntax ifStatement when MentionsParameter(ifStatement.Condition, method):
                    return true;
                case ElseClauseSyntax { Parent: IfStatementSyntax elseOf } when MentionsParameter(elseOf.Condition, method):
                    return true;
                case SwitchSectionSyntax { Parent: SwitchStatementSyntax switchStatement } when MentionsParameter(switchStatement.Expression, method):
                    return true;
                case BlockSyntax block:
                    foreach (var earlier in block.Statements)
                    {
                        if (earlier == node)
                        {
                            break;
                        }

                        if (MentionsParameter(earlier, method))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    private static bool MentionsParameter(SyntaxNode node, IMethodSymbol method)
    {
        foreach (var identifier in node.DescendantNodesAndSelf())
        {
            if (identifier is IdentifierNameSyntax name)
            {
                foreach (var parameter in method.Parameters)
                {
                    if (parameter.Name == name.Identifier.ValueText)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
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
