// SPDX-License-Identifier: MIT
using System;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace SourceExposure.Cli.Inspection;

/// <summary>
/// Walks a method body's IL instruction by instruction (ECMA-335 §III: opcodes and their operand sizes) and yields
/// the user strings it loads with <c>ldstr</c>, so a string found in the #US heap can be named by the method that
/// uses it. Decoding stops at the first byte that is no opcode: a corrupt body costs its own strings, nothing else.
/// </summary>
internal static class IlStrings
{
    private const byte Ldstr = 0x72;
    private const byte Switch = 0x45;
    private const byte Prefix = 0xFE;

    // Operand sizes of one-byte opcodes; -1 marks bytes that are no opcode.
    private static readonly sbyte[] OneByte = BuildOneByte();

    // Operand sizes of the 0xFE-prefixed opcodes.
    private static readonly sbyte[] TwoByte = BuildTwoByte();

    /// <summary>Calls <paramref name="found"/> with the #US heap offset of every string the IL loads.</summary>
    public static void Scan(BlobReader il, Action<int> found)
    {
        while (il.RemainingBytes > 0)
        {
            var opcode = il.ReadByte();
            int operand;
            if (opcode == Prefix)
            {
                if (il.RemainingBytes == 0)
                {
                    return;
                }

                operand = TwoByte[il.ReadByte()];
            }
            else if (opcode == Switch)
            {
                if (il.RemainingBytes < 4)
                {
                    return;
                }

                var targets = il.ReadUInt32();
                if (targets > (uint)(il.RemainingBytes / 4))
                {
                    return;
                }

                operand = (int)targets * 4;
            }
            else if (opcode == Ldstr)
            {
                if (il.RemainingBytes < 4)
                {
                    return;
                }

                var token = il.ReadInt32();
                if ((token >> 24) == 0x70)
                {
                    found(token & 0x00FFFFFF);
                }

                continue;
            }
            else
            {
                operand = OneByte[opcode];
            }

            if (operand < 0 || operand > il.RemainingBytes)
            {
                return;
            }

            il.Offset += operand;
        }
    }

    /// <summary>The #US heap offset of a user string handle, as <c>ldstr</c> tokens carry it.</summary>
    public static int Offset(UserStringHandle handle) => MetadataTokens.GetHeapOffset(handle);

    private static sbyte[] BuildOneByte()
    {
        var sizes = new sbyte[256];
        Array.Fill(sizes, (sbyte)-1);

        // No operand: nop … stloc.3, ldnull, the ldc.i4 shortcuts, dup, pop, ret, arithmetic, conversions,
        // indirect loads and stores, array element access by type, throw, and the rest without operands.
        foreach (var range in new (int From, int To)[]
        {
            (0x00, 0x0D), (0x14, 0x1E), (0x25, 0x26), (0x2A, 0x2A), (0x46, 0x6E), (0x76, 0x76), (0x7A, 0x7A), (0x82, 0x8B), (0x8E, 0x8E),
            (0x90, 0xA2), (0xB3, 0xBA), (0xC3, 0xC3), (0xD1, 0xDC), (0xDF, 0xE0),
        })
        {
            for (var i = range.From; i <= range.To; i++)
            {
                sizes[i] = 0;
            }
        }

        // One-byte operands: ldarg.s … stloc.s, ldc.i4.s, the short branches, leave.s.
        foreach (var op in new[] { 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x1F, 0xDE })
        {
            sizes[op] = 1;
        }

        for (var i = 0x2B; i <= 0x37; i++)
        {
            sizes[i] = 1;
        }

        // Four-byte operands: ldc.i4, ldc.r4, jmp, call, calli, branches, tokens (methods, fields, types, strings), leave.
        foreach (var op in new[] { 0x20, 0x22, 0x27, 0x28, 0x29, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x79, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F, 0x80, 0x81, 0x8C, 0x8D, 0x8F, 0xA3, 0xA4, 0xA5, 0xC2, 0xC6, 0xD0, 0xDD })
        {
            sizes[op] = 4;
        }

        for (var i = 0x38; i <= 0x44; i++)
        {
            sizes[i] = 4;
        }

        // Eight-byte operands: ldc.i8, ldc.r8.
        sizes[0x21] = 8;
        sizes[0x23] = 8;
        return sizes;
    }

    private static sbyte[] BuildTwoByte()
    {
        var sizes = new sbyte[256];
        Array.Fill(sizes, (sbyte)-1);
        foreach (var op in new[] { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x0F, 0x11, 0x13, 0x14, 0x17, 0x18, 0x1A, 0x1D, 0x1E })
        {
            sizes[op] = 0;
        }

        foreach (var op in new[] { 0x06, 0x07, 0x15, 0x16, 0x1C })
        {
            sizes[op] = 4;
        }

        foreach (var op in new[] { 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E })
        {
            sizes[op] = 2;
        }

        sizes[0x12] = 1; // unaligned.
        sizes[0x19] = 1; // no.
        return sizes;
    }
}
