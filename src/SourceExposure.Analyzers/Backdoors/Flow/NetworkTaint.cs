// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SourceExposure.Analyzers.Backdoors.Flow;

/// <summary>
/// A small intraprocedural taint tracker over IOperation: does a value come from the network? It follows, within
/// one method body (lambdas and local functions inside it included):
/// <list type="bullet">
/// <item>locals, through every assignment and initializer, and foreach variables over tainted collections;</item>
/// <item>buffers filled by Socket.Receive*, Stream.Read* on a network stream, WebSocket.ReceiveAsync (the array,
/// ArraySegment or Memory passed in becomes tainted);</item>
/// <item>any method or constructor given a tainted receiver or argument (Encoding.GetString, Split, Substring,
/// string.Concat/Format, new StreamReader(stream), Type.GetType(name), GetMethod …), concatenation,
/// interpolation, conversions, conditional and coalesce expressions, array elements and awaits;</item>
/// <item>parameters marked [FromQuery], [FromBody], [FromForm], [FromHeader] or [FromRoute] (by attribute name);</item>
/// <item>what HttpClient, HttpContent and WebClient download (GetByteArrayAsync, ReadAsStringAsync, DownloadData …).</item>
/// </list>
/// Not followed: fields and properties written elsewhere, out/ref arguments, values returned by other methods of the
/// program (no interprocedural analysis), captured variables written by a lambda after it is created, collections
/// filled by Add. A method that checks its input against an allow-list and returns a literal breaks the flow; one
/// that returns its argument does not.
/// </summary>
internal sealed class NetworkTaint
{
    private const int MaxDepth = 24;

    private readonly NetworkSources sources;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<ILocalSymbol, List<IOperation>> writes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, string> filledBuffers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, string?> localResults = new(SymbolEqualityComparer.Default);

