// SPDX-License-Identifier: MIT
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SourceExposure.Analyzers;
using SourceExposure.Analyzers.Shared.Api;
using SourceExposure.Tests.Verifiers;

namespace SourceExposure.Tests.Shared.Api;

/// <summary>The one API-table resolver: tables as data, matched against method, property and type symbols of a compilation.</summary>
public sealed class ApiTableTests
{
    private const string Library = """
        namespace Lib
        {
            public interface IChannel { void Publish(string message); }
            public class Client
            {
                public Client(string key) { }
                public void Send(string data) { }
                public virtual void Put(string data) { }
                public string Body { get; set; }
            }
            public class DerivedClient : Client
            {
                public DerivedClient(string key) : base(key) { }
                public override void Put(string data) { }
                public new void Send(string data) { }
            }
            public class Unrelated : IChannel
            {
                public void Send(string data) { }
                public string Body { get; set; }
                public void Publish(string message) { }
            }
            public class Box<T> { public T Value { get; set; } }
            public class Wrapped : Box<int> { }
        }
        """;

    private enum Role
    {
        Sends,
        Stores,
        Carries,
        Publishes,
        Opens,
    }

    [Fact]
    public void Entry_MatchesItsMember_OnTheDeclaredType()
    {
        var compilation = Compile();
        var lookup = new ApiTable<Role>([new("Lib.Client", ["Send", "Body"], Role.Sends)]).For(compilation);

        var hit = lookup.Match(Member(compilation, "Lib.Client", "Send"));
        Assert.Equal(Role.Sends, hit?.Role);
        Assert.Equal("Client", hit?.Type.Name);
        Assert.Equal(Role.Sends, lookup.Match(Member(compilation, "Lib.Client", "Body"))?.Role);
        Assert.Null(lookup.Match(Member(compilation, "Lib.Client", "Put")));
    }

    [Fact]
    public void Entry_ReachesDerivedTypes_OnlyWhereItAsks()
    {
        var compilation = Compile();
        var declared = new ApiTable<Role>([new("Lib.Client", ["Send", "Put"], Role.Sends)]).For(compilation);
        var derived = new ApiTable<Role>([new("Lib.Client", ["Send", "Put"], Role.Sends, ApiScope.DerivedTypes)]).For(compilation);

        // An override is the member it overrides; a member the derived type adds is its own.
        Assert.Equal("Client", declared.Match(Member(compilation, "Lib.DerivedClient", "Put"))?.Type.Name);
        Assert.Null(declared.Match(Member(compilation, "Lib.DerivedClient", "Send")));
        Assert.Equal("Client", derived.Match(Member(compilation, "Lib.DerivedClient", "Send"))?.Type.Name);
    }

    [Fact]
    public void Constructor_MatchesOnItsOwnType_NotOnADerivedOne()
    {
        var compilation = Compile();
        var lookup = new ApiTable<Role>([new("Lib.Client", [".ctor"], Role.Opens)]).For(compilation);

        Assert.Equal(Role.Opens, lookup.Match(Member(compilation, "Lib.Client", ".ctor"))?.Role);
        Assert.Null(lookup.Match(Member(compilation, "Lib.DerivedClient", ".ctor")));
    }

    [Fact]
    public void SameNamedMember_OnAnUnrelatedType_IsNotMatched()
    {
        var compilation = Compile();
        var lookup = new ApiTable<Role>([new("Lib.Client", ["Send", "Body"], Role.Sends, ApiScope.DerivedTypes)]).For(compilation);

        Assert.Null(lookup.Match(Member(compilation, "Lib.Unrelated", "Send")));
        Assert.Null(lookup.Match(Member(compilation, "Lib.Unrelated", "Body")));
        Assert.True(lookup.MayMatch("Send"));
        Assert.False(lookup.MayMatch("Publish"));
    }

    [Fact]
    public void TypeMissingFromTheCompilation_IsNeverMatched()
    {
        var compilation = Compile();
        var missing = new ApiTable<Role>([new("No.Such.Client", ["Send"], Role.Sends, ApiScope.DerivedTypes)]).For(compilation);
        var mixed = new ApiTable<Role>(
        [
            new("No.Such.Client", ["Send"], Role.Sends, ApiScope.DerivedTypes),
            new("Lib.Client", ["Put"], Role.Stores),
        ]).For(compilation);

        Assert.True(missing.IsEmpty);
        Assert.False(missing.MayMatch("Send"));
        Assert.Null(missing.Match(Member(compilation, "Lib.Client", "Send")));
        Assert.False(mixed.IsEmpty);
        Assert.False(mixed.MayMatch("Send"));
        Assert.Equal(Role.Stores, mixed.Match(Member(compilation, "Lib.Client", "Put"))?.Role);
    }

