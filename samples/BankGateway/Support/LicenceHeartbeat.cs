// SPDX-License-Identifier: MIT
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.NetworkInformation;
using System.Threading;
using System.Threading.Tasks;

namespace BankGateway.Support;

/// <summary>
/// Tells the vendor's licence server that this installation is alive. It identifies the bank's machine by its name
/// and MAC address, whatever the server's jurisdiction (SE3004).
/// </summary>
public sealed class LicenceHeartbeat
{
    private readonly HttpClient licensing;

    public LicenceHeartbeat(HttpClient licensing) => this.licensing = licensing;

    public async Task BeatAsync(string licenceId, CancellationToken cancellationToken = default)
    {
        var mac = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .Select(n => n.GetPhysicalAddress().ToString())
            .FirstOrDefault() ?? string.Empty;
        var beat = new { licenceId, machine = Environment.MachineName, mac };
        using var response = await licensing.PostAsJsonAsync("https://licensing.jadeharbour-vendor.example.com/v1/heartbeat", beat, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }
}
