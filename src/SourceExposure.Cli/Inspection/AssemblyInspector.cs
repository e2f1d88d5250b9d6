// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.DataResidency.Catalog;
using SourceExposure.Analyzers.DataResidency.Detection;
using SourceExposure.Analyzers.ProprietaryCode;
using SourceExposure.Analyzers.ProprietaryCode.Detection;
using SourceExposure.Analyzers.Secrets.Detection;
using SourceExposure.Cli.Scanning;

namespace SourceExposure.Cli.Inspection;

/// <summary>
/// Reads one .NET assembly as its recipient can, with System.Reflection.Metadata only: the strings its code loads
/// (#US heap) and its string constants, its managed resources, its custom attributes, type and method names and IL
/// sizes, and the portable PDB embedded in it or shipped beside it. Each part is read on its own: a corrupt resource
/// section costs the resources, not the strings.
/// </summary>
internal sealed class AssemblyInspector(InspectContext context)
{
    private const string InternalsVisibleTo = "InternalsVisibleToAttribute";

    /// <summary>Inspects <paramref name="image"/>; <paramref name="readSibling"/> reads a file beside it (the PDB), or null.</summary>
    public void Inspect(ArtifactFile file, byte[] image, Func<ArtifactFile, byte[]?> readSibling)
    {
        if (image.Length < 64 || image[0] != (byte)'M' || image[1] != (byte)'Z')
        {
            context.Warn(file, "not a PE file (no MZ header)");
            return;
        }

        using var pe = new PEReader(ImmutableCollectionsMarshal.AsImmutableArray(image));
        bool hasMetadata;
        try
        {
            hasMetadata = pe.HasMetadata;
        }
        catch (BadImageFormatException e)
        {
            context.Warn(file, "not a valid PE file (" + e.Message + ")");
            return;
        }

        if (!hasMetadata)
        {
            context.Warn(file, "a native image without .NET metadata, not inspected");
            return;
        }

        MetadataReader md;
        try
        {
            md = pe.GetMetadataReader();
        }
        catch (BadImageFormatException e)
        {
            context.Warn(file, "its .NET metadata cannot be read (" + e.Message + ")");
            return;
        }

        var name = Stage(file, "assembly name", () => md.IsAssembly ? md.GetString(md.GetAssemblyDefinition().Name) : Path.GetFileNameWithoutExtension(file.Name))
            ?? Path.GetFileNameWithoutExtension(file.Name);
        context.Assemblies.Add(name);
        var assembly = new Assembly(file, name, pe, md);

        Stage(file, "method bodies", () => ReadMethods(assembly));
        Stage(file, "strings", () => InspectStrings(assembly));
        Stage(file, "resources", () => InspectResources(assembly));
        Stage(file, "trade secrets", () => InspectTradeSecrets(assembly));
        Stage(file, "symbols", () => new SymbolInspector(context).InspectFor(file, name, pe, readSibling));
    }

