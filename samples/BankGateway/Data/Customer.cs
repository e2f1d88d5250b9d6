// SPDX-License-Identifier: MIT
namespace BankGateway.Data;

/// <summary>A corporate customer of the bank, as the gateway stores it.</summary>
public sealed record Customer(
    long Id,
    string LegalName,
    string ContactName,
    string ContactPhone,
    string ContactEmail,
    string NationalIdNumber,
    string SettlementAccount);
