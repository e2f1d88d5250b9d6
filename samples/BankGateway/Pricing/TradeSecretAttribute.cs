// SPDX-License-Identifier: MIT
using System;

namespace BankGateway.Pricing;

/// <summary>
/// Marks code the vendor treats as a trade secret. SourceExposure recognises any attribute with this name, in any
/// namespace, on an assembly, type or member.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, Inherited = false)]
internal sealed class TradeSecretAttribute : Attribute
{
}
