// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Secrets;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Analyzers.Backdoors;

/// <summary>SE4001: Authentication against a hard-coded credential.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("Replacing a master password needs a credential store and a migration only the owner can design; deleting the branch changes who can log in.")]
public sealed class SE4001HardCodedCredentialCheckAnalyzer : SourceExposureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE4001);

    protected override void Register(AnalysisContext context)
        => context.RegisterCompilationStartAction(static start =>
        {
            var options = new OptionReader(start.Options);
            var scope = CodeScope.For(start.Compilation, options);
            start.RegisterSyntaxNodeAction(
                c => Analyze(c, scope),
                SyntaxKind.EqualsExpression,
                SyntaxKind.NotEqualsExpression,
                SyntaxKind.InvocationExpression,
                SyntaxKind.IsPatternExpression);
        });

    private static void Analyze(SyntaxNodeAnalysisContext context, CodeScope scope)
    {
        // Syntax first: only comparisons with a literal or a credential-looking name, and only comparison methods.
        if (!MayBeCredentialCheck(context.Node))
        {
            return;
        }

        if (!scope.Reports(RuleOptions.SE4001CodeKinds, context.Node.SyntaxTree))
        {
            return;
        }

        var operation = context.SemanticModel.GetOperation(context.Node, context.CancellationToken);
        if (operation is null || !TryGetComparison(operation, out var comparison))
        {
            return;
        }

        if (comparison.Kind == CredentialKind.Secret)
        {
            Report(context, comparison);
            return;
        }

        // A user name or an unnamed input matched against a literal is a back door only where the match lets
        // someone in, and is reported once per condition: the secret beside it, when there is one, carries the finding.
        var weak = comparison.Kind == CredentialKind.Identity
            || (comparison.Kind == CredentialKind.None && comparison.Supplied && IsInAuthenticationMethod(context.Node));
        if (weak && GrantsAccess(context.Node) && IsFirstWeakCheck(context))
        {
            Report(context, comparison);
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, Comparison comparison)
        => context.ReportDiagnostic(Diagnostic.Create(Rules.SE4001, context.Node.GetLocation(), comparison.Name, Redaction.Redact(comparison.Literal)));

    private static bool MayBeCredentialCheck(SyntaxNode node)
    {
        switch (node)
        {
            case BinaryExpressionSyntax binary:
                // A hard-coded digest is worth the semantic model whatever the other side is called (hash, computed).
                return IsStringLiteral(binary.Right) ? MayBeCredential(binary.Left, node) || IsDigestLiteral(binary.Right)
                    : IsStringLiteral(binary.Left) ? MayBeCredential(binary.Right, node) || IsDigestLiteral(binary.Left)
                    : NameKind(binary.Left) == CredentialKind.Secret || NameKind(binary.Right) == CredentialKind.Secret
                        || NameKind(binary.Left) == CredentialKind.Identity || NameKind(binary.Right) == CredentialKind.Identity;
            case IsPatternExpressionSyntax pattern:
                // code is "000000", code is "000000" or "123456"
                return IsStringLiteralPattern(pattern.Pattern) && MayBeCredential(pattern.Expression, node);
            case InvocationExpressionSyntax invocation:
                if (!IsComparisonMethodName(MethodName(invocation.Expression)))
                {
                    return false;
                }

                // Some operand must name a credential or be a literal: string.Equals(item.Status, status) is neither.
                if (invocation.Expression is MemberAccessExpressionSyntax member && Mentions(member.Expression, 0))
                {
                    return true;
                }

                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (Mentions(argument.Expression, 0))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// Syntax only: could the side compared with a literal be a credential? A credential name, yes; a name that
    /// describes something else (status, role, type), no; any other plain identifier, maybe (a local initialised
    /// from a credential, or a parameter of a login method), which the semantic model decides.
    /// </summary>
    private static bool MayBeCredential(ExpressionSyntax expression, SyntaxNode comparison)
    {
        switch (NameKind(expression))
        {
            case CredentialKind.Secret:
            case CredentialKind.Identity:
                return true;
            case CredentialKind.Excluded:
                return false;
        }

        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        if (IsInAuthenticationMethod(comparison))
        {
            return true;
        }

        // var p = login.Password.Trim(); … p == "…": a local is worth the semantic model only when its initializer
        // reads a credential.
        return expression is IdentifierNameSyntax identifier && LocalInitializedFromCredential(identifier.Identifier.ValueText, comparison);
    }

    private static bool LocalInitializedFromCredential(string name, SyntaxNode comparison)
    {
        SyntaxNode? member = null;
        for (var current = comparison.Parent; current is not null; current = current.Parent)
        {
            if (current is MemberDeclarationSyntax or GlobalStatementSyntax)
            {
                member = current;
                break;
            }
        }

        if (member is null)
        {
            return false;
        }

        foreach (var node in member.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator
                && declarator.Identifier.ValueText == name
                && NameKind(value) is CredentialKind.Secret or CredentialKind.Identity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an operand of a comparison method mentions a literal or a credential name, a few levels deep.</summary>
    private static bool Mentions(ExpressionSyntax expression, int depth)
    {
        if (depth > 3)
        {
            return false;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return literal.IsKind(SyntaxKind.StringLiteralExpression);
            case IdentifierNameSyntax identifier:
                // Constants and locals are judged semantically; a name that says "status" or "role" is not.
                return CredentialNames.ClassifyCompared(identifier.Identifier.ValueText) != CredentialKind.Excluded;
            case MemberAccessExpressionSyntax member:
                return CredentialNames.ClassifyCompared(member.Name.Identifier.ValueText) is CredentialKind.Secret or CredentialKind.Identity
                    || Mentions(member.Expression, depth + 1);
            case InvocationExpressionSyntax invocation:
                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (Mentions(argument.Expression, depth + 1))
                    {
                        return true;
                    }
                }

                return invocation.Expression is MemberAccessExpressionSyntax receiver && Mentions(receiver.Expression, depth + 1);
            case ParenthesizedExpressionSyntax parenthesized:
                return Mentions(parenthesized.Expression, depth + 1);
            case ElementAccessExpressionSyntax element:
                return element.ArgumentList.Arguments.Count == 1 && Mentions(element.ArgumentList.Arguments[0].Expression, depth + 1);
            case ConditionalAccessExpressionSyntax conditional:
                return Mentions(conditional.Expression, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>A constant string pattern, or an <c>or</c> of them.</summary>
    private static bool IsStringLiteralPattern(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax constant => IsStringLiteral(constant.Expression),
        BinaryPatternSyntax binary when binary.IsKind(SyntaxKind.OrPattern) => IsStringLiteralPattern(binary.Left) && IsStringLiteralPattern(binary.Right),
        ParenthesizedPatternSyntax parenthesized => IsStringLiteralPattern(parenthesized.Pattern),
        _ => false,
    };

    private static bool IsDigestLiteral(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && IsDigest(literal.Token.ValueText);
    }

    /// <summary>
    /// The hex (MD5, SHA-1, SHA-2 lengths) or base64 (16 to 64 bytes) text of a hash: comparing a computed hash with it
    /// checks for one fixed password as surely as comparing the password itself.
    /// </summary>
    private static bool IsDigest(string value)
    {
        if (value.Length is 32 or 40 or 56 or 64 or 96 or 128)
        {
            var hex = true;
            foreach (var c in value)
            {
                hex &= Uri.IsHexDigit(c);
            }

            if (hex)
            {
                return !Placeholders.IsRepetitive(value);
            }
        }

        if (value.Length is 24 or 28 or 44 or 64 or 88 && value.EndsWith("=", StringComparison.Ordinal))
        {
            foreach (var c in value)
            {
                if (!(char.IsLetterOrDigit(c) || c is '+' or '/' or '='))
                {
                    return false;
                }
            }

            return !Placeholders.IsRepetitive(value.TrimEnd('='));
        }

        return false;
    }

    /// <summary>"1.0.0.0", "2.3.1": a version compared with a version string, not a credential with a secret.</summary>
    private static bool IsVersionLike(string value)
    {
        var dots = 0;
        var digits = 0;
        foreach (var c in value)
        {
            if (c == '.')
            {
                if (digits == 0)
                {
                    return false;
                }

                dots++;
                digits = 0;
            }
            else if (c is >= '0' and <= '9' && ++digits <= 5)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return dots is >= 1 and <= 3 && digits > 0;
    }

    private static bool IsStringLiteral(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression.IsKind(SyntaxKind.StringLiteralExpression);
    }

    /// <summary>The kind of the name an operand is read from, from syntax: x, a.B, h["X-Api-Key"], x.Trim(), x?.Trim().</summary>
    private static CredentialKind NameKind(ExpressionSyntax expression)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            switch (expression)
            {
                case IdentifierNameSyntax identifier:
                    return CredentialNames.ClassifyCompared(identifier.Identifier.ValueText);
                case MemberAccessExpressionSyntax member:
                    return CredentialNames.ClassifyCompared(member.Name.Identifier.ValueText);
                case ElementAccessExpressionSyntax element when element.ArgumentList.Arguments.Count == 1
                    && element.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax key:
                    return CredentialNames.ClassifyCompared(key.Token.ValueText);
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver }:
                    expression = receiver.Expression;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case ConditionalAccessExpressionSyntax conditional:
                    expression = conditional.Expression;
                    break;
                default:
                    return CredentialKind.None;
            }
        }

        return CredentialKind.None;
    }

    private static string? MethodName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool IsComparisonMethodName(string? name)
    {
        if (name is null)
        {
            return false;
        }

        switch (name)
        {
            case "Equals":
            case "Compare":
            case "CompareOrdinal":
            case "SequenceEqual":
            case "FixedTimeEquals":
                return true;
        }

        // Constant-time helpers go by many names: SlowEquals, SecureEquals, ConstantTimeEquals, TimingSafeCompare…
        return name.IndexOf("ConstantTime", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("FixedTime", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("TimingSafe", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("SecureEquals", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("SecureCompare", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("SlowEquals", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("SafeEquals", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private readonly struct Comparison
    {
        public Comparison(string name, string literal, CredentialKind kind, bool supplied)
        {
            Name = name;
            Literal = literal;
            Kind = kind;
            Supplied = supplied;
        }

        /// <summary>The value comes from a parameter of the method (directly, through locals or members of it).</summary>
        public bool Supplied { get; }

        public string Name { get; }

        public string Literal { get; }

        public CredentialKind Kind { get; }
    }

    /// <summary>The two sides of a comparison, when one is a credential-like value and the other a hard-coded one.</summary>
    private static bool TryGetComparison(IOperation operation, out Comparison comparison)
    {
        comparison = default;
        IOperation? left;
        IOperation? right;
        switch (operation)
        {
            case IBinaryOperation binary when binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                left = binary.LeftOperand;
                right = binary.RightOperand;
                break;
            case IIsPatternOperation { Pattern: IConstantPatternOperation constant } pattern:
                left = pattern.Value;
                right = constant.Value;
                break;
            case IIsPatternOperation { Pattern: IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either } pattern:
                // code is "000000" or "123456": each value lets someone in; the first one is shown.
                left = pattern.Value;
                right = FirstConstant(either);
                break;
            case IInvocationOperation invocation:
                if (!TryGetInvocationOperands(invocation, out left, out right))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (left is null || right is null)
        {
            return false;
        }

        // Passwords are case-sensitive: a word compared ignoring case is a keyword the setting may hold
        // ("random" meaning generate one, "none", "auto"), not a credential that lets someone in.
        var ignoresCase = operation is IInvocationOperation call && IgnoresCase(call);

        if (TryGetHardCoded(right, out var literal) && !TryGetHardCoded(left, out _))
        {
            return !(ignoresCase && IsKeyword(literal)) && TryDescribe(left, literal, out comparison);
        }

        if (TryGetHardCoded(left, out literal) && !TryGetHardCoded(right, out _))
        {
            return !(ignoresCase && IsKeyword(literal)) && TryDescribe(right, literal, out comparison);
        }

        return false;
    }

    private static IOperation? FirstConstant(IPatternOperation pattern) => pattern switch
    {
        IConstantPatternOperation constant => constant.Value,
        IBinaryPatternOperation binary => FirstConstant(binary.LeftPattern) ?? FirstConstant(binary.RightPattern),
        _ => null,
    };

    /// <summary>A <c>StringComparison.*IgnoreCase</c> argument or a <c>StringComparer.*IgnoreCase</c> comparer.</summary>
    private static bool IgnoresCase(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            var value = Unwrap(argument.Value);
            var name = value switch
            {
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation property => property.Property.Name,
                _ => null,
            };
            if (name is not null && name.EndsWith("IgnoreCase", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return invocation.Instance is { } instance && Unwrap(instance) is IPropertyReferenceOperation comparer
            && comparer.Property.Name.EndsWith("IgnoreCase", StringComparison.Ordinal);
    }

    /// <summary>
    /// Letters, optionally joined by '-' or '_' and led by a command-line option's dashes or slash ("random",
    /// "--allow-insecure-datafolder", "/quiet"): a keyword, not a password.
    /// </summary>
    private static bool IsKeyword(string literal)
    {
        var start = 0;
        while (start < literal.Length && start < 2 && literal[start] is '-' or '/')
        {
            start++;
        }

        var letters = 0;
        for (var i = start; i < literal.Length; i++)
        {
            var c = literal[i];
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is not ('-' or '_') || i == start)
            {
                return false;
            }
        }

        return letters > 0;
    }

    private static bool TryDescribe(IOperation value, string literal, out Comparison comparison)
    {
        comparison = default;
        if (CredentialValues.IsBenignValue(literal) || IsPlaceholder(literal) || IsVersionLike(literal)
            || !TryName(value, depth: 0, throughHashes: IsDigest(literal), out var name, out var kind))
        {
            return false;
        }

        comparison = new Comparison(name, literal, kind, IsSupplied(value, depth: 0));
        return true;
    }

    /// <summary>
    /// Whether a value was handed to the method: a parameter, a member of one (<c>request.Code</c>), or a local or
    /// call result made from one. A server's reply (<c>response == "\"pong\""</c>) is not something a user supplies.
    /// </summary>
    private static bool IsSupplied(IOperation operation, int depth)
    {
        if (depth > 4)
        {
            return false;
        }

        return Unwrap(operation) switch
        {
            IParameterReferenceOperation => true,
            IMemberReferenceOperation { Instance: { } instance } => IsSupplied(instance, depth + 1),
            ILocalReferenceOperation local => Initializer(local.Local, operation.SemanticModel) is { } initializer && IsSupplied(initializer, depth + 1),
            IInvocationOperation invocation => (invocation.Instance is { } receiver && IsSupplied(receiver, depth + 1))
                || (invocation.Arguments.Length > 0 && IsSupplied(invocation.Arguments[0].Value, depth + 1)),
            IConditionalAccessOperation conditional => IsSupplied(conditional.Operation, depth + 1),
            _ => false,
        };
    }

    /// <summary>
    /// A template value ("&lt;your-token-here&gt;", "changeme", "${API_KEY}"): comparing with it asks whether the
    /// credential is configured, not whether it is the right one. Repetitive or sequential values ("123456") are real
    /// passwords, however weak, and stay reported.
    /// </summary>
    private static bool IsPlaceholder(string literal)
        => Placeholders.IsPlaceholder(literal) && !Placeholders.IsRepetitive(literal) && !Placeholders.IsSequential(literal);

    private static bool TryGetInvocationOperands(IInvocationOperation invocation, out IOperation? left, out IOperation? right)
    {
        left = null;
        right = null;
        var method = invocation.TargetMethod;
        var arguments = invocation.Arguments;
        if (!method.IsStatic && invocation.Instance is { } instance && arguments.Length >= 1 && method.Name == "Equals")
        {
            // a.Equals(b) and a.Equals(b, StringComparison.Ordinal); comparer.Equals(a, b) takes its operands from the arguments.
            if (arguments.Length >= 2 && arguments[1].Value.Type?.SpecialType == SpecialType.System_String)
            {
                left = arguments[0].Value;
                right = arguments[1].Value;
            }
            else
            {
                left = instance;
                right = arguments[0].Value;
            }

            return true;
        }

        if (arguments.Length >= 2)
        {
            // string.Equals(a, b[, comparison]), string.Compare(a, b…), Enumerable.SequenceEqual(a, b),
            // CryptographicOperations.FixedTimeEquals(a, b) and constant-time helpers: the first two arguments.
            left = arguments[0].Value;
            right = arguments[1].Value;
            return true;
        }

        if (arguments.Length == 1 && invocation.Instance is { } receiver)
        {
            // a.SequenceEqual(b) on spans, a.SlowEquals(b) as an instance helper.
            left = receiver;
            right = arguments[0].Value;
            return true;
        }

        return false;
    }

    /// <summary>A string constant (literal, const field or local), a static readonly string field initialised with a literal, or the bytes of either.</summary>
    private static bool TryGetHardCoded(IOperation operation, out string value)
    {
        operation = Unwrap(operation);
        value = string.Empty;
        if (operation.ConstantValue is { HasValue: true, Value: string text })
        {
            value = text;
            return true;
        }

        switch (operation)
        {
            case IFieldReferenceOperation { Field: { IsReadOnly: true, IsStatic: true, Type.SpecialType: SpecialType.System_String } field }:
                foreach (var reference in field.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal }
                        && literal.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        value = literal.Token.ValueText;
                        return true;
                    }
                }

                return false;
            case IInvocationOperation invocation when IsBytesOf(invocation) is { } source:
                return TryGetHardCoded(source, out value);
            case ILocalReferenceOperation local when LiteralFlow.SingleDefinition(local) is { } definition:
                // var expected = Encoding.UTF8.GetBytes("…"); FixedTimeEquals(input, expected)
                return TryGetHardCoded(definition, out value);
            case IUtf8StringOperation utf8:
                value = utf8.Value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Encoding.X.GetBytes(s) and Convert.FromBase64String(s): the argument.</summary>
    private static IOperation? IsBytesOf(IInvocationOperation invocation)
    {
        var name = invocation.TargetMethod.Name;
        if ((name == "GetBytes" || name == "FromBase64String" || name == "ToArray") && invocation.Arguments.Length >= 1)
        {
            return invocation.Arguments[0].Value;
        }

        if (name == "ToArray" && invocation.Instance is { } instance)
        {
            return instance;
        }

        return null;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                case IArgumentOperation argument:
                    operation = argument.Value;
                    continue;
                default:
                    return operation;
            }
        }
    }

    /// <summary>Names the value compared: the parameter, local, member or request key it comes from, followed through locals.</summary>
    /// <param name="throughHashes">The literal is a digest: a local named for a hash (<c>hash</c>, <c>computed</c>) is followed to what it hashes.</param>
    private static bool TryName(IOperation operation, int depth, bool throughHashes, out string name, out CredentialKind kind)
    {
        name = string.Empty;
        kind = CredentialKind.None;
        if (depth > 4)
        {
            return false;
        }

        operation = Unwrap(operation);
        switch (operation)
        {
            case IParameterReferenceOperation parameter:
                return Named(parameter.Parameter.Name, out name, out kind);
            case IFieldReferenceOperation field:
                return Named(field.Field.Name, out name, out kind);
            case IPropertyReferenceOperation property:
                // request.Headers["X-Api-Key"], form["password"]: the key names the value.
                if (property.Arguments.Length == 1 && property.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key })
                {
                    return Named(key, out name, out kind);
                }

                return Named(property.Property.Name, out name, out kind);
            case ILocalReferenceOperation local:
                Named(local.Local.Name, out name, out kind);
                if (kind == CredentialKind.Secret || (kind == CredentialKind.Excluded && !throughHashes))
                {
                    return true;
                }

                // var p = login.Password.Trim(); if (p == "…"): the local carries what it was initialised with.
                if (Initializer(local.Local, operation.SemanticModel) is { } initializer
                    && TryName(initializer, depth + 1, throughHashes, out var sourceName, out var sourceKind)
                    && sourceKind != CredentialKind.None)
                {
                    name = sourceName;
                    kind = sourceKind;
                }

                return true;
            case IInvocationOperation invocation:
                if (IsPassThrough(invocation.TargetMethod.Name))
                {
                    // Encoding.UTF8.GetBytes(password): the argument; password.Trim(): the receiver.
                    var inner = invocation.TargetMethod.Name is "GetBytes" or "FromBase64String" or "ComputeHash" || invocation.Instance is null
                        ? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null)
                        : invocation.Instance;
                    return inner is not null && TryName(inner, depth + 1, throughHashes, out name, out kind);
                }

                // GetHeader("X-Api-Key"), form.Get("password"), config-free lookups by key.
                if (invocation.Arguments.Length >= 1 && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string argument }
                    && invocation.TargetMethod.Name.StartsWith("Get", StringComparison.Ordinal))
                {
                    return Named(argument, out name, out kind);
                }

                return false;
            case IConditionalAccessOperation conditional:
                return TryName(conditional.WhenNotNull, depth + 1, throughHashes, out name, out kind);
            case IConditionalAccessInstanceOperation:
                if (operation.Parent is { } parent)
                {
                    for (var current = parent; current is not null; current = current.Parent)
                    {
                        if (current is IConditionalAccessOperation access)
                        {
                            return TryName(access.Operation, depth + 1, throughHashes, out name, out kind);
                        }
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool Named(string text, out string name, out CredentialKind kind)
    {
        name = text;
        kind = CredentialNames.ClassifyCompared(text);
        return true;
    }

    private static bool IsPassThrough(string method)
    {
        switch (method)
        {
            case "Trim":
            case "TrimStart":
            case "TrimEnd":
            case "ToLower":
            case "ToUpper":
            case "ToLowerInvariant":
            case "ToUpperInvariant":
            case "Normalize":
            case "ToString":
            case "AsSpan":
            case "AsMemory":
            case "GetBytes":
            case "ToArray":
            case "FromBase64String":
            // Hashing and encoding the hash: SHA256.HashData(…), sha.ComputeHash(…), Convert.ToHexString(…).
            case "HashData":
            case "ComputeHash":
            case "ToHexString":
            case "ToHexStringLower":
            case "ToBase64String":
                return true;
            default:
                return false;
        }
    }

    private static IOperation? Initializer(ILocalSymbol local, SemanticModel? model)
    {
        if (model is null)
        {
            return null;
        }

        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value } && value.SyntaxTree == model.SyntaxTree)
            {
                return model.GetOperation(value);
            }
        }

        return null;
    }

    private static bool IsInAuthenticationMethod(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case MethodDeclarationSyntax method:
                    return CredentialNames.IsAuthenticationMethod(method.Identifier.ValueText);
                case LocalFunctionStatementSyntax function:
                    return CredentialNames.IsAuthenticationMethod(function.Identifier.ValueText);
                case TypeDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a true match lets someone in: the condition of an <c>if</c> whose branch returns true or sets an
    /// access flag (<c>isAdmin = true</c>), a comparison returned from an authentication method, or one assigned to
    /// an access flag.
    /// </summary>
    private static bool GrantsAccess(SyntaxNode comparison)
    {
        var node = comparison;
        while (node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case IfStatementSyntax ifStatement when ifStatement.Condition == node:
                return Grants(ifStatement.Statement);
            case ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                return IsInAuthenticationMethod(node);
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                return CredentialNames.GrantsAccess(LastName(assignment.Left));
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                return CredentialNames.GrantsAccess(declarator.Identifier.ValueText);
            default:
                return false;
        }
    }

    private static bool Grants(StatementSyntax statement)
    {
        if (statement is BlockSyntax block)
        {
            foreach (var inner in block.Statements)
            {
                if (Grants(inner))
                {
                    return true;
                }
            }

            return false;
        }

        return statement switch
        {
            ReturnStatementSyntax { Expression: { } value } => value.IsKind(SyntaxKind.TrueLiteralExpression),
            ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment } =>
                assignment.Right.IsKind(SyntaxKind.TrueLiteralExpression) && CredentialNames.GrantsAccess(LastName(assignment.Left)),
            _ => false,
        };
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>In <c>user == "a" &amp;&amp; pass == "b"</c> only one finding: none here when a secret comparison shares the condition, else the first weak one.</summary>
    private static bool IsFirstWeakCheck(SyntaxNodeAnalysisContext context)
    {
        SyntaxNode top = context.Node;
        while (top.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } or ParenthesizedExpressionSyntax)
        {
            top = top.Parent;
        }

        if (top == context.Node)
        {
            return true;
        }

        var inAuthentication = IsInAuthenticationMethod(context.Node);
        var firstWeak = true;
        foreach (var candidate in top.DescendantNodesAndSelf(n => n is BinaryExpressionSyntax or ParenthesizedExpressionSyntax))
        {
            if (candidate == context.Node || candidate is not (BinaryExpressionSyntax or InvocationExpressionSyntax or IsPatternExpressionSyntax)
                || !MayBeCredentialCheck(candidate)
                || context.SemanticModel.GetOperation(candidate, context.CancellationToken) is not { } operation
                || !TryGetComparison(operation, out var other))
            {
                continue;
            }

            if (other.Kind == CredentialKind.Secret)
            {
                return false;
            }

            if ((other.Kind == CredentialKind.Identity || (other.Kind == CredentialKind.None && inAuthentication))
                && candidate.SpanStart < context.Node.SpanStart)
            {
                firstWeak = false;
            }
        }

        return firstWeak;
    }
}
