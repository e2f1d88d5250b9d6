// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Linq;
using SourceExposure.Analyzers.DataResidency.Catalog;

namespace SourceExposure.Cli.Inspection;

/// <summary>
/// Region ids in strings of a binary. The analyzers place a region string only where a provider SDK receives it,
/// because ids collide across providers (ap-southeast-1 is Singapore at AWS, Hong Kong at Huawei). IL keeps no such
/// context, so here a whole string counts only when it is a listed region id with a dash and every provider listing
/// it places it in the same jurisdiction.
/// </summary>
internal static class Regions
{
    private static readonly Lazy<Dictionary<string, (string Jurisdiction, string Description)>> Unambiguous = new(Build);

    public static bool TryPlace(string value, out string jurisdiction, out string description)
    {
        jurisdiction = description = string.Empty;
        if (value.Length < 4 || value.Length > 32 || value.IndexOf('-') < 0 || !Unambiguous.Value.TryGetValue(value, out var entry))
        {
            return false;
        }

        (jurisdiction, description) = entry;
        return true;
    }

    private static Dictionary<string, (string, string)> Build()
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var group in JurisdictionCatalog.Regions.Where(r => r.Id.Contains('-', StringComparison.Ordinal)).GroupBy(r => r.Id, StringComparer.Ordinal))
        {
            var jurisdictions = group.Select(r => r.Jurisdiction).Distinct(StringComparer.Ordinal).ToList();
            if (jurisdictions.Count == 1)
            {
                var names = string.Join(", ", group.Select(r => r.Provider.Name + " " + r.Name));
                result[group.Key] = (jurisdictions[0], names);
            }
        }

        return result;
    }
}
