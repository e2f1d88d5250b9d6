// SPDX-License-Identifier: MIT
using System;

namespace BankGateway.Clients;

/// <summary>A cross-border payment the gateway submits for a customer.</summary>
public sealed record PaymentInstruction(
    string InstructionId,
    string DebtorAccount,
    string CreditorAccount,
    string CreditorName,
    decimal Amount,
    string Currency,
    DateOnly ValueDate);

/// <summary>The bank's answer to a submitted instruction.</summary>
public sealed record PaymentReceipt(string InstructionId, string Status, string? BankReference);
