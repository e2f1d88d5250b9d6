// SPDX-License-Identifier: MIT
using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>
/// The two operands of an equality comparison, however it is spelled: <c>a == b</c>, <c>a != b</c>,
/// <c>a is "x" or "y"</c>, <c>a.Equals(b)</c>, <c>string.Equals(a, b, …)</c>, <c>FixedTimeEquals(a, b)</c> and
/// constant-time helpers; and whether the comparison ignores case.
/// </summary>
internal static class ComparisonOperands
{
    /// <summary>The left and right operands of <paramref name="operation"/>, when it compares two values for equality.</summary>
    public static bool TryGet(IOperation operation, out IOperation left, out IOperation right)
    {
        IOperation? first = null;
        IOperation? second = null;
        switch (operation)
        {
            case IBinaryOperation binary when binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                first = binary.LeftOperand;
                second = binary.RightOperand;
                break;
            case IIsPatternOperation { Pattern: IConstantPatternOperation constant } pattern:
                first = pattern.Value;
                second = constant.Value;
                break;
            case IIsPatternOperation { Pattern: IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either } pattern:
                // code is "000000" or "123456": each value lets someone in; the first one is shown.
                first = pattern.Value;
                second = FirstConstant(either);
                break;
            case IInvocationOperation invocation when TryGetInvocationOperands(invocation, out first, out second):
                break;
        }

        left = first!;
        right = second!;
        return first is not null && second is not null;
    }

    /// <summary>A call made with a <c>StringComparison.*IgnoreCase</c> argument or on a <c>StringComparer.*IgnoreCase</c> comparer.</summary>
    public static bool IgnoresCase(IOperation comparison)
    {
        if (comparison is not IInvocationOperation invocation)
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            var value = Unwrap.ToValue(argument.Value);
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

        return invocation.Instance is { } instance && Unwrap.ToValue(instance) is IPropertyReferenceOperation comparer
            && comparer.Property.Name.EndsWith("IgnoreCase", StringComparison.Ordinal);
    }

    private static IOperation? FirstConstant(IPatternOperation pattern) => pattern switch
    {
        IConstantPatternOperation constant => constant.Value,
        IBinaryPatternOperation binary => FirstConstant(binary.LeftPattern) ?? FirstConstant(binary.RightPattern),
        _ => null,
    };

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
}
