// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers.Shared.Flow;

/// <summary>How a local of a method body is written (see <see cref="WriteIndex"/>).</summary>
[System.Flags]
internal enum WriteKind
{
    None = 0,

    /// <summary><c>var x = value;</c></summary>
    Declaration = 1 << 0,

    /// <summary><c>x = value;</c> (by value or by ref).</summary>
    Assignment = 1 << 1,

    /// <summary><c>x += value;</c></summary>
    CompoundAssignment = 1 << 2,

    /// <summary><c>x ??= value;</c></summary>
    CoalesceAssignment = 1 << 3,

    /// <summary>
    /// <c>(x, y) = value;</c>, <c>var (x, y) = value;</c>: every local the target mentions, an index in
    /// <c>(a[i], b) = …</c> included (conservative: the index is read, not written).
    /// </summary>
    Deconstruction = 1 << 4,

    /// <summary><c>M(ref x)</c>, <c>M(out x)</c>, <c>M(in x)</c>: the callee may write the local; the value is unknown.</summary>
    RefArgument = 1 << 5,

    /// <summary><c>foreach (var x in collection)</c>: the value is the collection.</summary>
    ForEach = 1 << 6,

    /// <summary><c>x.Member = value;</c>, <c>x.Member += value;</c>: the local's object now holds the value.</summary>
    MemberAssignment = 1 << 7,

    /// <summary><c>x[i] = value;</c> on an array local.</summary>
    ElementAssignment = 1 << 8,

    /// <summary><c>x.Add(value)</c>, <c>x.Append(value)</c> … (<see cref="WriteIndex.MutatorNames"/>): one write per argument.</summary>
    Mutator = 1 << 9,

    /// <summary>
    /// <c>socket.Receive(x)</c>, <c>stream.Read(x.AsMemory())</c> … (<see cref="WriteIndex.FillerNames"/>): the array
    /// passed first is filled by the receiver, which is the write's value (null for a static call).
    /// </summary>
    Filled = 1 << 10,
}

/// <summary>Which writes each consumer follows: the differences between the flow-following rules, in one place.</summary>
internal static class WritePolicy
{
    /// <summary>
    /// Data residency (SE3003, SE3004, destinations): whatever is put into a local reaches it, through its members,
    /// its elements and the collections and builders it fills.
    /// </summary>
    public const WriteKind Residency = WriteKind.Declaration | WriteKind.Assignment | WriteKind.CompoundAssignment | WriteKind.CoalesceAssignment
        | WriteKind.ForEach | WriteKind.MemberAssignment | WriteKind.ElementAssignment | WriteKind.Mutator;

    /// <summary>
    /// Network input (SE4002): only what replaces the local's value. Buffers filled by reads (<see cref="WriteKind.Filled"/>)
    /// are followed apart, once the receiver is known to be a network source.
    /// </summary>
    public const WriteKind Network = WriteKind.Declaration | WriteKind.Assignment | WriteKind.CompoundAssignment | WriteKind.CoalesceAssignment
        | WriteKind.ForEach;

    /// <summary>
    /// The writes that make a declared value uncertain (<see cref="WriteIndex.SingleDefinition"/>). <c>??=</c> is not
    /// among them: it only writes a local that is still null, which a literal initializer never is.
    /// </summary>
    public const WriteKind Redefinition = WriteKind.Assignment | WriteKind.CompoundAssignment | WriteKind.Deconstruction | WriteKind.RefArgument;
}
