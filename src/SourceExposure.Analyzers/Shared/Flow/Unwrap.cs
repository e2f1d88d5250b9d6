// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Shared.Flow;

/// <summary>The value an operation stands for, without the operations that only wrap it.</summary>
internal static class Unwrap
{
    /// <summary>Strips conversions (implicit string → object, byte[] → ReadOnlySpan&lt;byte&gt; …).</summary>
    public static IOperation Conversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>
    /// Strips conversions, parentheses (which only Visual Basic keeps as operations) and arguments, in any nesting: for
    /// callers handed an argument as readily as a value.
    /// </summary>
    public static IOperation ToValue(IOperation operation)
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
}
