// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Analyzers.DataResidency.Detection;

/// <summary>
/// Names and attributes that mark personal data as developers name it (phone, email, national id, passport, address,
/// birth date, location, device ids): information that usually relates to an identifiable person, which is what
/// PIPL Art. 4 and the GDPR protect (docs/regimes.md). A name is a heuristic, not a legal classification.
/// </summary>
internal static class PersonalDataNames
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "phone", "telephone", "mobile", "cellphone", "msisdn", "email", "passport", "address", "birthday", "birthdate",
        "dob", "ssn", "imei", "imsi", "meid", "iccid", "idfa", "latitude", "longitude", "geolocation", "gps", "idcard",
        "nationalid", "deviceid", "phonenumber", "geo",
    };

    // Two or three words that together name personal data, joined without separators.
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "nationalid", "idcard", "idnumber", "identitycard", "identitynumber", "birthdate", "dateofbirth", "deviceid",
        "macaddress", "geolocation", "socialsecurity", "taxid", "homeaddress", "phonenumber", "androidid", "advertisingid",
    };

    // "Address" of a machine or service is not a person's address.
    private static readonly HashSet<string> NotPersonalBeforeAddress = new(StringComparer.Ordinal)
    {
        "base", "endpoint", "service", "server", "host", "remote", "local", "url", "web", "proxy", "listen", "bind", "ip",
        "network", "physical", "gateway", "broadcast", "multicast", "memory", "start", "end", "return", "load",
    };

    private static readonly string[] Chinese = ["身份证", "手机", "电话", "邮箱", "住址", "地址", "护照", "生日", "出生"];

    private static readonly HashSet<string> Attributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "PersonalData", "ProtectedPersonalData", "Sensitive", "SensitiveData", "Pii", "PersonallyIdentifiableInformation",
    };

    /// <summary>True for an attribute class name (with or without the Attribute suffix) that marks personal data.</summary>
    public static bool IsPersonalDataAttribute(string name)
    {
        if (name.EndsWith("Attribute", StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - "Attribute".Length);
        }

        return Attributes.Contains(name);
    }

    /// <summary>True when <paramref name="identifier"/> names personal data (<c>Phone</c>, <c>national_id</c>, <c>DateOfBirth</c>, <c>身份证号</c>).</summary>
    public static bool IsPersonalDataName(string identifier)
    {
        if (identifier.Length < 3 || identifier.Length > 64)
        {
            return false;
        }

        foreach (var word in Chinese)
        {
            if (identifier.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        var words = Split(identifier);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (Words.Contains(word) && !(word == "address" && i > 0 && NotPersonalBeforeAddress.Contains(words[i - 1])))
            {
                return true;
            }

            if (i + 1 < words.Count && Phrases.Contains(word + words[i + 1]))
            {
                return true;
            }

            if (i + 2 < words.Count && Phrases.Contains(word + words[i + 1] + words[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case words of a camel, Pascal or snake case identifier: <c>IMEINumber</c> → imei, number (digits separate words).</summary>
    internal static List<string> Split(string identifier) => IdentifierWords.SplitLower(identifier, keepDigits: false);
}
