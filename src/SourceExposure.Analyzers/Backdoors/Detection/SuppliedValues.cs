// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>
/// Whether a value was handed to the method: a parameter, a member of one (<c>request.Code</c>), or a local or call
/// result made from one. A server's reply (<c>response == "\"pong\""</c>) is not something a user supplies.
/// </summary>
internal static class SuppliedValues
{
    /// <summary>Whether <paramref name="operation"/> comes from a parameter of the method, directly or a few steps away.</summary>
    public static bool IsSupplied(IOperation operation) => IsSupplied(operation, depth: 0);

    private static bool IsSupplied(IOperation operation, int depth)
    {
        if (depth > 4)
        {
            return false;
        }

        return Unwrap.ToValue(operation) switch
        {
            IParameterReferenceOperation => true,
            IMemberReferenceOperation { Instance: { } instance } => IsSupplied(instance, depth + 1),
            ILocalReferenceOperation local => LiteralFlow.Initializer(local) is { } initializer && IsSupplied(initializer, depth + 1),
            IInvocationOperation invocation => (invocation.Instance is { } receiver && IsSupplied(receiver, depth + 1))
                || (invocation.Arguments.Length > 0 && IsSupplied(invocation.Arguments[0].Value, depth + 1)),
            IConditionalAccessOperation conditional => IsSupplied(conditional.Operation, depth + 1),
            _ => false,
        };
    }
}
