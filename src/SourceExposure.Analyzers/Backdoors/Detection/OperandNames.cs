// SPDX-License-Identifier: MIT
using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.Backdoors.Detection;

/// <summary>
/// The name a compared value is read from, and what that name says it holds: the parameter, local, member or request
/// key (<c>Headers["X-Api-Key"]</c>, <c>GetHeader("X-Api-Key")</c>), through trimming, encoding and hashing calls and
/// through locals initialised from it.
/// </summary>
internal static class OperandNames
{
    /// <summary>Names the value compared: the parameter, local, member or request key it comes from, followed through locals.</summary>
    /// <param name="throughHashes">The literal is a digest: a local named for a hash (<c>hash</c>, <c>computed</c>) is followed to what it hashes.</param>
    public static bool TryName(IOperation operation, bool throughHashes, out string name, out CredentialKind kind)
        => TryName(operation, depth: 0, throughHashes, out name, out kind);

    private static bool TryName(IOperation operation, int depth, bool throughHashes, out string name, out CredentialKind kind)
    {
        name = string.Empty;
        kind = CredentialKind.None;
        if (depth > 4)
        {
            return false;
        }

        operation = Unwrap.ToValue(operation);
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
                if (LiteralFlow.Initializer(local) is { } initializer
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
}
