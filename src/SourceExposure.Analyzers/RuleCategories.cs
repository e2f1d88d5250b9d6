// SPDX-License-Identifier: MIT
using System.Collections.Immutable;

namespace SourceExposure.Analyzers;

/// <summary>A rule family: the digit after "SE" in its ids, its diagnostic category, option key and display name.</summary>
internal sealed class RuleFamily
{
    public RuleFamily(char digit, string category, string? optionKey, string name)
    {
        Digit = digit;
        Category = category;
        OptionKey = optionKey;
        Name = name;
    }

    public char Digit { get; }

    /// <summary>The diagnostic category of its descriptors: <c>SourceExposure.Secrets</c>.</summary>
    public string Category { get; }

    /// <summary>The option-key segment: <c>source_exposure.&lt;key&gt;.&lt;name&gt;</c>; null for configuration.</summary>
    public string? OptionKey { get; }

    /// <summary>For people: reports, summaries.</summary>
    public string Name { get; }
}

/// <summary>One category per rule family; the first digit of an id names its family (<see cref="Families"/>).</summary>
internal static class RuleCategories
{
    public const string Configuration = "SourceExposure.Configuration";
    public const string Secrets = "SourceExposure.Secrets";
    public const string ProprietaryCode = "SourceExposure.ProprietaryCode";
    public const string DataResidency = "SourceExposure.DataResidency";
    public const string Backdoors = "SourceExposure.Backdoors";
    public const string Disclosure = "SourceExposure.Disclosure";

    /// <summary>Every family, by the digit of its ids: the one table of them.</summary>
    public static readonly ImmutableArray<RuleFamily> Families = ImmutableArray.Create(
        new RuleFamily('0', Configuration, null, "Configuration"),
        new RuleFamily('1', Secrets, "secrets", "Secrets"),
        new RuleFamily('2', ProprietaryCode, "proprietary_code", "Proprietary code"),
        new RuleFamily('3', DataResidency, "residency", "Data residency"),
        new RuleFamily('4', Backdoors, "backdoors", "Back doors"),
        new RuleFamily('5', Disclosure, "disclosure", "Disclosure hygiene"));

    /// <summary>The family of an id (<c>SE1004</c> → secrets), or null for an id outside the catalog's scheme.</summary>
    public static RuleFamily? FamilyOf(string ruleId)
    {
        if (ruleId.Length < 3)
        {
            return null;
        }

        foreach (var family in Families)
        {
            if (family.Digit == ruleId[2])
            {
                return family;
            }
        }

        return null;
    }

    /// <summary>The option-key segment of each family: <c>source_exposure.&lt;family&gt;.&lt;name&gt;</c>.</summary>
    public static string? FamilyKey(string ruleId) => FamilyOf(ruleId)?.OptionKey;
}
