// SPDX-License-Identifier: MIT
using System;
using System.Globalization;
using BankGateway.Pricing;

namespace BankGateway;

/// <summary>
/// Entry point of the sample. With no arguments it prices a few FX quotes offline; <c>submit</c> would sign a
/// payment and send it to the bank's gateway, which does not exist: the sample is there to be analysed.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var settings = GatewaySettings.Load(AppContext.BaseDirectory);
        var engine = new FxPricingEngine(settings.MarginBasisPoints);

        foreach (var (pair, mid, notional) in new[] { ("USD/CNY", 7.1034m, 250_000m), ("EUR/CNY", 7.7321m, 1_200_000m), ("HKD/CNY", 0.9117m, 80_000m) })
        {
            var quote = engine.Quote(pair, mid, notional, CustomerTier.Corporate);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}  mid {1,8:F4}  bid {2,8:F4}  ask {3,8:F4}  notional {4,12:N0}", pair, mid, quote.Bid, quote.Ask, notional));
        }

        if (args.Length > 0 && args[0] == "submit")
        {
            Console.Error.WriteLine("The sample gateway at " + settings.BaseAddress + " is fictional; nothing was sent.");
            return 1;
        }

        return 0;
    }
}
