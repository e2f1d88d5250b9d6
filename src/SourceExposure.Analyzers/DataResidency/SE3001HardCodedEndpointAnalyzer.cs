// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.DataResidency.Catalog;
using SourceExposure.Analyzers.DataResidency.Detection;

namespace SourceExposure.Analyzers.DataResidency;

/// <summary>SE3001: Hard-coded endpoint in a disallowed jurisdiction.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE3001HardCodedEndpointAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE3001);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var policies = new ResidencyPolicies(start.Options);
            var scope = CodeScope.For(start.Compilation, new Configuration.OptionReader(start.Options));
            start.RegisterOperationAction(c => AnalyzeLiteral(c, policies, scope), OperationKind.Literal);
        });

    private static void AnalyzeLiteral(OperationAnalysisContext context, ResidencyPolicies policies, CodeScope scope)
    {
        if (context.Operation.ConstantValue is not { HasValue: true, Value: string text } || !EndpointText.IsCandidate(text)
            || !scope.Reports(RuleOptions.SE3001CodeKinds, context.Operation.Syntax.SyntaxTree)
            || IsDocumentationAttributeArgument(context.Operation.Syntax))
        {
            return;
        }

        if (!EndpointText.TryFind(text, out var match, out var form))
        {
            // A provider host that names no region may be placed by a region id written beside it (an SDK's table).
            if (!EndpointText.TryFindHost(text, out var host) || Neighbours(context.Operation) is not { } neighbours
                || !JurisdictionCatalog.TryPlaceWithRegion(host, neighbours, out match))
            {
                return;
            }
        }

        if (!policies.For(context.Operation.Syntax.SyntaxTree).Disallows(match.Jurisdiction))
        {
            return;
        }

        // A country-code TLD only says where a name is registered: it counts where the value is used as an endpoint.
        if (match.Evidence == Evidence.CountryCode && form != EndpointForm.ConnectionString && !EndpointSlots.IsEndpointSlot(context.Operation))
        {
            return;
        }

        Report(context, match);
    }

    /// <summary>
    /// <c>[Obsolete("see https://…")]</c>, <c>[Description(…)]</c>: a link in documentation metadata is read by people,
    /// not called by the code (attributes that do configure a client, such as <c>[HttpHost(…)]</c>, still count).
    /// </summary>
    private static bool IsDocumentationAttributeArgument(SyntaxNode syntax)
    {
        for (var node = syntax.Parent; node is not null && node is not StatementSyntax and not MemberDeclarationSyntax; node = node.Parent)
        {
            if (node is AttributeSyntax attribute)
            {
                var name = attribute.Name switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => string.Empty,
                };
                if (name.EndsWith("Attribute", System.StringComparison.Ordinal))
                {
                    name = name.Substring(0, name.Length - "Attribute".Length);
                }

                return name is "Obsolete" or "Description" or "Display" or "DisplayName" or "Category" or "Summary" or "Remarks"
                    or "Example" or "Help" or "HelpText" or "Comment" or "Documentation" or "SwaggerOperation" or "OpenApiOperation";
            }
        }

        return false;
    }

    /// <summary>
    /// The other string constants of the call, construction or indexer a literal is an argument of, joined: where an
    /// SDK's endpoint table writes the region (<c>Add("sts_cn-hangzhou", "sts.aliyuncs.com")</c>,
    /// <c>{ "cn-beijing", "cloudpush.aliyuncs.com" }</c>, <c>["cn-beijing"] = "…"</c>).
    /// </summary>
    private static string? Neighbours(IOperation literal)
    {
        var value = literal.Parent is IConversionOperation conversion ? conversion : literal;
        var arguments = value.Parent switch
        {
            IArgumentOperation { Parent: IInvocationOperation invocation } => invocation.Arguments,
            IArgumentOperation { Parent: IObjectCreationOperation creation } => creation.Arguments,
            _ => value.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment && assignment.Value == value
                ? indexer.Arguments
                : default,
        };
        if (arguments.IsDefaultOrEmpty)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var argument in arguments)
        {
            if (argument.Value != value && argument.Value.ConstantValue is { HasValue: true, Value: string neighbour })
            {
                builder.Append(neighbour).Append(' ');
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static void Report(OperationAnalysisContext context, HostMatch match)
    {
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.SE3001,
            EndpointLocation(context.Operation.Syntax, match.Host),
            match.Host,
            match.Description,
            Jurisdictions.Name(match.Jurisdiction)));
    }

    /// <summary>
    /// The literal, or the endpoint inside it when the literal holds more than one value (a JSON document, a list of
    /// servers, a configuration string): the host with its scheme and port, found once in the source text.
    /// </summary>
    private static Location EndpointLocation(SyntaxNode literal, string host)
    {
        var token = literal.GetFirstToken();
        var text = token.Text;
        var at = text.IndexOf(host, System.StringComparison.OrdinalIgnoreCase);
        // "Endpoint=sb://…;": a key-value string is one setting, which the fix moves whole.
        if (literal is not LiteralExpressionSyntax || at < 0 || text.IndexOf(host, at + host.Length, System.StringComparison.OrdinalIgnoreCase) >= 0
            || text.LastIndexOf('=', at) >= 0)
        {
            return literal.GetLocation();
        }

        var start = at;
        if (start >= 3 && string.CompareOrdinal(text, start - 3, "://", 0, 3) == 0)
        {
            start -= 3;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }
        }

        var end = at + host.Length;
        if (end < text.Length && text[end] == ':')
        {
            var digits = end + 1;
            while (digits < text.Length && char.IsDigit(text[digits]))
            {
                digits++;
            }

            end = digits > end + 1 ? digits : end;
        }

        // A literal that is the endpoint and little more ("https://host/path", "host:6379") keeps its whole span.
        var opening = text.IndexOf('"') + 1;
        while (opening < text.Length && text[opening] == '"')
        {
            opening++;
        }

        return start <= opening
            ? literal.GetLocation()
            : Location.Create(literal.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(token.SpanStart + start, end - start));
    }
}
