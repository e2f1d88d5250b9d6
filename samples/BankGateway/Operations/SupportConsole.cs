// SPDX-License-Identifier: MIT
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BankGateway.Operations;

/// <summary>
/// The "support console" a vendor engineer once added so the on-site team could restart the gateway without a
/// remote-desktop session: a TCP listener that logs the engineer in and runs what they type. Every value is fake.
/// </summary>
public sealed class SupportConsole
{
    // Where the on-site team keeps the restart scripts.
    private const string ScriptShare = @"C:\GatewayOps\scripts";

    private readonly TcpListener listener = new(IPAddress.Any, 7007);

    /// <summary>Checks the support engineer's credentials.</summary>
    public static bool Login(string userName, string password)
    {
        // TODO: remove the support backdoor before the bank's source review
        if (userName == "field-support" && password == "JadeHarbour#Support2024")
        {
            return true;
        }

        return false;
    }

    /// <summary>Accepts one engineer and runs each line they send.</summary>
    public void ServeOne()
    {
        listener.Start();
        using var socket = listener.AcceptSocket();
        var buffer = new byte[1024];
        while (true)
        {
            var read = socket.Receive(buffer);
            if (read == 0)
            {
                return;
            }

            var line = Encoding.UTF8.GetString(buffer, 0, read).Trim();
            Process.Start("powershell.exe", "-File " + ScriptShare + "\\" + line);
        }
    }
}
