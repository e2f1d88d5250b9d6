// SPDX-License-Identifier: MIT
using System;

namespace BankGateway.Pricing;

public enum CustomerTier
{
    Retail,
    SmallBusiness,
    Corporate,
    Institutional,
}

/// <summary>A two-way FX price for one notional.</summary>
public readonly record struct FxQuote(string Pair, decimal Bid, decimal Ask);

/// <summary>
/// The vendor's FX spread model: a base margin, widened for small tickets and volatile pairs and narrowed by
/// customer tier. The coefficients are what competitors would like to read.
/// </summary>
[TradeSecret]
public sealed class FxPricingEngine
{
    private readonly decimal baseMargin;

    public FxPricingEngine(int marginBasisPoints)
    {
        if (marginBasisPoints < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(marginBasisPoints), "The margin cannot be negative.");
        }

        baseMargin = marginBasisPoints / 10_000m;
    }

    public FxQuote Quote(string pair, decimal mid, decimal notional, CustomerTier tier)
    {
        if (mid <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(mid), "The mid rate must be positive.");
        }

        var halfSpread = mid * (baseMargin * TierFactor(tier) + TicketSurcharge(notional) + PairRisk(pair)) / 2;
        return new FxQuote(pair, decimal.Round(mid - halfSpread, 4), decimal.Round(mid + halfSpread, 4));
    }

    // Small tickets cost the desk as much to hedge as large ones: the surcharge decays with the notional.
    private static decimal TicketSurcharge(decimal notional) => notional switch
    {
        < 10_000m => 0.0040m,
        < 100_000m => 0.0015m,
        < 1_000_000m => 0.0006m,
        _ => 0.0002m,
    };

    private static decimal TierFactor(CustomerTier tier) => tier switch
    {
        CustomerTier.Retail => 1.60m,
        CustomerTier.SmallBusiness => 1.25m,
        CustomerTier.Corporate => 0.85m,
        CustomerTier.Institutional => 0.55m,
        _ => 1m,
    };

    // Pairs the onshore market (CNY) trades thinly carry a liquidity add-on.
    private static decimal PairRisk(string pair) => pair switch
    {
        "USD/CNY" or "CNY/USD" => 0.0001m,
        "EUR/CNY" or "CNY/EUR" => 0.0003m,
        "HKD/CNY" or "CNY/HKD" => 0.0002m,
        _ => 0.0008m,
    };
}
