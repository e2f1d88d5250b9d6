// SPDX-License-Identifier: MIT
namespace BankGateway.Pricing;

/// <summary>
/// The vendor's interchange fee model for card-present payments: which share of each fee the gateway keeps, by
/// merchant category and monthly volume. Declared a trade secret, yet public and compiled into the assembly delivered
/// to the bank (SE2001, SE2002).
/// </summary>
[TradeSecret]
public static class InterchangeFeeModel
{
    /// <summary>The gateway's share of the interchange fee, in basis points.</summary>
    public static int GatewayShareBasisPoints(int merchantCategoryCode, decimal monthlyVolume)
    {
        var baseShare = merchantCategoryCode switch
        {
            >= 5411 and <= 5499 => 11, // groceries: thin margins, high volume
            >= 5811 and <= 5814 => 17, // restaurants
            >= 7011 and <= 7012 => 23, // hotels
            _ => 19,
        };

        return monthlyVolume switch
        {
            > 5_000_000m => baseShare - 6,
            > 500_000m => baseShare - 3,
            _ => baseShare,
        };
    }
}
