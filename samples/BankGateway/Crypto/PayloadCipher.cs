// SPDX-License-Identifier: MIT
using System;
using System.Security.Cryptography;
using System.Text;

namespace BankGateway.Crypto;

/// <summary>
/// Encrypts sensitive fields (account numbers, national ids) in gateway payloads with AES-GCM, as the bank's
/// field-level encryption scheme requires: nonce (12 bytes) | tag (16 bytes) | ciphertext, base64.
/// </summary>
public sealed class PayloadCipher : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly AesGcm aes;

    public PayloadCipher(byte[] key) => aes = new AesGcm(key, TagSize);

    public string Encrypt(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    public string Decrypt(string encoded)
    {
        var input = Convert.FromBase64String(encoded);
        if (input.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The payload is too short to hold a nonce and a tag.");
        }

        var plain = new byte[input.Length - NonceSize - TagSize];
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public void Dispose() => aes.Dispose();
}
