// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SourceExposure.Cli.Inspection;

/// <summary>
/// A .resources table (what .resx files compile to) read in one pass: the names, and the payload of every string,
/// byte-array and stream entry. Other entries (numbers, dates, serialized objects) are skipped, never deserialized.
/// <see cref="System.Resources.ResourceReader.GetResourceData"/> would do, but it reads and sorts every entry's
/// position on each call, so reading all entries that way is quadratic: the localized resources of a compiler
/// (thousands of entries) took a fifth of a second each, most of inspect's time on a publish folder.
/// Every offset and length is checked against the table; a table that breaks the format throws
/// <see cref="InvalidDataException"/>, which the caller turns into a warning.
/// </summary>
internal static class ResourceTable
{
    public const uint Magic = 0xBEEFCACE;

    // ResourceTypeCode (System.Resources): String = 1, ByteArray = 0x20, Stream = 0x21.
    private const int StringCode = 1;
    private const int ByteArrayCode = 0x20;
    private const int StreamCode = 0x21;

    /// <summary>One entry with text (UTF-8) or bytes: its name and its payload.</summary>
    internal readonly record struct Entry(string Name, ReadOnlyMemory<byte> Payload);

    /// <summary>
    /// The entries of <paramref name="data"/>, in the table's order. Payloads are slices of <paramref name="data"/>;
    /// their total is at most the table's size (entries pointing at one payload again and again are not read twice
    /// over), and <paramref name="truncated"/> says when that stopped the reading.
    /// </summary>
    public static List<Entry> Read(byte[] data, out bool truncated)
    {
        truncated = false;
        var reader = new Reader(data);
        if (reader.Int32() != unchecked((int)Magic))
        {
            throw new InvalidDataException("not a .resources table");
        }

        _ = reader.Int32(); // resource manager header version
        var skip = reader.Int32();
        reader.Skip(skip); // reader and resource-set type names
        var version = reader.Int32();
        if (version is not (1 or 2))
        {
            throw new InvalidDataException($"unknown .resources version {version}");
        }

        var count = reader.Int32();
        var typeCount = reader.Int32();
        if (count < 0 || typeCount < 0 || count > data.Length / 8 || typeCount > data.Length)
        {
            throw new InvalidDataException($"{count} entries and {typeCount} types cannot fit in {data.Length} bytes");
        }

        var types = new string[typeCount];
        for (var i = 0; i < typeCount; i++)
        {
            types[i] = Encoding.UTF8.GetString(reader.Bytes(reader.Length7()));
        }

        var align = reader.Position & 7;
        if (align != 0)
        {
            reader.Skip(8 - align);
        }

        reader.Skip(4L * count); // name hashes
        var namePositions = new int[count];
        for (var i = 0; i < count; i++)
        {
            namePositions[i] = reader.Int32();
        }

        var dataSection = reader.Int32();
        var nameSection = reader.Position;
        var entries = new List<Entry>();
        long budget = data.Length;
        for (var i = 0; i < count; i++)
        {
            reader.Position = Offset(nameSection, namePositions[i], data.Length);
            var name = Encoding.Unicode.GetString(reader.Bytes(reader.Length7()));
            var dataPosition = reader.Int32();
            reader.Position = Offset(dataSection, dataPosition, data.Length);
            var code = reader.Int7();
            if (version == 1)
            {
                // Version 1 names the type of each entry by its index in the type table (-1 for null).
                var type = code >= 0 && code < types.Length ? types[code] : string.Empty;
                code = type.StartsWith("System.String,", StringComparison.Ordinal) ? StringCode
                    : type.StartsWith("System.Byte[],", StringComparison.Ordinal) ? ByteArrayCode
                    : -1;
            }

            int length;
            switch (code)
            {
                case StringCode:
                    length = reader.Length7();
                    break;
                case ByteArrayCode or StreamCode:
                    length = reader.Int32();
                    break;
                default:
                    continue;
            }

            if (length < 0 || length > reader.Remaining)
            {
                throw new InvalidDataException($"entry '{name}' claims {length} bytes past the end of the table");
            }

            budget -= length;
            if (budget < 0)
            {
                truncated = true;
                break;
            }

            entries.Add(new Entry(name, data.AsMemory(reader.Position, length)));
        }

        return entries;
    }

    private static int Offset(int section, int position, int size)
    {
        var offset = (long)section + position;
        return position >= 0 && offset < size ? (int)offset : throw new InvalidDataException($"an entry's offset {position} lies outside the table");
    }

    private struct Reader(byte[] data)
    {
        public int Position { get; set; }

        public readonly int Remaining => data.Length - Position;

        public int Int32()
        {
            Need(4);
            var value = BitConverter.ToInt32(data, Position);
            Position += 4;
            return value;
        }

        /// <summary>A 7-bit encoded integer, as BinaryWriter writes it.</summary>
        public int Int7()
        {
            var value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                Need(1);
                var b = data[Position++];
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    return value;
                }
            }

            throw new InvalidDataException("a 7-bit encoded integer longer than five bytes");
        }

        /// <summary>A 7-bit encoded length: not negative.</summary>
        public int Length7() => Int7() is var value && value >= 0 ? value : throw new InvalidDataException("a negative length");

        public ReadOnlySpan<byte> Bytes(int length)
        {
            Need(length);
            var span = data.AsSpan(Position, length);
            Position += length;
            return span;
        }

        public void Skip(long length)
        {
            if (length < 0 || length > Remaining)
            {
                throw new InvalidDataException("the table ends early: truncated or corrupt");
            }

            Position += (int)length;
        }

        private readonly void Need(int length)
        {
            if (length < 0 || length > data.Length - Position)
            {
                throw new InvalidDataException("the table ends early: truncated or corrupt");
            }
        }
    }
}
