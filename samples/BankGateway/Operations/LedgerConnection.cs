// SPDX-License-Identifier: MIT
using System.Net.Http;

namespace BankGateway.Operations;

/// <summary>The connection to the bank's core ledger, set up the way the integration team left it.</summary>
public static class LedgerConnection
{
    /// <summary>The ledger's internal address inside the bank's network.</summary>
    public const string LedgerAddress = "https://10.40.12.7:8443/ledger/v2/";

    /// <summary>An HTTP client for the ledger; the bank's test environment used a self-signed certificate.</summary>
    public static HttpClient Create()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,
        };
        return new HttpClient(handler) { BaseAddress = new System.Uri(LedgerAddress) };
    }
}
