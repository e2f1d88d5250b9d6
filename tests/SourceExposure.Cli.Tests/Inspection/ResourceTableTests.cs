// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Resources;
using System.Text;
using SourceExposure.Cli.Inspection;

namespace SourceExposure.Cli.Tests.Inspection;

/// <summary>
/// The one-pass .resources reader: it agrees with <see cref="ResourceReader"/> on tables that ResourceWriter writes,
/// skips entries that are neither text nor bytes, and turns truncated, corrupt and hostile tables into an exception
/// or a partial read that the inspector reports as a warning.
/// </summary>
public sealed class ResourceTableTests
{
    [Fact]
    public void WrittenTable_ReadLikeResourceReader_StringsBytesAndStreams()
    {
        using var stream = new MemoryStream();
        using (var writer = new ResourceWriter(stream))
        {
            writer.AddResource("Greeting", "Hello, 世界");
            writer.AddResource("Empty", string.Empty);
            writer.AddResource("Blob", new byte[] { 1, 2, 3, 0, 255 });
            writer.AddResource("Stream", new MemoryStream(Encoding.UTF8.GetBytes("stream text")));
            writer.AddResource("Number", 42);
            writer.AddResource("When", new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));
            for (var i = 0; i < 300; i++)
            {
                writer.AddResource("Message" + i, new string('x', i) + " message " + i);
            }
        }

        var data = stream.ToArray();
        var entries = ResourceTable.Read(data, out var truncated);

