// SPDX-License-Identifier: MIT
using System;
using System.Text;

namespace BankGateway.Crypto;

/// <summary>
/// Hides account references in messages to the bank's legacy branch terminals, which cannot run AES. The scheme was
/// written in-house: a repeating XOR key plus a rotation per round. Its only protection is that nobody outside the
/// team knows it; the source handed to the bank's reviewers is the whole secret (SE2004).
/// </summary>
internal static class TerminalReferenceScrambler
{
    // Obviously fake key material: the point of the sample is the algorithm, not the key.
    private static readonly byte[] TerminalKey = Encoding.ASCII.GetBytes("FAKE-TERMINAL-KEY-0000");

    public static string Scramble(string accountReference)
    {
        var data = Encoding.UTF8.GetBytes(accountReference);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < data.Length; i++)
            {
                var mixed = (byte)(data[i] ^ TerminalKey[(i + round) % TerminalKey.Length]);
                data[i] = (byte)((mixed << 3) | (mixed >> 5));
            }
        }

        return Convert.ToBase64String(data);
    }

    public static string Unscramble(string scrambled)
    {
        var data = Convert.FromBase64String(scrambled);
        for (var round = 2; round >= 0; round--)
        {
            for (var i = 0; i < data.Length; i++)
            {
                var unrotated = (byte)((data[i] >> 3) | (data[i] << 5));
                data[i] = (byte)(unrotated ^ TerminalKey[(i + round) % TerminalKey.Length]);
            }
        }

        return Encoding.UTF8.GetString(data);
    }
}
