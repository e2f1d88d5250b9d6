// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>
/// An equality comparison of a value with a hard-coded one, read from its operation: the comparison's two operands,
/// one hard-coded and the other not, and what the other one is (its name, what the name holds, whether the caller
/// supplied it).
/// </summary>
internal readonly struct CredentialComparison
{
    private CredentialComparison(string name, string literal, CredentialKind kind, bool supplied)
    {
        Name = name;
        Literal = literal;
        Kind = kind;
        Supplied = supplied;
    }

    /// <summary>The name the compared value is read from: a parameter, local, member or request key.</summary>
    public string Name { get; }

    /// <summary>The hard-coded value it is compared with.</summary>
    public string Literal { get; }

    /// <summary>What <see cref="Name"/> says the value is: a secret, an identity, something else.</summary>
    public CredentialKind Kind { get; }

    /// <summary>The value comes from a parameter of the method (directly, through locals or members of it).</summary>
    public bool Supplied { get; }

    /// <summary>The comparison <paramref name="operation"/> makes, when one side is hard-coded and the other a named value.</summary>
    public static bool TryRead(IOperation operation, out CredentialComparison comparison)
    {
        comparison = default;
        if (!ComparisonOperands.TryGet(operation, out var left, out var right))
        {
            return false;
        }

        // Two hard-coded sides compare constants, not a value with a credential.
        if (HardCodedOperand.TryGet(right, out var literal) && !HardCodedOperand.TryGet(left, out _))
        {
            return TryDescribe(operation, left, literal, out comparison);
        }

        if (HardCodedOperand.TryGet(left, out literal) && !HardCodedOperand.TryGet(right, out _))
        {
            return TryDescribe(operation, right, literal, out comparison);
        }

        return false;
    }

    private static bool TryDescribe(IOperation operation, IOperation value, string literal, out CredentialComparison comparison)
    {
        comparison = default;
        if (ComparedLiterals.CannotBeCredential(literal, ComparisonOperands.IgnoresCase(operation))
            || !OperandNames.TryName(value, throughHashes: Digests.IsDigest(literal), out var name, out var kind))
        {
            return false;
        }

        comparison = new CredentialComparison(name, literal, kind, SuppliedValues.IsSupplied(value));
        return true;
    }
}
