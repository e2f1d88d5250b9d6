// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>The text a hard-coded side of a credential comparison holds, followed through the shared flow engine.</summary>
internal static class HardCodedOperand
{
    /// <summary>A string constant (literal, const field or local), a static readonly string field initialised with a literal, or the bytes of either.</summary>
    public static bool TryGet(IOperation operation, out string value)
    {
        operation = Unwrap.ToValue(operation);
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
                return TryGet(source, out value);
            case ILocalReferenceOperation local when LiteralFlow.SingleDefinition(local) is { } definition:
                // var expected = Encoding.UTF8.GetBytes("…"); FixedTimeEquals(input, expected)
                return TryGet(definition, out value);
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
}
