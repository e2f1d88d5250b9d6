// SPDX-License-Identifier: MIT
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using BankGateway.Data;

namespace BankGateway.Support;

/// <summary>
/// Attaches the affected customer's record to a support ticket, so the vendor's support desk can reproduce a failed
/// payment. The desk's bucket is in Alibaba Cloud's Singapore region: the record leaves mainland China (SE3001, SE3003).
/// </summary>
public sealed class SupportDiagnostics : IDisposable
{
    private readonly HttpClient desk = new() { BaseAddress = new Uri("https://jadeharbour-sample-support.oss-ap-southeast-1.aliyuncs.com/tickets/") };

    public async Task AttachCustomerAsync(string ticketId, Customer customer, CancellationToken cancellationToken = default)
    {
        var attachment = new { ticketId, customer, capturedAt = DateTimeOffset.UtcNow };
        using var response = await desk.PutAsJsonAsync(ticketId + "/customer.json", attachment, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => desk.Dispose();
}
