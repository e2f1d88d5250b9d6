// SPDX-License-Identifier: MIT
using System;
using System.IO;
using System.Text.Json;

namespace BankGateway;

/// <summary>Settings read from appsettings.json next to the executable.</summary>
public sealed class GatewaySettings
{
    public Uri BaseAddress { get; init; } = new("https://openapi.jadeharbour-bank.example.cn/gateway/v2/");

    public string MerchantId { get; init; } = string.Empty;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public string CustomersConnectionString { get; init; } = string.Empty;

    public int MarginBasisPoints { get; init; } = 35;

    public static GatewaySettings Load(string directory)
    {
        var path = Path.Combine(directory, "appsettings.json");
        if (!File.Exists(path))
        {
            return new GatewaySettings();
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var gateway = root.GetProperty("Gateway");
        return new GatewaySettings
        {
            BaseAddress = new Uri(gateway.GetProperty("BaseAddress").GetString()!),
            MerchantId = gateway.GetProperty("MerchantId").GetString()!,
            Timeout = TimeSpan.FromSeconds(gateway.GetProperty("TimeoutSeconds").GetInt32()),
            CustomersConnectionString = root.GetProperty("ConnectionStrings").GetProperty("Customers").GetString()!,
            MarginBasisPoints = root.GetProperty("Pricing").GetProperty("MarginBasisPoints").GetInt32(),
        };
    }
}
