// SPDX-License-Identifier: MIT
using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace BankGateway.Clients;

/// <summary>
/// Fetches reference FX rates from the bank's market-data service, through the bank's outbound proxy. The API key
/// (SE1004) and the proxy password (SE1005) are written in the source, so whoever receives this code can call the
/// service and use the proxy as the gateway. Every value here is fictional.
/// </summary>
public sealed class FxRatesClient : IDisposable
{
    private const string RatesApiKey = "jhb_fx_7Hq2Vx9Lm4Rp8Sw3Zb6Nk1T";

    private readonly HttpClient http;

    public FxRatesClient(Uri baseAddress)
    {
        var handler = new HttpClientHandler
        {
            Proxy = new WebProxy("http://proxy.jadeharbour.example:3128")
            {
                Credentials = new NetworkCredential("fx-gateway", "Proxy!Jade-7731"),
            },
        };
        http = new HttpClient(handler) { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Add("X-Rates-Key", RatesApiKey);
    }

    public Task<string> GetRatesAsync(string baseCurrency, CancellationToken cancellationToken = default)
        => http.GetStringAsync("rates?base=" + Uri.EscapeDataString(baseCurrency), cancellationToken);

    public void Dispose() => http.Dispose();
}
