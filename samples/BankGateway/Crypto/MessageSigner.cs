// SPDX-License-Identifier: MIT
using System;
using System.Security.Cryptography;
using System.Text;

namespace BankGateway.Crypto;

/// <summary>
/// Signs gateway requests with the merchant's RSA key (RSASSA-PKCS1-v1_5 over SHA-256, base64), as the bank's
/// integration guide specifies.
/// </summary>
public sealed class MessageSigner : IDisposable
{
    // The merchant key, pasted in from the bank's onboarding e-mail so the delivered build "just works".
    // This is exactly what SE1002 exists to catch. (The body is base64 of a sentence saying it is not a real key.)
    private static readonly string MerchantPrivateKeyPem = """
        -----BEGIN RSA PRIVATE KEY-----
        U291cmNlRXhwb3N1cmUgQmFua0dhdGV3YXkgc2FtcGxlLiBOT1QgQSBSRUFMIFBS
        SVZBVEUgS0VZLCBuZXZlciB1c2UgaXQuIFNvdXJjZUV4cG9zdXJlIEJhbmtHYXRl
        d2F5IHNhbXBsZS4gTk9UIEEgUkVBTCBQUklWQVRFIEtFWSwgbmV2ZXIgdXNlIGl0
        LiBTb3VyY2VFeHBvc3VyZSBCYW5rR2F0ZXdheSBzYW1wbGUuIE5PVCBBIFJFQUwg
        UFJJVkFURSBLRVksIG5ldmVyIHVzZSBpdC4gU291cmNlRXhwb3N1cmUgQmFua0dh
        dGV3YXkgc2FtcGxlLiBOT1QgQSBSRUFMIFBSSVZBVEUgS0VZLCBuZXZlciB1c2Ug
        aXQuIFNvdXJjZUV4cG9zdXJlIEJhbmtHYXRld2F5IHNhbXBsZS4gTk9UIEEgUkVB
        TCBQUklWQVRFIEtFWSwgbmV2ZXIgdXNlIGl0LiBTb3VyY2VFeHBvc3VyZSBCYW5r
        -----END RSA PRIVATE KEY-----
        """;

    private readonly RSA rsa;

    private MessageSigner(RSA rsa) => this.rsa = rsa;

    /// <summary>The signer for the merchant key compiled into the gateway.</summary>
    public static MessageSigner ForMerchant() => FromPem(MerchantPrivateKeyPem);

    public static MessageSigner FromPem(string pem)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return new MessageSigner(rsa);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    public string Sign(string payload)
    {
        var signature = rsa.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return Convert.ToBase64String(signature);
    }

    public void Dispose() => rsa.Dispose();
}
