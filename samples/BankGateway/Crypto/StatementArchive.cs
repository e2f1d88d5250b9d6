// SPDX-License-Identifier: MIT
using System.Security.Cryptography;

namespace BankGateway.Crypto;

/// <summary>
/// Encrypts customer statements before they are archived. The AES key is compiled in (SE1006), so every archived
/// statement can be decrypted by anyone holding this source or the assembly. The key bytes are fictional.
/// </summary>
public static class StatementArchive
{
    private static readonly byte[] ArchiveKey =
    {
        0x3A, 0x91, 0x5C, 0xE2, 0x07, 0xB4, 0x6D, 0x18, 0xF0, 0x2B, 0x89, 0xC7, 0x45, 0x1E, 0xD3, 0x76,
        0x9B, 0x60, 0x2F, 0xA8, 0x14, 0xE9, 0x53, 0xCD, 0x8E, 0x31, 0x07, 0xBA, 0x64, 0xF5, 0x2C, 0x97,
    };

    public static byte[] Protect(byte[] statement)
    {
        using var aes = Aes.Create();
        aes.Key = ArchiveKey;
        aes.GenerateIV();
        var cipher = aes.EncryptCbc(statement, aes.IV);
        var output = new byte[aes.IV.Length + cipher.Length];
        aes.IV.CopyTo(output, 0);
        cipher.CopyTo(output, aes.IV.Length);
        return output;
    }
}
