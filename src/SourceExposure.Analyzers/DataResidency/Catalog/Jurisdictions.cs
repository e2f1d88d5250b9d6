// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace SourceExposure.Analyzers.DataResidency.Catalog;

/// <summary>
/// Jurisdiction codes: ISO 3166-1 alpha-2 in lower case. Mainland China is <c>cn</c>; Hong Kong (<c>hk</c>), Macao
/// (<c>mo</c>) and Taiwan (<c>tw</c>) are separate jurisdictions with their own data laws. <c>eu</c> is accepted in
/// policies as the 27 member states of the European Union.
/// </summary>
internal static class Jurisdictions
{
    public const string MainlandChina = "cn";
    public const string HongKong = "hk";
    public const string Macao = "mo";
    public const string Taiwan = "tw";
    public const string EuropeanUnion = "eu";

    // ISO 3166-1 alpha-2 (officially assigned codes).
    private const string IsoCodes =
        "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz " +
        "ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr " +
        "ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp " +
        "ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt " +
        "mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw " +
        "sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug " +
        "um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";

    private static readonly HashSet<string> Iso = new(IsoCodes.Split(' '), StringComparer.OrdinalIgnoreCase);

    /// <summary>The member states of the European Union, for the <c>eu</c> group.</summary>
    public static readonly ImmutableArray<string> EuMembers = ImmutableArray.Create(
        "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv", "lt", "lu", "mt",
        "nl", "pl", "pt", "ro", "sk", "si", "es", "se");

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cn"] = "mainland China",
        ["hk"] = "Hong Kong SAR",
        ["mo"] = "Macao SAR",
        ["tw"] = "Taiwan",
        ["us"] = "the United States",
        ["gb"] = "the United Kingdom",
        ["de"] = "Germany",
        ["fr"] = "France",
        ["nl"] = "the Netherlands",
        ["ie"] = "Ireland",
        ["it"] = "Italy",
        ["es"] = "Spain",
        ["se"] = "Sweden",
        ["fi"] = "Finland",
        ["be"] = "Belgium",
        ["pl"] = "Poland",
        ["at"] = "Austria",
        ["ch"] = "Switzerland",
        ["no"] = "Norway",
        ["dk"] = "Denmark",
        ["pt"] = "Portugal",
        ["ru"] = "Russia",
        ["tr"] = "Türkiye",
        ["il"] = "Israel",
        ["ae"] = "the United Arab Emirates",
        ["sa"] = "Saudi Arabia",
        ["qa"] = "Qatar",
        ["bh"] = "Bahrain",
        ["za"] = "South Africa",
        ["jp"] = "Japan",
        ["kr"] = "South Korea",
        ["sg"] = "Singapore",
        ["my"] = "Malaysia",
        ["id"] = "Indonesia",
        ["th"] = "Thailand",
        ["ph"] = "the Philippines",
        ["vn"] = "Vietnam",
        ["in"] = "India",
        ["au"] = "Australia",
        ["nz"] = "New Zealand",
        ["ca"] = "Canada",
        ["mx"] = "Mexico",
        ["br"] = "Brazil",
        ["cl"] = "Chile",
    };

    /// <summary>True for an ISO 3166-1 alpha-2 code (any case).</summary>
    public static bool IsKnown(string code) => Iso.Contains(code);

    /// <summary>True for a code a policy may list: a country or the <c>eu</c> group.</summary>
    public static bool IsKnownOrGroup(string code)
        => IsKnown(code) || string.Equals(code, EuropeanUnion, StringComparison.OrdinalIgnoreCase);

    /// <summary>A readable name for messages: "mainland China", "Singapore"; the upper-case code otherwise.</summary>
    public static string Name(string code) => Names.TryGetValue(code, out var name) ? name : code.ToUpperInvariant();
}