    [Fact]
    public void GenericType_MatchesThroughItsDefinition()
    {
        var compilation = Compile();
        var lookup = new ApiTable<Role>([new("Lib.Box`1", ["Value"], Role.Carries, ApiScope.DerivedTypes)]).For(compilation);
        var box = KnownSymbols.For(compilation).Type("Lib.Box`1")!;
        var constructed = box.Construct(compilation.GetSpecialType(SpecialType.System_String));
        var wrapped = KnownSymbols.For(compilation).Type("Lib.Wrapped")!;

        var hit = lookup.Match(constructed.GetMembers("Value").Single());
        Assert.Equal(Role.Carries, hit?.Role);
        Assert.True(SymbolEqualityComparer.Default.Equals(box, hit?.Type));
        Assert.Equal(Role.Carries, lookup.Match(wrapped.BaseType!.GetMembers("Value").Single())?.Role);
    }

    [Fact]
    public void Interface_ReachesImplementations_OnlyWhereItAsks()
    {
        var compilation = Compile();
        var declared = new ApiTable<Role>([new("Lib.IChannel", ["Publish"], Role.Publishes)]).For(compilation);
        var implemented = new ApiTable<Role>([new("Lib.IChannel", ["Publish"], Role.Publishes, ApiScope.Implementations)]).For(compilation);

        Assert.Equal(Role.Publishes, declared.Match(Member(compilation, "Lib.IChannel", "Publish"))?.Role);
        Assert.Null(declared.Match(Member(compilation, "Lib.Unrelated", "Publish")));
        Assert.Equal("IChannel", implemented.Match(Member(compilation, "Lib.Unrelated", "Publish"))?.Type.Name);
        Assert.Null(implemented.Match(Member(compilation, "Lib.Unrelated", "Send")));
    }

    [Fact]
    public void TypeEntry_MatchesTheType_AndDerivedTypesOnlyWhereItAsks()
    {
        var compilation = Compile();
        var known = KnownSymbols.For(compilation);
        var exact = new ApiTable<Role>([new("Lib.Client", [], Role.Opens)]).For(compilation);
        var derived = new ApiTable<Role>([new("Lib.Client", [], Role.Opens, ApiScope.DerivedTypes)]).For(compilation);

        Assert.Equal(Role.Opens, exact.MatchType(known.Type("Lib.Client"))?.Role);
        Assert.Null(exact.MatchType(known.Type("Lib.DerivedClient")));
        Assert.Equal("Client", derived.MatchType(known.Type("Lib.DerivedClient"))?.Type.Name);
        Assert.Null(derived.MatchType(known.Type("Lib.Unrelated")));

        // A member entry is not a type entry, and a type entry matches no member.
        Assert.Null(new ApiTable<Role>([new("Lib.Client", ["Send"], Role.Sends)]).For(compilation).MatchType(known.Type("Lib.Client")));
        Assert.Null(exact.Match(Member(compilation, "Lib.Client", "Send")));
    }

    [Fact]
    public void MatchAll_ReturnsEveryEntryForTheMember_InTableOrder()
    {
        var compilation = Compile();
        var lookup = new ApiTable<Role>(
        [
            new("Lib.Client", ["Put"], Role.Stores),
            new("Lib.Client", ["Send"], Role.Sends),
            new("Lib.Client", ["Put"], Role.Carries),
        ]).For(compilation);

        var hits = lookup.MatchAll(Member(compilation, "Lib.Client", "Put"));
        Assert.Equal([Role.Stores, Role.Carries], hits!.Select(h => h.Role));
        Assert.Equal(Role.Stores, lookup.Match(Member(compilation, "Lib.Client", "Put"))?.Role);
        Assert.Null(lookup.MatchAll(Member(compilation, "Lib.Unrelated", "Send")));
    }

    [Fact]
    public void Table_IsResolvedOncePerCompilation()
    {
        var table = new ApiTable<Role>([new("Lib.Client", ["Send"], Role.Sends)]);
        var compilation = Compile();

        Assert.Same(table.For(compilation), table.For(compilation));
        Assert.NotSame(table.For(compilation), table.For(Compile()));
    }

    private static CSharpCompilation Compile() => TestProjectDefaults.Compile(Library, mustCompile: true);

    private static ISymbol Member(Compilation compilation, string type, string name)
        => KnownSymbols.For(compilation).Type(type)!.GetMembers(name).Single();
}
