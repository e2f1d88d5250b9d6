// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Analyzers.Shared;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>SE1004: Secret assigned to a credential-named symbol.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SE1004CredentialNamedSymbolAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE1004);

    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static start =>
    {
        var options = new OptionReader(start.Options);
        var state = new State(
            options,
            CodeScope.For(start.Compilation, options),
            SecretAllowlist.Create(start.Compilation, start.Options, options, start.CancellationToken),
            KnownSymbols.For(start.Compilation).Type("System.Net.Http.Headers.HttpHeaders"),
            SinkMap.Resolve(start.Compilation, CredentialSinks.Credentials));

        start.RegisterOperationAction(c => AnalyzeFieldInitializer(c, state), OperationKind.FieldInitializer);
        start.RegisterOperationAction(c => AnalyzePropertyInitializer(c, state), OperationKind.PropertyInitializer);
        start.RegisterOperationAction(c => AnalyzeDeclarator(c, state), OperationKind.VariableDeclarator);
        start.RegisterOperationAction(c => AnalyzeAssignment(c, state), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(c => AnalyzeArgument(c, state), OperationKind.Argument);
        start.RegisterOperationAction(c => AnalyzeInvocation(c, state), OperationKind.Invocation);
        start.RegisterSyntaxTreeAction(c => AnalyzeEmbeddedEntries(c, state));
    });

    private static void AnalyzeFieldInitializer(OperationAnalysisContext context, State state)
    {
        var initializer = (IFieldInitializerOperation)context.Operation;
        if (initializer.InitializedFields.Length > 0)
        {
            Check(context, state, initializer.InitializedFields[0].Name, initializer.Value);
        }
    }

    private static void AnalyzePropertyInitializer(OperationAnalysisContext context, State state)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        if (initializer.InitializedProperties.Length > 0)
        {
            Check(context, state, initializer.InitializedProperties[0].Name, initializer.Value);
        }
    }

    private static void AnalyzeDeclarator(OperationAnalysisContext context, State state)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        if (declarator.Initializer is { } initializer)
        {
            Check(context, state, declarator.Symbol.Name, initializer.Value);
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, State state)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        string? name = assignment.Target switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
            IPropertyReferenceOperation { Arguments.Length: 1 } indexer => indexer.Arguments[0].Value.ConstantValue.Value as string,
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            _ => null,
        };

        if (name is not null)
        {
            Check(context, state, name, assignment.Value);
        }
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, State state)
    {
        // Named or positional, to a method, constructor or attribute: the parameter names what it receives. Not the
        // arguments of the APIs SE1005 knows (it reports them with the API's name).
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is { } parameter && argument.ArgumentKind == ArgumentKind.Explicit
            && !IsCredentialApiArgument(argument, state.CredentialApis))
        {
            Check(context, state, parameter.Name, argument.Value);
        }
    }

    /// <summary>
    /// Credentials written as entries of JSON, XML or key=value text held in a string (<c>"{\"password\":\"…\"}"</c>,
    /// <c>"&lt;add key=\"ApiKey\" value=\"…\"/&gt;"</c>): the entry's key names the value. Only the strings where the
    /// file's text holds a credential keyword are parsed. Connection strings and URLs are SE1003's, provider formats SE1001's.
    /// </summary>
    private static void AnalyzeEmbeddedEntries(SyntaxTreeAnalysisContext context, State state)
    {
        var tree = context.Tree;
        if (!state.Scope.Reports(RuleOptions.SE1004CodeKinds, tree))
        {
            return;
        }

        var text = tree.FullText(context.CancellationToken);
        var position = CredentialEntries.NextKeyword(text, 0);
        if (position < 0)
        {
            return;
        }

        var root = tree.GetRoot(context.CancellationToken);
        var minEntropy = state.Options.Get(RuleOptions.SE1004MinEntropy, tree);
        var minPasswordEntropy = state.Options.Get(RuleOptions.SE1004MinPasswordEntropy, tree);
        while (position >= 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!CredentialEntries.MayEndKey(text, position))
            {
                // cancellationToken), _secretStore.: a name in code, not the key of an entry; no need to find its token.
                position = CredentialEntries.NextKeyword(text, position + 1);
                continue;
            }

            var token = root.FindToken(position);
            var next = Math.Max(position + 1, token.Span.End);
            if (token.Span.Contains(position) && token.IsStringText() && CredentialEntries.Find(token.ValueText) is { } entries)
            {
                var embedded = token.ValueText;
                var taken = ConnectionStrings.Find(embedded);
                foreach (var entry in entries)
                {
                    var credentialClass = CredentialNames.ClassifyAssigned(entry.Key, out var kind);
                    if (credentialClass == CredentialClass.None || Overlaps(taken, entry)
                        || !CredentialValues.LooksLikeSecret(entry.Value, credentialClass, minEntropy, minPasswordEntropy)
                        || state.Allowlist.IsAllowed(entry.Value, tree) || TokenScanner.Scan(entry.Value) is { Count: > 0 })
                    {
                        continue;
                    }

                    // The value as written sits in the token's text when it holds no escapes: mark it; else the string.
                    var offset = token.Text.IndexOf(entry.Value, StringComparison.Ordinal);
                    var span = offset >= 0 ? new TextSpan(token.SpanStart + offset, entry.Value.Length) : token.Span;
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Name, entry.Key);
                    context.ReportDiagnostic(Diagnostic.Create(Rules.SE1004, Location.Create(tree, span), properties, entry.Key, kind, Redaction.Redact(entry.Value)));
                }
            }

            position = CredentialEntries.NextKeyword(text, next);
        }
    }

    private static bool Overlaps(IReadOnlyList<TextCredential> secrets, TextCredential entry)
    {
        foreach (var secret in secrets)
        {
            if (secret.Start < entry.Start + entry.Length && entry.Start < secret.Start + secret.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, State state)
    {
        // Dictionary entries: { "api_key", "…" } in collection initializers and explicit dict.Add("password", "…").
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Arguments.Length != 2 || invocation.TargetMethod.Name is not ("Add" or "TryAdd")
            || invocation.Arguments[0].Value.ConstantValue.Value is not string key
            || (state.HttpHeaders is not null && IsOrDerivesFrom(invocation.TargetMethod.ContainingType, state.HttpHeaders)))
        {
            return;
        }

        Check(context, state, key, invocation.Arguments[1].Value);
    }

    private static void Check(OperationAnalysisContext context, State state, string name, IOperation value)
    {
        // Cheapest tests first: a written string, then the name, then the options and the value itself.
        value = Unwrap.Conversions(value);
        if (!LiteralFlow.IsWrittenString(value) || value.ConstantValue.Value is not string text || text.Length < 6)
        {
            return;
        }

        var credentialClass = CredentialNames.ClassifyAssigned(name, out var kind);
        if (credentialClass == CredentialClass.None)
        {
            return;
        }

        var tree = value.Syntax.SyntaxTree;
        if (!state.Scope.Reports(RuleOptions.SE1004CodeKinds, tree))
        {
            return;
        }

        if (!CredentialValues.LooksLikeSecret(
                text,
                credentialClass,
                state.Options.Get(RuleOptions.SE1004MinEntropy, tree),
                state.Options.Get(RuleOptions.SE1004MinPasswordEntropy, tree))
            || state.Allowlist.IsAllowed(text, tree)
            || TokenScanner.Scan(text) is { Count: > 0 })
        {
            // A value in a documented provider format is SE1001's finding, with the provider's name.
            return;
        }

        var syntax = value.Syntax;
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Name, name);
        context.ReportDiagnostic(Diagnostic.Create(Rules.SE1004, syntax.GetLocation(), properties, name, kind, Redaction.Redact(text)));
    }

    private static bool IsCredentialApiArgument(IArgumentOperation argument, SinkMap credentialApis)
    {
        if (credentialApis.IsEmpty || argument.Parent is null || credentialApis.Match(argument.Parent) is not { } matches)
        {
            return false;
        }

        foreach (var match in matches)
        {
            if (match.Argument == argument)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrDerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class State
    {
        public State(OptionReader options, CodeScope scope, SecretAllowlist allowlist, INamedTypeSymbol? httpHeaders, SinkMap credentialApis)
        {
            CredentialApis = credentialApis;
            Options = options;
            Scope = scope;
            Allowlist = allowlist;
            HttpHeaders = httpHeaders;
        }

        public OptionReader Options { get; }

        public CodeScope Scope { get; }

        public SecretAllowlist Allowlist { get; }

        public INamedTypeSymbol? HttpHeaders { get; }

        public SinkMap CredentialApis { get; }
    }
}
