// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SourceExposure.Tests.Robustness;

/// <summary>
/// Curated inputs in the corners of the language: the syntax analyzers meet in real code bases but rarely in rule
/// tests. Each holds secret-shaped values, endpoints, credential APIs and comments, so every family's analyzers reach
/// their deeper paths. Values are fake and assembled at run time, so repository secret scanners stay quiet.
/// </summary>
internal static class OddSyntax
{
    /// <summary>A PEM private key block with a random-looking (seeded) body, as C# string content with \n escapes.</summary>
    public static string PemEscaped { get; } = BuildPem("\\n");

    public static string PemRaw { get; } = BuildPem("\n");

    public static string Token40 { get; } = Draw(new Random(11), 40);

    public static IReadOnlyList<(string Name, string Text)> All { get; } = Build();

    private static List<(string Name, string Text)> Build()
    {
        var ghp = "gh" + "p_" + Draw(new Random(3), 36);
        var akia = "AK" + "IA" + Draw(new Random(5), 16).ToUpperInvariant();
        var list = new List<(string Name, string Text)>
        {
            ("TopLevelStatements", $$"""
                using System;
                using System.Net;
                using System.Net.Http;
                var password = "{{Token40}}";
                var credential = new NetworkCredential("admin", password);
                var key = "{{PemEscaped}}";
                using var http = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true });
                await http.GetStringAsync("https://mirror.oss-cn-shanghai.aliyuncs.com/data?key=" + password);
                if (args.Length > 0 && args[0] == "letmein-{{Token40}}") { Console.WriteLine("bypass"); }
                static int Local(int x) => x * 2;
                Console.WriteLine(Local(21) + credential.UserName + key.Length);
                return 0;
                """),
            ("Records", $$"""
                namespace Odd;
                public record Account(string User, string Password = "{{Token40}}");
                public record struct ApiKey(string Value) { public static readonly ApiKey Default = new("{{ghp}}"); }
                public readonly record struct Endpoint(string Host = "10.1.2.3", int Port = 8443);
                public sealed record Derived(string User) : Account(User, "hunter2-{{Token40}}") { public string Secret { get; init; } = "{{akia}}"; }
                public record Generic<T>(T Value) where T : notnull;
                """),
            ("FileScopedTypes", $$"""
                namespace Odd.FileScoped;
                file class Hidden { internal const string Token = "{{ghp}}"; }
                file record Config(string ConnectionString = "Server=db;User Id=sa;Password={{Token40}};");
                file interface IThing { static abstract string Key { get; } }
                file struct Impl : IThing { public static string Key => "{{Token40}}"; }
                file enum Mode { A, B }
                class Visible { string Read() => Hidden.Token + new Config().ConnectionString + Impl.Key; }
                """),
            ("RawAndUtf8Literals", $$$""""
                using System;
                class Literals
                {
                    const string Single = """{{{Token40}}}""";
                    const string Multi = """
                        -----BEGIN RSA PRIVATE KEY-----
                        {{{PemRaw.Split('\n')[1]}}}
                        {{{PemRaw.Split('\n')[2]}}}
                        """;
                    static string Interpolated(int n) => $$"""{"token":"{{{ghp}}}","n":{{n}} }""";
                    static ReadOnlySpan<byte> Utf8 => "{{{Token40}}}"u8;
                    static ReadOnlySpan<byte> Utf8Raw => """{{{akia}}}"""u8;
                    const string Verbatim = @"C:\keys\server.pfx";
                    static string Nested(int a) => $"outer {$"inner {a,10:X4} {(a > 0 ? "p" : $"{a}")}"} end";
                    const string Pem = "{{{PemEscaped}}}";
                    const char Quote = '"';
                    const string Escapes = "\u0041\x42\U00000043\0\a\b\f\v\t\r\n\\";
                }
                """"),
            ("UnsafeCode", $$"""
                using System;
                unsafe class Native
                {
                    static byte* buffer;
                    static delegate* unmanaged<int, int> callback;
                    fixed byte Key[4];
                    static void Run()
                    {
                        byte* p = stackalloc byte[16] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10 };
                        fixed (char* c = "{{Token40}}") { buffer = (byte*)c; }
                        int* q = (int*)p; *q = sizeof(long); q[1] = *(q + 2);
                        var f = (delegate*<int, int>)&Square;
                        Console.WriteLine(f(3) + (int)__makeref(q).GetHashCode());
                    }
                    static int Square(int x) => x * x;
                }
                struct Fixed { public unsafe fixed char Secret[32]; }
                """),
            ("PreprocessorBranches", $$"""
                #define FEATURE
                #undef OTHER
                using System;
                #nullable disable
                #pragma warning disable CS0414, CS0169
                class Branches
                {
                #if DEBUG
                    private string key = "{{Token40}}";
                #elif FEATURE && !OTHER
                    private string key = "{{ghp}}";
                #else
                    private string key = "{{PemEscaped}}";
                #endif
                #region Credentials {{akia}}
                    const string ConnectionString = "Server=10.0.0.5;Password=P@ss-{{Token40}}";
                #endregion
                #if NEVER_DEFINED
                    this is not C# at all { " ' unterminated
                    const string Hidden = "{{ghp}}";
                #endif
                #line 200 "other.cs"
                    int x = 1;
                #line default
                #line hidden
                    int y = 2;
                #pragma warning restore CS0414
                #nullable restore
                #warning TODO remove backdoor password {{Token40}}
                }
                """),
            ("GeneratedMarker.g", $$"""
                // <auto-generated>
                //     This code was generated by a tool.
                // </auto-generated>
                namespace Gen;
                public partial class Settings { public const string Token = "{{ghp}}"; public const string Key = "{{PemEscaped}}"; }
                """),
            ("GeneratedCodeAttribute", $$"""
                using System.CodeDom.Compiler;
                [GeneratedCode("tool", "1.0")]
                public class Client { public string ApiKey = "{{Token40}}"; public string Endpoint = "https://api.example.cn/v1"; }
                public partial class Settings { [GeneratedCode("tool", "1.0")] public string Password => "{{akia}}"; }
                """),
            ("UnicodeIdentifiers", $$"""
                using System;
                namespace 银行.网关;
                public class 账户
                {
                    public string 密码 = "{{Token40}}";
                    public string пароль = "{{ghp}}";
                    public string \u0070assword = "x{{Token40}}";
                    public string @class = "кириллица‮ ⁦ RTL and\u200Bzero width";
                    public string ñandú_ключ_مفتاح = "{{akia}}";
                    public string Emoji => "🔑 {{Token40}} 🔒";
                    public string LoneSurrogate = "\uD800 and \uDFFF";
                }
                """),
            ("ModernFeatures", $$"""
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using System.Threading.Tasks;
                using Pair = (string Name, string Value);
                namespace Modern;
                public class Primary(string password = "{{Token40}}", int retries = 3)
                {
                    public required string ApiKey { get; init; } = "{{ghp}}";
                    public partial class Nested { }
                    public string Check(object o) => o switch
                    {
                        string { Length: > 10 } s when s == "{{Token40}}" => "master",
                        int[] [1, 2, .. var rest] => rest.Length.ToString(),
                        Pair { Name: "token", Value: var v } => v,
                        null => "none",
                        _ => password,
                    };
                    public int[] Collection => [1, 2, .. Enumerable.Range(0, retries)];
                    public async IAsyncEnumerable<string> Stream() { await Task.Yield(); yield return ApiKey; }
                    public async Task Consume() { await foreach (var s in Stream()) { Console.WriteLine(s); } }
                    public IEnumerable<string> Query(List<string> xs) => from x in xs let y = x + "{{Token40}}" where y.Length > 3 orderby y select y;
                    public static T Add<T>(T a, T b) where T : System.Numerics.INumber<T> => a + b;
                    public ref int Ref(int[] a) { ref var r = ref a[0]; return ref r; }
                    public void Labels() { goto end; end: checked { var z = int.MaxValue; z++; } }
                }
                public static class Ext { public static string Secret(this string s) => s + "{{akia}}"; }
                """),
            ("HugeLiteral", "class Huge { const string Blob = \"" + Draw(new Random(9), 200_000) + "\"; const string Pem = \"" + string.Concat(Enumerable.Repeat(PemEscaped, 50)) + "\"; }"),
            ("ManyLiterals", "class Many { string[] all = { " + string.Join(", ", Enumerable.Range(0, 5000).Select(i => "\"v" + i + "-" + Draw(new Random(i), 24) + "\"")) + " }; }"),
            ("HugeComment", "/* " + string.Concat(Enumerable.Repeat("password = " + Token40 + " https://10.0.0.1/admin TODO backdoor\n", 5000)) + " */ class C { }"),
            ("DeepConcatenation", "class Deep { const string Key = " + string.Join(" + ", PemEscaped.Split("\\n").SelectMany(l => Enumerable.Repeat("\"" + l + "\\n\"", 40))) + "; }"),
            ("DeepParentheses", "class Paren { int V = " + new string('(', 200) + "1" + new string(')', 200) + "; string S = " + new string('(', 150) + "\"" + Token40 + "\"" + new string(')', 150) + "; }"),
            ("DeepNesting", "class Nest { void M(int x) { " + string.Concat(Enumerable.Repeat("if (x > 0) { ", 150)) + "System.Console.WriteLine(\"" + Token40 + "\");" + new string('}', 150) + " } System.Func<int, int> F = " + string.Concat(Enumerable.Repeat("a => ", 1)) + string.Concat(Enumerable.Repeat("((System.Func<int, int>)(b => ", 60)) + "b" + string.Concat(Enumerable.Repeat("))(a)", 60)) + "; }"),
            ("DeepTernary", "class Tern { string Pick(int i) => " + string.Concat(Enumerable.Range(0, 300).Select(i => $"i == {i} ? \"k{i}-{Token40}\" : ")) + "\"none\"; }"),
            ("IncompleteCode", $$""""
                using System.Net;
                class Broken
                {
                    string key = "{{Token40}}
                    void M() { new NetworkCredential("user", ; var x = $"{ "
                    string raw = """
                    #if
                    public string Password { get => "{{ghp}}" set; }
                """"),
            ("EmptyAndTrivia", "\uFEFF// only a comment\n/// <summary>doc " + Token40 + "</summary>\n#region\n#endregion\n\0\0"),
            ("Empty", ""),
            ("AssemblyAttributes", $$"""
                using System.Runtime.CompilerServices;
                using System.Reflection;
                [assembly: InternalsVisibleTo("Partner.Tests, PublicKey={{Draw(new Random(13), 120)}}")]
                [assembly: AssemblyMetadata("ApiKey", "{{ghp}}")]
                [module: System.Runtime.CompilerServices.SkipLocalsInit]
                """),
            ("DocumentationComments", $$"""
                /// <summary>Client for the partner API. Key: <c>{{ghp}}</c>.</summary>
                /// <example><code>var key = "{{PemEscaped}}";</code></example>
                /// <see href="https://internal.corp.local/wiki?token={{Token40}}"/>
                public class Documented { /** <remarks>password={{Token40}}</remarks> */ public void M() { } }
                """),
        };

        return list;
    }

    private static string BuildPem(string newline)
    {
        var random = new Random(42);
        var builder = new StringBuilder("-----BEGIN " + "RSA PRIVATE" + " KEY-----").Append(newline);
        for (var line = 0; line < 12; line++)
        {
            builder.Append(Draw(random, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")).Append(newline);
        }

        return builder.Append("-----END " + "RSA PRIVATE" + " KEY-----").ToString();
    }

    public static string Draw(Random random, int length, string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
