// SPDX-License-Identifier: MIT
namespace SourceExposure.Tests.Rules.ProprietaryCode;

/// <summary>Declarations the SE2xxx tests share: marker attributes in a namespace of the user's own.</summary>
internal static class TradeSecretTestCode
{
    public const string Attributes = """

        namespace Contoso.Legal
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class TradeSecretAttribute : System.Attribute
            {
                public TradeSecretAttribute() { }
                public TradeSecretAttribute(string reason) { }
            }

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ProprietaryAttribute : System.Attribute
            {
                public ProprietaryAttribute(string owner = "") { }
            }

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class TradeSecretInfoAttribute : System.Attribute { }
        }
        """;

    /// <summary>The source file the package adds when SourceExposureAddTradeSecretAttribute is true.</summary>
    public static string ShippedAttributeSource(string? here = null)
    {
        var directory = System.IO.Path.GetDirectoryName(here ?? ThisFile())!;
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, "..", "..", "..", ".."));
        return System.IO.File.ReadAllText(System.IO.Path.Combine(root, "src", "SourceExposure.Analyzers", "build", "contentFiles", "SourceExposure.TradeSecretAttribute.cs"));
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
