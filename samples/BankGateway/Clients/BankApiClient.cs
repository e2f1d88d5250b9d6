// SPDX-License-Identifier: MIT
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BankGateway.Crypto;

namespace BankGateway.Clients;

/// <summary>
/// Client for the bank's open-API gateway: every request body is signed with the merchant's RSA key and sent
/// with the merchant id and signature in headers, as the bank's integration guide requires.
/// </summary>
public sealed class BankApiClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient http;
    private readonly MessageSigner signer;
    private readonly string merchantId;

    public BankApiClient(HttpClient http, MessageSigner signer, string merchantId)
    {
        this.http = http ?? throw new ArgumentNullException(nameof(http));
        this.signer = signer ?? throw new ArgumentNullException(nameof(signer));
        this.merchantId = merchantId;
    }

    public async Task<PaymentReceipt> SubmitAsync(PaymentInstruction instruction, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(instruction, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, "payments")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Merchant-Id", merchantId);
        request.Headers.Add("X-Signature", signer.Sign(body));
        request.Headers.Add("X-Request-Time", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<PaymentReceipt>(Json, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The gateway returned an empty receipt.");
    }

    public async Task<PaymentReceipt?> GetStatusAsync(string instructionId, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("payments/" + Uri.EscapeDataString(instructionId), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<PaymentReceipt>(Json, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The HttpClient the gateway expects: its base address and timeout from the settings.</summary>
    public static HttpClient CreateHttpClient(GatewaySettings settings) => new()
    {
        BaseAddress = settings.BaseAddress,
        Timeout = settings.Timeout,
    };
}
