// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>SE1006: Hard-coded cryptographic key or IV.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Key bytes have no drop-in replacement: the key must come from a key store, and its encoding (raw, base64, hex) and lifetime are decisions for the developer.")]
public sealed class SE1006HardCodedCryptoKeyAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE1006);

    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static start =>
    {
        var sinks = SinkMap.Resolve(start.Compilation, CredentialSinks.Keys);
        if (sinks.IsEmpty)
        {
            return;
        }

        var options = new OptionReader(start.Options);
        var state = new State(
            sinks,
            options,
            CodeScope.For(start.Compilation, options),
            SecretAllowlist.Create(start.Compilation, start.Options, options, start.CancellationToken));
        start.RegisterOperationAction(
            c => Analyze(c, state),
            OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.SimpleAssignment);
    });

    private static void Analyze(OperationAnalysisContext context, State state)
    {
        var matches = state.Sinks.Match(context.Operation);
        if (matches is null)
        {
            return;
        }

        var tree = context.Operation.Syntax.SyntaxTree;
        if (!state.Scope.Reports(RuleOptions.SE1006CodeKinds, tree))
        {
            return;
        }

        var minBytes = state.Options.Get(RuleOptions.SE1006MinBytes, tree);
        foreach (var (sink, value, _) in matches)
        {
            var origin = LiteralFlow.Origin(value);
            if (!TryGetKeyBytes(origin, out var shown, out var length, out var allSame) || length < minBytes || allSame
                || state.Allowlist.IsAllowed(shown, tree))
            {
                continue;
            }

            var location = origin.Syntax.SyntaxTree == tree ? origin.Syntax.GetLocation() : value.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Rules.SE1006, location, Display(context.Operation, sink), sink.Kind, Redaction.Redact(shown)));
        }
    }

    /// <summary>"Aes.Key" rather than "SymmetricAlgorithm.Key": the type the code actually uses.</summary>
    private static string Display(IOperation operation, CredentialSink sink)
    {
        var instance = operation switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation reference } => reference.Instance,
            IInvocationOperation invocation => invocation.Instance,
            _ => null,
        };

        return instance?.Type is { } type && sink.Member != CredentialSink.Constructor ? type.Name + "." + sink.Member : sink.Display;
    }

    /// <summary>
    /// Key bytes fixed at compile time: an array or collection expression of constants, <c>Convert.FromBase64String</c>
    /// or <c>FromHexString</c> of a constant, <c>Encoding.X.GetBytes</c> of a constant, a UTF-8 literal, or the hash of
    /// any of these (a key "derived" from a fixed passphrase is as fixed as the passphrase). Strings are followed to
    /// where they are written (<see cref="LiteralFlow.Origin"/>). <paramref name="shown"/> is the text a reader would
    /// recognise (hex for arrays, the literal otherwise), redacted by the caller.
    /// </summary>
    private static bool TryGetKeyBytes(IOperation value, out string shown, out int length, out bool allSame)
    {
        shown = string.Empty;
        length = 0;
        allSame = false;
        var operation = Unwrap.Conversions(value);
        if (LiteralFlow.ConstantElements(operation) is { } elements)
        {
            return TryGetArrayBytes(elements, out shown, out length, out allSame);
        }

        switch (operation)
        {
            case IInvocationOperation { Arguments.Length: >= 1 } hash when HashLength(hash) is int hashLength:
                // SHA256.HashData(Encoding.UTF8.GetBytes("passphrase")), sha.ComputeHash(...): fixed input, fixed key.
                if (!TryGetKeyBytes(LiteralFlow.Origin(hash.Arguments[0].Value), out shown, out _, out allSame))
                {
                    return false;
                }

                length = hashLength;
                return true;
            case IInvocationOperation { Arguments.Length: 1 } invocation when LiteralFlow.ConstantString(invocation.Arguments[0].Value) is { } text:
                var method = invocation.TargetMethod;
                var container = method.ContainingType?.ToDisplayString();
                if (container == "System.Convert" && method.Name == "FromBase64String")
                {
                    length = text.Trim().TrimEnd('=').Length * 3 / 4;
                }
                else if (container == "System.Convert" && method.Name == "FromHexString")
                {
                    length = text.Length / 2;
                }
                else if (method.Name == "GetBytes" && IsEncoding(method.ContainingType))
                {
                    length = Encoding.UTF8.GetByteCount(text);
                }
                else
                {
                    return false;
                }

                shown = text;
                allSame = Placeholders.IsRepetitive(text.TrimEnd('='));

                // A counting run ("0123456789abcdef") is a weak key, but still a key: only placeholder words disqualify.
                return !Placeholders.IsPlaceholder(text) || allSame || Placeholders.IsSequential(text);
            case IInvocationOperation { TargetMethod.Name: "ToArray", Instance: { } instance } when Unwrap.Conversions(instance) is IUtf8StringOperation utf8:
                return TryGetUtf8(utf8, out shown, out length, out allSame);
            case IUtf8StringOperation utf8:
                return TryGetUtf8(utf8, out shown, out length, out allSame);
            default:
                return false;
        }
    }

    /// <summary>The bytes of constant elements (<see cref="LiteralFlow.ConstantElements"/>), shown as hex.</summary>
    private static bool TryGetArrayBytes(IReadOnlyList<IOperation> elements, out string shown, out int length, out bool allSame)
    {
        length = elements.Count;
        allSame = true;
        var hex = new StringBuilder(elements.Count * 2);
        long first = -1;
        foreach (var element in elements)
        {
            var b = Convert.ToInt64(element.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture) & 0xFF;
            allSame &= first < 0 || b == first;
            first = b;
            hex.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        shown = hex.ToString();
        return length > 0;
    }

    /// <summary>The output size of a hash method (SHA256.HashData, HashAlgorithm.ComputeHash on SHA256…), or null.</summary>
    private static int? HashLength(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("HashData" or "ComputeHash"))
        {
            return null;
        }

        // sha.ComputeHash(…) is declared on HashAlgorithm: the receiver's type says which hash it is.
        for (var type = invocation.Instance?.Type as INamedTypeSymbol ?? method.ContainingType; type is not null; type = type.BaseType)
        {
            if (type.ContainingNamespace?.ToDisplayString() != "System.Security.Cryptography")
            {
                continue;
            }

            switch (type.Name)
            {
                case "MD5":
                    return 16;
                case "SHA1":
                    return 20;
                case "SHA256":
                case "SHA3_256":
                    return 32;
                case "SHA384":
                case "SHA3_384":
                    return 48;
                case "SHA512":
                case "SHA3_512":
                    return 64;
            }
        }

        return null;
    }

    private static bool TryGetUtf8(IUtf8StringOperation utf8, out string shown, out int length, out bool allSame)
    {
        shown = utf8.Value;
        length = Encoding.UTF8.GetByteCount(shown);
        allSame = Placeholders.IsRepetitive(shown);
        return shown.Length > 0;
    }

    private static bool IsEncoding(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.Name == "Encoding" && type.ContainingNamespace?.ToDisplayString() == "System.Text")
            {
                return true;
            }
        }

        return false;
    }

    private sealed class State
    {
        public State(SinkMap sinks, OptionReader options, CodeScope scope, SecretAllowlist allowlist)
        {
            Sinks = sinks;
            Options = options;
            Scope = scope;
            Allowlist = allowlist;
        }

        public SinkMap Sinks { get; }

        public OptionReader Options { get; }

        public CodeScope Scope { get; }

        public SecretAllowlist Allowlist { get; }
    }
}