        Assert.False(truncated);
        var expected = Expected(data);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            Assert.Equal(expected[entry.Name], entry.Payload.ToArray());
        }

        Assert.DoesNotContain(entries, e => e.Name is "Number" or "When");
        Assert.Equal("Hello, 世界", Encoding.UTF8.GetString(entries.Single(e => e.Name == "Greeting").Payload.Span));
    }

    [Fact]
    public void TruncatedTable_Throws_AtEveryLength()
    {
        // The last bytes of a table are its last entry's text, so every cut, from the header to the last byte, is seen.
        var data = TestAssemblies.ResourceTable(("Greeting", "Hello"), ("Key", "value of the key"));
        Assert.Equal(2, ResourceTable.Read(data, out _).Count);
        for (var length = 0; length < data.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => ResourceTable.Read(data[..length], out _));
        }
    }

    [Fact]
    public void EntryOffsetsOutsideTheTable_Throw()
    {
        var data = Table([("A", Encoding.UTF8.GetBytes("short"))], dataPosition: _ => 1_000_000);
        Assert.Throws<InvalidDataException>(() => ResourceTable.Read(data, out _));

        var negative = Table([("A", Encoding.UTF8.GetBytes("short"))], dataPosition: _ => -8);
        Assert.Throws<InvalidDataException>(() => ResourceTable.Read(negative, out _));
    }

    [Fact]
    public void EntryCountBeyondTheTable_Throws()
    {
        var data = Table([("A", Encoding.UTF8.GetBytes("short"))], count: int.MaxValue);
        var error = Assert.Throws<InvalidDataException>(() => ResourceTable.Read(data, out _));
        Assert.Contains("cannot fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EntriesPointingAtOnePayloadAgainAndAgain_ReadUpToTheTablesSize()
    {
        // 200 entries, all pointing at the first one's 4 KB: 800 KB to scan from a table of about 8 KB.
        var entries = new List<(string, byte[])> { ("Big", Encoding.UTF8.GetBytes(new string('a', 4096))) };
        entries.AddRange(Enumerable.Range(0, 199).Select(i => ("Small" + i, Encoding.UTF8.GetBytes("b"))));
        var data = Table(entries, dataPosition: _ => 0);

        var read = ResourceTable.Read(data, out var truncated);

        Assert.True(truncated);
        Assert.True(read.Sum(e => e.Payload.Length) <= data.Length);
        Assert.NotEmpty(read);
    }

    [Fact]
    public void CorruptTableInAnAssembly_WarnedAbout_TheRestOfTheAssemblyInspected()
    {
        var table = TestAssemblies.ResourceTable(("Greeting", "Hello"), ("PaymentsKey", "key: " + TestAssemblies.StripeKey));
        var corrupt = table[..(table.Length - 20)];
        using var tree = new TempTree();
        TestAssemblies.Compile(
            $$"""public static class Keys { public const string Stripe = "{{TestAssemblies.StripeKey}}"; }""",
            name: "Broken",
            resources: [("Broken.Strings.resources", corrupt)]).Write(tree["bin"], "Broken");

        var result = TestAssemblies.Inspect(tree["bin"]);

        Assert.Single(result.Findings, f => f.RuleId == "SE1001" && f.Artifact?.LogicalName == "Keys.Stripe");
        Assert.Contains(result.Warnings, w => w.StartsWith("Broken.dll: resource 'Broken.Strings.resources' not read (", StringComparison.Ordinal));
    }

    /// <summary>What ResourceReader gives for each text or byte entry, without its length prefix.</summary>
    private static Dictionary<string, byte[]> Expected(byte[] data)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var reader = new ResourceReader(new MemoryStream(data));
        var keys = new List<string>();
        var enumerator = reader.GetEnumerator();
        while (enumerator.MoveNext())
        {
            keys.Add((string)enumerator.Key);
        }

        foreach (var key in keys)
        {
            reader.GetResourceData(key, out var type, out var raw);
            if (type == "ResourceTypeCode.String")
            {
                var index = 0;
                while ((raw[index] & 0x80) != 0)
                {
                    index++;
                }

                result[key] = raw[(index + 1)..];
            }
            else if (type is "ResourceTypeCode.ByteArray" or "ResourceTypeCode.Stream")
            {
                result[key] = raw[4..];
            }
        }

        return result;
    }

    /// <summary>
    /// A version-2 table of string entries written by hand, so that counts and offsets can lie:
    /// <paramref name="dataPosition"/> maps an entry's index to the data position its name records.
    /// </summary>
    private static byte[] Table(IReadOnlyList<(string Name, byte[] Utf8)> entries, Func<int, int>? dataPosition = null, int? count = null)
    {
        var data = new MemoryStream();
        var positions = new List<int>();
        using (var writer = new BinaryWriter(data, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var (_, utf8) in entries)
            {
                positions.Add((int)data.Position);
                writer.Write7BitEncodedInt(1); // ResourceTypeCode.String
                writer.Write7BitEncodedInt(utf8.Length);
                writer.Write(utf8);
            }
        }

        var names = new MemoryStream();
        var namePositions = new List<int>();
        using (var writer = new BinaryWriter(names, Encoding.UTF8, leaveOpen: true))
        {
            for (var i = 0; i < entries.Count; i++)
            {
                namePositions.Add((int)names.Position);
                var name = Encoding.Unicode.GetBytes(entries[i].Name);
                writer.Write7BitEncodedInt(name.Length);
                writer.Write(name);
                writer.Write(dataPosition?.Invoke(i) ?? positions[i]);
            }
        }

        var table = new MemoryStream();
        using (var writer = new BinaryWriter(table, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(unchecked((int)ResourceTable.Magic));
            writer.Write(1);
            var header = new MemoryStream();
            using (var h = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
            {
                h.Write("System.Resources.ResourceReader, mscorlib");
                h.Write("System.Resources.RuntimeResourceSet");
            }

            writer.Write((int)header.Length);
            writer.Write(header.ToArray());
            writer.Write(2);
            writer.Write(count ?? entries.Count);
            writer.Write(0); // no types: every entry is a string
            while ((table.Position & 7) != 0)
            {
                writer.Write((byte)'P');
            }

            foreach (var _ in entries)
            {
                writer.Write(0); // name hashes: not used by the reader
            }

            foreach (var position in namePositions)
            {
                writer.Write(position);
            }

            var dataSection = table.Position + 4 + names.Length;
            writer.Write((int)dataSection);
            writer.Write(names.ToArray());
            writer.Write(data.ToArray());
        }

        return table.ToArray();
    }
}