    private NetworkTaint(NetworkSources sources, CancellationToken cancellationToken)
    {
        this.sources = sources;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Indexes the body once: every write to each local, and the buffers network reads fill.</summary>
    public static NetworkTaint ForBody(IOperation body, NetworkSources sources, CancellationToken cancellationToken)
    {
        var taint = new NetworkTaint(sources, cancellationToken);
        var reads = new List<IInvocationOperation>();
        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    taint.AddWrite(declarator.Symbol, initializer.Value);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                    taint.AddWrite(local.Local, assignment.Value);
                    break;
                case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation variable } loop:
                    taint.AddWrite(variable.Symbol, loop.Collection);
                    break;
                case IInvocationOperation invocation when IsReceiveName(invocation.TargetMethod.Name) && invocation.Arguments.Length > 0:
                    reads.Add(invocation);
                    break;
            }
        }

        // Buffers last, once every write is known; answers computed on the way are recomputed with the buffers in.
        foreach (var read in reads)
        {
            taint.IndexBufferFill(read);
        }

        taint.localResults.Clear();
        return taint;
    }

    /// <summary>Where <paramref name="value"/> comes from on the network, in words ("Socket.Receive"), or null.</summary>
    public string? SourceOf(IOperation value) => SourceOf(value, 0);

    private void AddWrite(ILocalSymbol local, IOperation value)
    {
        if (!writes.TryGetValue(local, out var list))
        {
            list = [];
            writes[local] = list;
        }

        list.Add(value);
    }

    private void IndexBufferFill(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var receiver = invocation.Instance;
        if (receiver is null || !(sources.IsNetworkObject(receiver.Type) || SourceOf(receiver, 0) is not null))
        {
            return;
        }

        if (BufferLocal(invocation.Arguments[0].Value) is { } buffer)
        {
            filledBuffers[buffer] = (receiver.Type?.Name ?? "network") + "." + method.Name;
        }
    }

    private static bool IsReceiveName(string name) => name switch
    {
        "Receive" or "ReceiveAsync" or "ReceiveFrom" or "ReceiveFromAsync" or "ReceiveMessageFrom" or "ReceiveMessageFromAsync"
            or "Read" or "ReadAsync" or "ReadExactly" or "ReadExactlyAsync" or "ReadAtLeast" or "ReadAtLeastAsync" or "ReadBlock" => true,
        _ => false,
    };

    /// <summary>The array local behind buffer, new ArraySegment&lt;byte&gt;(buffer), buffer.AsMemory(), buffer.AsSpan(0, n).</summary>
    private static ILocalSymbol? BufferLocal(IOperation operation)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IObjectCreationOperation { Arguments.Length: > 0 } creation:
                    operation = creation.Arguments[0].Value;
                    break;
                case IInvocationOperation { Arguments.Length: > 0 } invocation when invocation.Instance is null:
                    operation = invocation.Arguments[0].Value;
                    break;
                case IInvocationOperation { Instance: { } instance }:
                    operation = instance;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private string? SourceOf(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth || operation.ConstantValue.HasValue)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (sources.IsNetworkStream(operation.Type))
        {
            return operation.Type!.Name;
        }

        switch (operation)
        {
            case ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or INameOfOperation or IInstanceReferenceOperation:
                return null;
            case ILocalReferenceOperation local:
                return SourceOfLocal(local.Local, depth);
            case IParameterReferenceOperation parameter:
                return SourceOfParameter(parameter.Parameter);
            case IPropertyReferenceOperation property:
                if (sources.IsSourceProperty(property.Property))
                {
                    return property.Property.ContainingType.Name + "." + property.Property.Name;
                }

                return SourceOf(property.Instance, depth + 1) ?? SourceOfArguments(property.Arguments, depth);
            case IInvocationOperation invocation:
                if (IsUdpReceive(invocation) || sources.IsDownload(invocation.TargetMethod))
                {
                    return invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name;
                }

                return SourceOf(invocation.Instance, depth + 1) ?? SourceOfArguments(invocation.Arguments, depth);
            case IObjectCreationOperation creation:
                return SourceOfArguments(creation.Arguments, depth);
            case IFieldReferenceOperation or IEventReferenceOperation or IMethodReferenceOperation or IAnonymousFunctionOperation
                or IDelegateCreationOperation:
                return null;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    if (SourceOf(element, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation && SourceOf(interpolation.Expression, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IBinaryOperation binary:
                return SourceOf(binary.LeftOperand, depth + 1) ?? SourceOf(binary.RightOperand, depth + 1);
            case IConditionalOperation conditional:
                return SourceOf(conditional.WhenTrue, depth + 1) ?? SourceOf(conditional.WhenFalse, depth + 1);
            case ICoalesceOperation coalesce:
                return SourceOf(coalesce.Value, depth + 1) ?? SourceOf(coalesce.WhenNull, depth + 1);
            case IConditionalAccessOperation access:
                return SourceOf(access.Operation, depth + 1) ?? SourceOf(access.WhenNotNull, depth + 1);
            case IConditionalAccessInstanceOperation instance:
                for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IConditionalAccessOperation enclosing)
                    {
                        return SourceOf(enclosing.Operation, depth + 1);
                    }
                }

                return null;
            case IArrayElementReferenceOperation element:
                return SourceOf(element.ArrayReference, depth + 1);
            case IAwaitOperation awaited:
                return SourceOf(awaited.Operation, depth + 1);
            case IConversionOperation conversion:
                return SourceOf(conversion.Operand, depth + 1);
            case IParenthesizedOperation parenthesized:
                return SourceOf(parenthesized.Operand, depth + 1);
            case IArgumentOperation argument:
                return SourceOf(argument.Value, depth + 1);
            case IAssignmentOperation assignment:
                return SourceOf(assignment.Value, depth + 1);
            default:
                return null;
        }
    }

    private static bool IsUdpReceive(IInvocationOperation invocation)
        => invocation.TargetMethod.Name is "Receive" or "ReceiveAsync" && invocation.TargetMethod.ContainingType?.Name == "UdpClient";

    private string? SourceOfArguments(ImmutableArray<IArgumentOperation> arguments, int depth)
    {
        foreach (var argument in arguments)
        {
            if (SourceOf(argument.Value, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private string? SourceOfLocal(ILocalSymbol local, int depth)
    {
        if (localResults.TryGetValue(local, out var known))
        {
            return known;
        }

        // Provisional "clean" breaks cycles (x = x + y); the final answer replaces it.
        localResults[local] = null;
        string? result = null;
        if (filledBuffers.TryGetValue(local, out var buffer))
        {
            result = buffer;
        }
        else if (writes.TryGetValue(local, out var values))
        {
            foreach (var value in values)
            {
                if (SourceOf(value, depth + 1) is { } found)
                {
                    result = found;
                    break;
                }
            }
        }

        localResults[local] = result;
        return result;
    }

    private static string? SourceOfParameter(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            var name = attribute.AttributeClass?.Name;
            if (name is "FromQueryAttribute" or "FromBodyAttribute" or "FromFormAttribute" or "FromHeaderAttribute" or "FromRouteAttribute")
            {
                return "[" + name.Substring(0, name.Length - "Attribute".Length) + "] parameter '" + parameter.Name + "'";
            }
        }

        return null;
    }
}
