// SPDX-License-Identifier: MIT
using System.Collections.Immutable;

namespace SourceExposure.Analyzers.Secrets.Detection;

/// <summary>One credential its owner publishes for everyone to use, kept as a fingerprint with its source.</summary>
internal sealed class PublicCredential
{
    public PublicCredential(int length, string sha256, string description, string source)
    {
        Length = length;
        Sha256 = sha256;
        Description = description;
        Source = source;
    }

    /// <summary>Length of the value: only values of this length are hashed.</summary>
    public int Length { get; }

    /// <summary>SHA-256 of the value's UTF-8 bytes, lower-case hex (the value itself is not kept here).</summary>
    public string Sha256 { get; }

    public string Description { get; }

    public string Source { get; }
}

/// <summary>
/// Credentials that vendors publish for everyone (emulator keys, public playgrounds, anonymous logins): whoever
/// reads them in a disclosed source learns nothing. Every secrets rule leaves them alone, in every kind of code.
/// Kept as fingerprints, so neither this repository nor the analyzer assembly holds the values.
/// </summary>
internal static class PublicCredentials
{
    public static readonly ImmutableArray<PublicCredential> All = ImmutableArray.Create(
        new PublicCredential(88, "0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059",
            "Azurite and Azure Storage Emulator account key of devstoreaccount1",
            "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key"),
        new PublicCredential(20, "1bbb9293c38acc5e510d904495845d532df64a9e5996b2ec7c86cc2e2ac33b5a",
            "MinIO Play server access key, which MinIO's README says is open to the public",
            "https://github.com/minio/minio-go/blob/master/README.md"),
        new PublicCredential(40, "df452eef23e8cf2c74af54c0c7419c05a5ec70ef4d5c2eb04082b02af8c55598",
            "MinIO Play server secret key",
            "https://github.com/minio/minio-go/blob/master/README.md"),
        new PublicCredential(9, "2f183a4e64493af3f377f745eda502363cd3e7ef6e4d266d444758de0a85fcc8",
            "anonymous FTP login",
            "https://www.rfc-editor.org/rfc/rfc1635"),
        new PublicCredential(28, "cf4d418ed3de92d71f767db5391d5a2dacd40e1ce49e75d1137e2ecf4982d844",
            "the example Basic credentials of the HTTP authentication RFCs (user Aladdin)",
            "https://datatracker.ietf.org/doc/html/rfc7617#section-2"),
        new PublicCredential(32, "2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326",
            "the sample test-mode secret key of Stripe's getting-started guide",
            "https://docs.stripe.com/get-started/api-request"),
        new PublicCredential(32, "f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397",
            "the sample test-mode secret key Stripe's API reference puts in every example",
            "https://docs.stripe.com/api/authentication"));

    public static bool IsPublished(string value)
    {
        string? fingerprint = null;
        foreach (var credential in All)
        {
            if (credential.Length == value.Length
                && (fingerprint ??= SecretAllowlist.Fingerprint(value)) == credential.Sha256)
            {
                return true;
            }
        }

        return false;
    }
}
