// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Disclosure.Detection;

namespace SourceExposure.Analyzers.Disclosure;

/// <summary>SE5002: Internal infrastructure named in code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Where the address should come from (appsettings, environment, service discovery) is the application's decision; the name itself may also need to change.")]
public sealed class SE5002InternalInfrastructureAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE5002);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var options = new OptionReader(start.Options);
            var scope = CodeScope.For(start.Compilation, options);
            start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, options, scope));
        });

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, OptionReader options, CodeScope scope)
    {
        var sourceText = context.Tree.GetText(context.CancellationToken);

        // One pass over the text finds where an internal name could start; only the string tokens at those places
        // are looked at, so files without candidates (most) cost one scan and the tree is never walked.
        if (!scope.Reports(RuleOptions.SE5002CodeKinds, context.Tree))
        {
            return;
        }

        var singleLabelHosts = options.Get(RuleOptions.SE5002SingleLabelHosts, context.Tree);
        var text = sourceText.FullText();
        var position = InternalInfrastructure.NextCandidate(text, 0, singleLabelHosts);
        if (position < 0)
        {
            return;
        }

        var allowed = options.Get(RuleOptions.SE5002AllowedHosts, context.Tree);
        var root = context.Tree.GetRoot(context.CancellationToken);
        var judgedUpTo = -1;
        while (position >= 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (position >= judgedUpTo)
            {
                var token = root.FindToken(position);
                if (token.IsStringText() && token.Span.Contains(position))
                {
                    judgedUpTo = token.Span.End;
                    Judge(context, token, allowed, singleLabelHosts);
                }
            }

            position = InternalInfrastructure.NextCandidate(text, Math.Max(position + 1, judgedUpTo), singleLabelHosts);
        }
    }

    private static void Judge(SyntaxTreeAnalysisContext context, SyntaxToken token, ImmutableArray<string> allowed, bool singleLabelHosts)
    {
        if (!InternalInfrastructure.TryFind(token.ValueText, allowed, singleLabelHosts, out var match))
        {
            return;
        }

        var contextName = ContextName(token.Parent);
        if (match.NeedsHostContext && !DataResidency.EndpointSlots.IsEndpointName(contextName))
        {
            return;
        }

        if (match.IsIPv4 && (ContainsWord(contextName, "version") || token.ValueText.IndexOf("version", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return;
        }

        if (match.IsHostName && (ContainsWord(contextName, "namespace") || ContainsWord(contextName, "xmlns") || ContainsWord(contextName, "schema")))
        {
            return;
        }

        var location = token.Parent is LiteralExpressionSyntax literal ? literal.GetLocation() : token.GetLocation();
        context.ReportDiagnostic(Diagnostic.Create(Rules.SE5002, location, match.Describe(), match.Value));
    }

    /// <summary>
    /// The names around a literal that say what it is: the variable, property, field, parameter or named argument
    /// receiving it, the attribute, type or method it is passed to. "AssemblyVersion", "Version.Parse", "xmlns",
    /// "XNamespace" turn an address-shaped or URL-shaped string into something else.
    /// </summary>
    private static string ContextName(SyntaxNode? node)
    {
        var names = string.Empty;
        for (var depth = 0; node is not null && depth < 8; depth++, node = node.Parent)
        {
            switch (node)
            {
                case AttributeSyntax attribute:
                    return names + " " + attribute.Name;
                case AttributeArgumentSyntax { NameEquals: { } nameEquals }:
                    names += " " + nameEquals.Name.Identifier.ValueText;
                    break;
                case AttributeArgumentSyntax { NameColon: { } attributeColon }:
                    names += " " + attributeColon.Name.Identifier.ValueText;
                    break;
                case ArgumentSyntax { NameColon: { } nameColon }:
                    names += " " + nameColon.Name.Identifier.ValueText;
                    break;
                case ObjectCreationExpressionSyntax creation:
                    return names + " " + creation.Type;
                case InvocationExpressionSyntax invocation:
                    return names + " " + invocation.Expression;
                case VariableDeclaratorSyntax declarator:
                    names += " " + declarator.Identifier.ValueText;
                    if (declarator.Parent is VariableDeclarationSyntax declaration)
                    {
                        names += " " + declaration.Type;
                    }

                    return names;
                case PropertyDeclarationSyntax property:
                    return names + " " + property.Identifier.ValueText + " " + property.Type;
                case ParameterSyntax parameter:
                    return names + " " + parameter.Identifier.ValueText + " " + parameter.Type;
                case AssignmentExpressionSyntax assignment:
                    return names + " " + assignment.Left;
                case StatementSyntax or MemberDeclarationSyntax:
                    return names;
            }
        }

        return names;
    }

    private static bool ContainsWord(string names, string word) => names.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
}
