// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

// Options of SE1003–SE1006 (kept apart from RuleOptions.Secrets.cs, which the provider-format rules own).
internal static partial class RuleOptions
{
    /// <summary>Entropy floor for machine-generated secrets (tokens, API keys, client secrets).</summary>
    public static readonly RuleOption<double> SE1004MinEntropy = RuleOption.Number(
        OptionScope.Rule, RuleIds.SE1004, "min_entropy", defaultValue: 3.0, min: 0, max: 8,
        "Bits per character below which a literal assigned to a token, key or secret is not reported.");

    /// <summary>Entropy floor for human-chosen passwords, which are secrets even when weak ("Winter2024!").</summary>
    public static readonly RuleOption<double> SE1004MinPasswordEntropy = RuleOption.Number(
        OptionScope.Rule, RuleIds.SE1004, "min_password_entropy", defaultValue: 2.3, min: 0, max: 8,
        "Bits per character below which a literal assigned to a password is not reported.");


    /// <summary>Shortest byte array SE1006 treats as key material.</summary>
    public static readonly RuleOption<int> SE1006MinBytes = RuleOption.Integer(
        OptionScope.Rule, RuleIds.SE1006, "min_bytes", defaultValue: 8, min: 1, max: 1024,
        "Fewest bytes a hard-coded array or decoded literal must hold to be reported as a key or IV (8 covers DES and 3DES IVs).");

}
