// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Analyzers.Shared;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>SE1005: Hard-coded credential passed to a credential-taking API.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE1005CredentialApiArgumentAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE1005);

    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static start =>
    {
        var sinks = SinkMap.Resolve(start.Compilation, CredentialSinks.Credentials);
        if (sinks.IsEmpty)
        {
            return;
        }

        var options = new OptionReader(start.Options);
        var allowlist = SecretAllowlist.Create(start.Compilation, start.Options, options, start.CancellationToken);
        var scope = CodeScope.For(start.Compilation, options);
        start.RegisterOperationAction(
            c => Analyze(c, sinks, allowlist, scope),
            OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.SimpleAssignment);

        if (KnownSymbols.For(start.Compilation).Type("System.Security.SecureString") is { } secureString)
        {
            start.RegisterOperationAction(c => AnalyzeSecureString(c, secureString, allowlist, scope), OperationKind.Loop);
        }
    });

    /// <summary>
    /// <c>foreach (var c in "literal") secure.AppendChar(c);</c> (or over <c>"literal".ToCharArray()</c>): a SecureString
    /// filled from a literal protects nothing, the literal is in the assembly.
    /// </summary>
    private static void AnalyzeSecureString(OperationAnalysisContext context, INamedTypeSymbol secureString, SecretAllowlist allowlist, CodeScope scope)
    {
        if (context.Operation is not IForEachLoopOperation loop || loop.Locals.Length != 1
            || !scope.Reports(RuleOptions.SE1005CodeKinds, context.Operation.Syntax.SyntaxTree))
        {
            return;
        }

        var collection = Unwrap.Conversions(loop.Collection);
        if (collection is IInvocationOperation { TargetMethod.Name: "ToCharArray", Arguments.Length: 0, Instance: { } instance })
        {
            collection = Unwrap.Conversions(instance);
        }

        if (collection.ConstantValue.Value is not string text || text.Length == 0 || Placeholders.IsPlaceholder(text)
            || allowlist.IsAllowed(text, collection.Syntax.SyntaxTree))
        {
            return;
        }

        foreach (var operation in loop.Body.Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "AppendChar", Arguments.Length: 1 } append
                && SymbolEqualityComparer.Default.Equals(append.TargetMethod.ContainingType, secureString)
                && Unwrap.Conversions(append.Arguments[0].Value) is ILocalReferenceOperation local
                && SymbolEqualityComparer.Default.Equals(local.Local, loop.Locals[0]))
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Name, "password");
                context.ReportDiagnostic(Diagnostic.Create(Rules.SE1005, collection.Syntax.GetLocation(), properties, "SecureString.AppendChar", "password", Redaction.Redact(text)));
                return;
            }
        }
    }

    private static void Analyze(OperationAnalysisContext context, SinkMap sinks, SecretAllowlist allowlist, CodeScope scope)
    {
        var matches = sinks.Match(context.Operation);
        if (matches is null || !scope.Reports(RuleOptions.SE1005CodeKinds, context.Operation.Syntax.SyntaxTree))
        {
            return;
        }

        foreach (var (sink, value, _) in matches)
        {
            var display = sink.Display;
            if (sink.Member is "Add" or "TryAddWithoutValidation")
            {
                // HttpHeaders: only the headers that carry a credential.
                if (!TryGetHeaderName((IInvocationOperation)context.Operation, out var header))
                {
                    continue;
                }

                display += "(\"" + header + "\")";
            }

            if (!TryGetHardCoded(value, 0, out var text, out var origin))
            {
                continue;
            }

            var credential = StripScheme(text);
            // A constant in a documented provider format is SE1001's finding (at its literal), with the provider's name.
            if (credential.Length == 0 || Placeholders.IsPlaceholder(credential) || allowlist.IsAllowed(credential, value.Syntax.SyntaxTree)
                || (origin is not null && TokenScanner.Scan(credential) is { Count: > 0 }))
            {
                continue;
            }

            // A literal written in this file is marked (and can be replaced); a constant declared elsewhere is marked where it is used.
            var location = origin is not null && LiteralFlow.IsWrittenString(origin) && origin.Syntax.SyntaxTree == value.Syntax.SyntaxTree
                ? origin.Syntax.GetLocation()
                : value.Syntax.GetLocation();
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Name, sink.Parameter ?? sink.Member);
            context.ReportDiagnostic(Diagnostic.Create(Rules.SE1005, location, properties, display, sink.Kind, Redaction.Redact(credential)));
        }
    }

    private static bool TryGetHeaderName(IInvocationOperation invocation, out string header)
    {
        header = string.Empty;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "name" && argument.Value.ConstantValue.Value is string name)
            {
                foreach (var known in CredentialSinks.CredentialHeaders)
                {
                    if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
                    {
                        header = name;
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The text of a value fixed at compile time: a constant (literal, const, folded concatenation), a local written once
    /// or a readonly field initialised in this file, and concatenations or interpolations whose every part is one,
    /// including <c>Convert.ToBase64String(Encoding.X.GetBytes(constant))</c> (HTTP Basic credentials).
    /// <paramref name="origin"/> is the operation that holds the text when it is a single expression.
    /// </summary>
    private static bool TryGetHardCoded(IOperation value, int depth, out string text, out IOperation? origin)
    {
        text = string.Empty;
        origin = null;
        if (depth > 8)
        {
            return false;
        }

        value = Unwrap.Conversions(value);
        switch (value)
        {
            case ILocalReferenceOperation local when !local.ConstantValue.HasValue:
                // A credential-named local is SE1004's finding already.
                if (CredentialNames.ClassifyAssigned(local.Local.Name, out _) != CredentialClass.None
                    || LiteralFlow.SingleDefinition(local) is not { } definition)
                {
                    return false;
                }

                value = definition;
                break;
            case IFieldReferenceOperation field when !field.ConstantValue.HasValue:
                if (CredentialNames.ClassifyAssigned(field.Field.Name, out _) != CredentialClass.None
                    || LiteralFlow.FieldInitializer(field) is not { } initializer)
                {
                    return false;
                }

                value = initializer;
                break;
        }

        if (value.ConstantValue.HasValue)
        {
            text = value.ConstantValue.Value as string ?? string.Empty;
            origin = value;
            return text.Length > 0;
        }

        var builder = new StringBuilder();
        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                if (!TryGetHardCoded(binary.LeftOperand, depth + 1, out var left, out _) || !TryGetHardCoded(binary.RightOperand, depth + 1, out var right, out _))
                {
                    return false;
                }

                text = left + right;
                return true;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolatedStringTextOperation textPart when textPart.Text.ConstantValue.Value is string literal:
                            builder.Append(literal);
                            break;
                        case IInterpolationOperation hole when hole.Alignment is null && hole.FormatString is null
                            && TryGetHardCoded(hole.Expression, depth + 1, out var holeText, out _):
                            builder.Append(holeText);
                            break;
                        default:
                            return false;
                    }
                }

                text = builder.ToString();
                return text.Length > 0;
            case IInvocationOperation { TargetMethod.Name: "ToBase64String", Arguments.Length: 1 } toBase64
                when toBase64.TargetMethod.ContainingType?.ToDisplayString() == "System.Convert"
                    && Unwrap.Conversions(toBase64.Arguments[0].Value) is IInvocationOperation { TargetMethod.Name: "GetBytes", Arguments.Length: 1 } getBytes
                    && TryGetHardCoded(getBytes.Arguments[0].Value, depth + 1, out var plain, out _):
                text = Convert.ToBase64String(Encoding.UTF8.GetBytes(plain));
                return true;
            default:
                return false;
        }
    }

    private static string StripScheme(string value)
    {
        var trimmed = value.Trim();
        var space = trimmed.IndexOf(' ');
        if (space > 0 && space < 24)
        {
            var scheme = trimmed.Substring(0, space);
            if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
                || scheme.Equals("Token", StringComparison.OrdinalIgnoreCase) || scheme.Equals("ApiKey", StringComparison.OrdinalIgnoreCase)
                || scheme.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase) || scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed.Substring(space + 1).Trim();
            }
        }

        return trimmed;
    }
}
