// SPDX-License-Identifier: MIT
using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace BankGateway.Clients;

/// <summary>
/// Card acquiring through the processor's REST API. The live secret key below is in the processor's documented
/// format but is made up for the sample (SE1001 reports it: anyone holding this source or the DLL could charge cards).
/// </summary>
public sealed class CardProcessorClient
{
    private const string LiveSecretKey = "sk_live_51JadeHarbourDemoKeyNotValidAnywhere0";

    private readonly HttpClient http;

    public CardProcessorClient(HttpClient http)
    {
        this.http = http ?? throw new ArgumentNullException(nameof(http));
        this.http.BaseAddress = new Uri("https://api.stripe.com/v1/");
        this.http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LiveSecretKey);
    }
}
