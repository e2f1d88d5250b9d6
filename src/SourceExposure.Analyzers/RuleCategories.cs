// SPDX-License-Identifier: MIT
namespace SourceExposure.Analyzers;

/// <summary>One category per rule family; the first digit of an id names its family.</summary>
internal static class RuleCategories
{
    public const string Configuration = "SourceExposure.Configuration";
    public const string Secrets = "SourceExposure.Secrets";
    public const string ProprietaryCode = "SourceExposure.ProprietaryCode";
    public const string DataResidency = "SourceExposure.DataResidency";
    public const string Backdoors = "SourceExposure.Backdoors";
    public const string Disclosure = "SourceExposure.Disclosure";

    /// <summary>The option-key segment of each family: <c>source_exposure.&lt;family&gt;.&lt;name&gt;</c>.</summary>
    public static string? FamilyKey(string ruleId) => ruleId.Length < 3 ? null : ruleId[2] switch
    {
        '1' => "secrets",
        '2' => "proprietary_code",
        '3' => "residency",
        '4' => "backdoors",
        '5' => "disclosure",
        _ => null,
    };
}
