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
    /// <remarks>Found from the repository root, not [CallerFilePath]: CI builds map source paths to /_/.</remarks>
    public static string ShippedAttributeSource()
        => System.IO.File.ReadAllText(System.IO.Path.Combine(
            Conventions.Catalog.RepositoryRoot, "src", "SourceExposure.Analyzers", "build", "contentFiles", "SourceExposure.TradeSecretAttribute.cs"));
}
