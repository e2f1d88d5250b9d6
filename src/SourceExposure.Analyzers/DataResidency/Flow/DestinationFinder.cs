// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.DataResidency.Catalog;
using SourceExposure.Analyzers.DataResidency.Detection;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.DataResidency.Flow;

/// <summary>Where a request goes: a host or region and its jurisdiction.</summary>
internal readonly struct Destination
{
    public Destination(string where, string jurisdiction)
    {
        Where = where;
        Jurisdiction = jurisdiction;
    }

    /// <summary>The host (<c>oss-cn-hangzhou.aliyuncs.com</c>) or region id (<c>cn-north-1</c>).</summary>
    public string Where { get; }

    public string Jurisdiction { get; }
}

/// <summary>
/// Finds the endpoint a value stands for, within one method: URL and connection-string literals and constants,
/// interpolations and concatenations that start with a URL, <c>new Uri(…)</c>, clients and requests created with an
/// endpoint or region (<c>new HttpClient { BaseAddress = … }</c>, <c>new OssClient(endpoint, …)</c>,
/// <c>new AmazonS3Client(RegionEndpoint.CNNorth1)</c>), locals assigned any of these, and fields initialized with
/// them in the same file.
/// </summary>
internal sealed class DestinationFinder
{
    private const int MaxDepth = 12;

    private readonly WriteIndex writes;
    private readonly HashSet<ISymbol> visited = new(SymbolEqualityComparer.Default);

    public DestinationFinder(WriteIndex writes) => this.writes = writes;

    public bool TryFind(IOperation? operation, out Destination destination) => TryFind(operation, 0, out destination);

    private bool TryFind(IOperation? operation, int depth, out Destination destination)
    {
        destination = default;
        if (operation is null || depth > MaxDepth)
        {
            return false;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string text })
        {
            if (RegionReferences.TryGetRegion(operation, out var slotRegion))
            {
                destination = new Destination(slotRegion.Id, slotRegion.Jurisdiction);
                return true;
            }

            if (EndpointText.TryFind(text, out var match, out _))
            {
                destination = new Destination(match.Host, match.Jurisdiction);
                return true;
            }

            return false;
        }

        if (RegionReferences.TryGetRegion(operation, out var region))
        {
            destination = new Destination(region.Id, region.Jurisdiction);
            return true;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return TryFind(conversion.Operand, depth + 1, out destination);
            case IParenthesizedOperation parenthesized:
                return TryFind(parenthesized.Operand, depth + 1, out destination);
            case IAwaitOperation awaited:
                return TryFind(awaited.Operation, depth + 1, out destination);
            case IBinaryOperation binary:
                return TryFind(binary.LeftOperand, depth + 1, out destination);
            case ICoalesceOperation coalesce:
                return TryFind(coalesce.Value, depth + 1, out destination) || TryFind(coalesce.WhenNull, depth + 1, out destination);
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.Length > 0 && interpolated.Parts[0] is IInterpolatedStringTextOperation first
                    && TryFind(first.Text, depth + 1, out destination);
            case ILocalReferenceOperation local:
                if (visited.Add(local.Local))
                {
                    foreach (var value in writes.ValuesOf(local.Local, WritePolicy.Residency))
                    {
                        if (TryFind(value, depth + 1, out destination))
                        {
                            return true;
                        }
                    }
                }

                return false;
            case IFieldReferenceOperation field:
                return TryInitializer(field.Field, operation, depth, out destination);
            case IPropertyReferenceOperation property:
                return TryInitializer(property.Property, operation, depth, out destination);
            case IObjectCreationOperation creation:
                foreach (var argument in creation.Arguments)
                {
                    if (TryFind(argument.Value, depth + 1, out destination))
                    {
                        return true;
                    }
                }

                if (creation.Initializer is { } initializer)
                {
                    foreach (var item in initializer.Initializers)
                    {
                        if (item is IAssignmentOperation assignment && TryFind(assignment.Value, depth + 1, out destination))
                        {
                            return true;
                        }
                    }
                }

                return false;
            case IInvocationOperation invocation:
                // client.GetBlobContainerClient("x"): the client decides; RegionEndpoint.GetBySystemName("cn-north-1"): the argument.
                if (invocation.Instance is { } instance && TryFind(instance, depth + 1, out destination))
                {
                    return true;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (TryFind(argument.Value, depth + 1, out destination))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    // A field or auto-property initialized in the same file: private readonly HttpClient client = new() { BaseAddress = … }.
    private bool TryInitializer(ISymbol member, IOperation reference, int depth, out Destination destination)
    {
        destination = default;
        if (!visited.Add(member) || member.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model)
        {
            return false;
        }

        var syntaxReference = member.DeclaringSyntaxReferences[0];
        if (syntaxReference.SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return false;
        }

        var initializer = syntaxReference.GetSyntax() switch
        {
            VariableDeclaratorSyntax { Initializer: { } value } => value.Value,
            PropertyDeclarationSyntax { Initializer: { } value } => value.Value,
            _ => null,
        };

        return initializer is not null && TryFind(model.GetOperation(initializer), depth + 1, out destination);
    }
}