    private T? Stage<T>(ArtifactFile file, string part, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Warn($"{file.Display}: {part} not read ({e.GetType().Name}: {e.Message}); the rest of the assembly was inspected");
            return default;
        }
    }

    private void Stage(ArtifactFile file, string part, Action read) => Stage(file, part, () =>
    {
        read();
        return true;
    });

    /// <summary>One pass over every method body: its IL size, and which method first loads each user string.</summary>
    private void ReadMethods(Assembly assembly)
    {
        var md = assembly.Metadata;
        var badBodies = 0;
        foreach (var typeHandle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(typeHandle);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                try
                {
                    var body = assembly.PE.GetMethodBody(method.RelativeVirtualAddress);
                    var il = body.GetILReader();
                    assembly.BodySizes[methodHandle] = il.Length;
                    IlStrings.Scan(il, offset => assembly.StringUsers.TryAdd(offset, methodHandle));
                }
                catch (BadImageFormatException)
                {
                    badBodies++;
                }
            }
        }

        if (badBodies > 0)
        {
            context.Warn($"{assembly.File.Display}: {badBodies} method bod{(badBodies == 1 ? "y" : "ies")} could not be read; the rest of the assembly was inspected");
        }
    }

    private void InspectStrings(Assembly assembly)
    {
        var md = assembly.Metadata;
        var reported = new HashSet<string>(StringComparer.Ordinal);

        // Constants first: they carry the field's name, which contextual formats need and the message shows.
        for (var row = 1; row <= md.GetTableRowCount(TableIndex.Constant); row++)
        {
            var constant = md.GetConstant(MetadataTokens.ConstantHandle(row));
            if (constant.TypeCode != ConstantTypeCode.String || constant.Value.IsNil || constant.Parent.Kind != HandleKind.FieldDefinition)
            {
                continue;
            }

            var blob = md.GetBlobReader(constant.Value);
            var value = blob.ReadUTF16(blob.Length);
            var field = md.GetFieldDefinition((FieldDefinitionHandle)constant.Parent);
            var fieldName = md.GetString(field.Name);
            var owner = TypeName(md, field.GetDeclaringType());
            var place = new ArtifactPlace(assembly.File.Entry, owner + "." + fieldName, "member");
            CheckString(assembly, value, fieldName, place, $"the string constant '{ShortName(owner + "." + fieldName)}' of {assembly.File.Name}", reported);
        }

        var heapStart = assembly.PE.PEHeaders.MetadataStartOffset + md.GetHeapMetadataOffset(HeapIndex.UserString);
        var handle = MetadataTokens.UserStringHandle(1);
        var heapSize = md.GetHeapSize(HeapIndex.UserString);
        while (!handle.IsNil && MetadataTokens.GetHeapOffset(handle) < heapSize)
        {
            var value = md.GetUserString(handle);
            var offset = MetadataTokens.GetHeapOffset(handle);
            if (value.Length >= 5)
            {
                string logical;
                string where;
                if (assembly.StringUsers.TryGetValue(offset, out var user))
                {
                    logical = MethodName(md, user);
                    where = $"a string literal of '{ShortName(logical)}' in {assembly.File.Name}";
                }
                else
                {
                    logical = "user string 0x" + (0x70000000 | offset).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
                    where = $"the user-string heap of {assembly.File.Name}";
                }

                var place = new ArtifactPlace(assembly.File.Entry, logical, assembly.StringUsers.ContainsKey(offset) ? "function" : "module", heapStart + offset, value.Length * 2);
                CheckString(assembly, value, null, place, where, reported);
            }

            handle = md.GetNextHandle(handle);
        }
    }

    /// <summary>Secrets (SE1001–SE1003), endpoints (SE3001) and region ids (SE3002) in one string the assembly holds.</summary>
    private void CheckString(Assembly assembly, string value, string? name, ArtifactPlace place, string where, HashSet<string> reported)
    {
        foreach (var secret in TextSecrets.InString(value, name))
        {
            if (!reported.Add(secret.RuleId + "\u001f" + secret.Value))
            {
                continue;
            }

            object[] arguments = secret.RuleId == RuleIds.SE1003 ? [secret.Kind, secret.Redacted] : [secret.Kind, secret.Redacted, where];
            context.Report(Descriptor(secret.RuleId), assembly.File, place, assembly.Name, arguments, "\"" + secret.Redacted + "\"");
        }

        if (EndpointText.IsCandidate(value) && EndpointText.TryFind(value, out var match, out var form)
            && context.Config.Policy.Disallows(match.Jurisdiction)
            // A country-code TLD alone counts only where the value is used as an endpoint; in a binary that is known
            // only for a connection string's server (the analyzer also looks at the receiving API, which IL does not keep).
            && (match.Evidence != Evidence.CountryCode || form == EndpointForm.ConnectionString)
            && reported.Add("SE3001\u001f" + match.Host))
        {
            context.Report(Rules.SE3001, assembly.File, place, assembly.Name, [match.Host, match.Description, Jurisdictions.Name(match.Jurisdiction)], SnippetRedactor.ForPlainLine("\"" + value + "\""));
        }

        if (Regions.TryPlace(value, out var region, out var description) && context.Config.Policy.Disallows(region) && reported.Add("SE3002\u001f" + value))
        {
            context.Report(Rules.SE3002, assembly.File, place, assembly.Name, [value, description, Jurisdictions.Name(region)], "\"" + value + "\"");
        }
    }

    private void InspectResources(Assembly assembly)
    {
        var md = assembly.Metadata;
        var directory = assembly.PE.PEHeaders.CorHeader?.ResourcesDirectory ?? default;
        foreach (var handle in md.ManifestResources)
        {
            var resource = md.GetManifestResource(handle);
            var name = md.GetString(resource.Name);
            if (!resource.Implementation.IsNil)
            {
                continue; // linked from another file, which is inspected on its own
            }

            var data = ReadResource(assembly, directory, resource.Offset, name);
            if (data is null)
            {
                continue;
            }

            new ContentInspector(context).InspectResource(assembly.File, assembly.Name, name, data);
        }
    }

    private byte[]? ReadResource(Assembly assembly, DirectoryEntry directory, long offset, string name)
    {
        if (directory.Size == 0)
        {
            context.Warn($"{assembly.File.Display}: resource '{name}' not read (the assembly has no resource section)");
            return null;
        }

        var section = assembly.PE.GetSectionData(directory.RelativeVirtualAddress);
        var reader = section.GetReader();
        if (offset < 0 || offset + 4 > Math.Min(reader.Length, directory.Size))
        {
            context.Warn($"{assembly.File.Display}: resource '{name}' not read (its offset lies outside the resource section: truncated or corrupt)");
            return null;
        }

        reader.Offset = (int)offset;
        var length = reader.ReadUInt32();
        if (length > context.Limits.MaxResourceBytes)
        {
            context.Warn($"{assembly.File.Display}: resource '{name}' not read ({InspectContext.Size(length)}, more than the {InspectContext.Size(context.Limits.MaxResourceBytes)} inspect reads)");
            return null;
        }

        if (length > (uint)reader.RemainingBytes)
        {
            context.Warn($"{assembly.File.Display}: resource '{name}' not read (it claims {InspectContext.Size(length)} but the section ends first: truncated or corrupt)");
            return null;
        }

        return reader.ReadBytes((int)length);
    }

    private void InspectTradeSecrets(Assembly assembly)
    {
        var md = assembly.Metadata;
        var assemblyMarked = md.IsAssembly && HasMarker(md, md.GetAssemblyDefinition().GetCustomAttributes());
        var friends = new List<string>();
        if (md.IsAssembly)
        {
            foreach (var attributeHandle in md.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = md.GetCustomAttribute(attributeHandle);
                if (AttributeTypeName(md, attribute) == InternalsVisibleTo && FirstStringArgument(md, attribute) is { } friend)
                {
                    var comma = friend.IndexOf(',');
                    friends.Add(comma >= 0 ? friend[..comma].Trim() : friend);
                }
            }
        }

        var secrets = new List<string>();
        foreach (var typeHandle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(typeHandle);
            var typeName = md.GetString(type.Name);
            if (typeName == "<Module>" || IsCompilerGenerated(typeName))
            {
                continue;
            }

            var fullName = TypeName(md, typeHandle);
            var nested = !type.GetDeclaringType().IsNil;
            string? why = HasMarker(md, type.GetCustomAttributes()) ? "attribute"
                : !nested && NamespacePatterns.Match(context.Config.TradeSecretNamespaces, md.GetString(type.Namespace)) is not null ? "namespace"
                : !nested && assemblyMarked ? "assembly"
                : null;
            if (why is not null && !CoveredByContainer(md, typeHandle, assemblyMarked))
            {
                secrets.Add(fullName);
                ReportType(assembly, typeHandle, fullName);
                continue;
            }

            // A trade-secret method in a type that is not one.
            foreach (var methodHandle in type.GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                if (HasMarker(md, method.GetCustomAttributes()) && !CoveredByContainer(md, typeHandle, assemblyMarked, includeSelf: true))
                {
                    var methodName = fullName + "." + md.GetString(method.Name);
                    secrets.Add(methodName);
                    ReportMethod(assembly, typeHandle, methodHandle, methodName);
                }
            }
        }

        if (secrets.Count > 0)
        {
            secrets.Sort(StringComparer.Ordinal);
            foreach (var friend in friends)
            {
                context.Report(Rules.SE2003, assembly.File, new ArtifactPlace(assembly.File.Entry, assembly.Name, "module"), assembly.Name,
                    [friend, secrets[0], $" in the metadata of {assembly.File.Name}"]);
            }
        }
    }

    private void ReportType(Assembly assembly, TypeDefinitionHandle typeHandle, string fullName)
    {
        var md = assembly.Metadata;
        var place = new ArtifactPlace(assembly.File.Entry, fullName, "type");
        if (IsPublic(md, typeHandle))
        {
            context.Report(Rules.SE2002, assembly.File, place, assembly.Name, [fullName, $"is public in the shipped {assembly.File.Name}"]);
        }

        // Judge the names the developer wrote (not accessors' or the compiler's) and every body, closures included.
        var readable = 0;
        var judged = 0;
        var large = 0;
        var largest = (Name: string.Empty, Size: 0);
        foreach (var (method, owner) in MethodsOf(md, typeHandle))
        {
            var definition = md.GetMethodDefinition(method);
            var methodName = md.GetString(definition.Name);
            if (owner == typeHandle && !IsCompilerGenerated(methodName) && (definition.Attributes & MethodAttributes.SpecialName) == 0)
            {
                judged++;
                readable += ReadableNames.IsReadable(methodName) ? 1 : 0;
            }

            if (assembly.BodySizes.TryGetValue(method, out var size))
            {
                if (size >= context.Config.MinMethodBytes)
                {
                    large++;
                }

                if (size > largest.Size)
                {
                    largest = (MethodName(md, method), size);
                }
            }
        }

        var typeReadable = ReadableNames.IsReadable(md.GetString(md.GetTypeDefinition(typeHandle).Name)) && (judged == 0 || readable * 2 >= judged);
        if (typeReadable && large > 0)
        {
            context.Report(Rules.SE2006, assembly.File, place, assembly.Name,
                [fullName, $"{large} method{(large == 1 ? string.Empty : "s")} of {context.Config.MinMethodBytes} IL bytes or more (the largest, '{ShortName(largest.Name)}', {largest.Size} bytes)"]);
        }
    }

    private void ReportMethod(Assembly assembly, TypeDefinitionHandle typeHandle, MethodDefinitionHandle methodHandle, string methodName)
    {
        var md = assembly.Metadata;
        var place = new ArtifactPlace(assembly.File.Entry, methodName, "function");
        var method = md.GetMethodDefinition(methodHandle);
        if (IsPublic(md, typeHandle) && (method.Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public)
        {
            context.Report(Rules.SE2002, assembly.File, place, assembly.Name, [methodName, $"is public in the shipped {assembly.File.Name}"]);
        }

        if (assembly.BodySizes.TryGetValue(methodHandle, out var size) && size >= context.Config.MinMethodBytes
            && ReadableNames.IsReadable(md.GetString(method.Name)))
        {
            context.Report(Rules.SE2006, assembly.File, place, assembly.Name, [methodName, $"an IL body of {size} bytes"]);
        }
    }

    /// <summary>The methods of a type and of the types nested in it (closures, iterators and async state machines hold its code).</summary>
    private static IEnumerable<(MethodDefinitionHandle Method, TypeDefinitionHandle Owner)> MethodsOf(MetadataReader md, TypeDefinitionHandle typeHandle)
    {
        var pending = new Stack<TypeDefinitionHandle>();
        pending.Push(typeHandle);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var type = md.GetTypeDefinition(current);
            foreach (var method in type.GetMethods())
            {
                yield return (method, current);
            }

            foreach (var nested in type.GetNestedTypes())
            {
                pending.Push(nested);
            }
        }
    }

    private static bool CoveredByContainer(MetadataReader md, TypeDefinitionHandle typeHandle, bool assemblyMarked, bool includeSelf = false)
    {
        var current = includeSelf ? typeHandle : md.GetTypeDefinition(typeHandle).GetDeclaringType();
        while (!current.IsNil)
        {
            var type = md.GetTypeDefinition(current);
            var outer = type.GetDeclaringType();
            if (HasMarker(md, type.GetCustomAttributes()) || (outer.IsNil && assemblyMarked))
            {
                return true;
            }

            current = outer;
        }

        return false;
    }

    private static bool IsPublic(MetadataReader md, TypeDefinitionHandle typeHandle)
    {
        for (var current = typeHandle; !current.IsNil;)
        {
            var type = md.GetTypeDefinition(current);
            var visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if (visibility is not (TypeAttributes.Public or TypeAttributes.NestedPublic))
            {
                return false;
            }

            current = type.GetDeclaringType();
        }

        return true;
    }

    private static bool HasMarker(MetadataReader md, CustomAttributeHandleCollection attributes)
    {
        foreach (var handle in attributes)
        {
            if (AttributeTypeName(md, md.GetCustomAttribute(handle)) is { } name && TradeSecrets.IsMarkerName(name))
            {
                return true;
            }
        }

        return false;
    }

    private static string? AttributeTypeName(MetadataReader md, CustomAttribute attribute)
    {
        EntityHandle type;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                break;
            default:
                return null;
        }

        return type.Kind switch
        {
            HandleKind.TypeReference => md.GetString(md.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => null,
        };
    }

    /// <summary>The first fixed argument of an attribute whose constructor takes one string (ECMA-335 §II.23.3).</summary>
    private static string? FirstStringArgument(MetadataReader md, CustomAttribute attribute)
    {
        var blob = md.GetBlobReader(attribute.Value);
        if (blob.Length < 3 || blob.ReadUInt16() != 1)
        {
            return null;
        }

        return blob.ReadSerializedString();
    }

    private static bool IsCompilerGenerated(string name) => name.Length > 0 && name[0] == '<';

    public static string TypeName(MetadataReader md, TypeDefinitionHandle handle)
    {
        var type = md.GetTypeDefinition(handle);
        var name = md.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return TypeName(md, declaring) + "." + name;
        }

        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string MethodName(MetadataReader md, MethodDefinitionHandle handle)
    {
        var method = md.GetMethodDefinition(handle);
        return TypeName(md, method.GetDeclaringType()) + "." + md.GetString(method.Name);
    }

    /// <summary>"MessageSigner..cctor" from "BankGateway.Crypto.MessageSigner..cctor": what a message needs to find it.</summary>
    private static string ShortName(string fullName)
    {
        var cut = fullName.Length;
        var dots = 0;
        for (var i = fullName.Length - 1; i > 0; i--)
        {
            if (fullName[i] == '.' && fullName[i - 1] != '.' && ++dots == 2)
            {
                cut = i + 1;
                break;
            }
        }

        return dots == 2 ? fullName[cut..] : fullName;
    }

    private static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor(string id) => id switch
    {
        RuleIds.SE1001 => Rules.SE1001,
        RuleIds.SE1002 => Rules.SE1002,
        RuleIds.SE1003 => Rules.SE1003,
        _ => Rules.SE1007,
    };

    private sealed class Assembly(ArtifactFile file, string name, PEReader pe, MetadataReader metadata)
    {
        public ArtifactFile File { get; } = file;

        public string Name { get; } = name;

        public PEReader PE { get; } = pe;

        public MetadataReader Metadata { get; } = metadata;

        public Dictionary<MethodDefinitionHandle, int> BodySizes { get; } = [];

        /// <summary>#US heap offset → the first method that loads the string.</summary>
        public Dictionary<int, MethodDefinitionHandle> StringUsers { get; } = [];
    }
}
