// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SourceExposure.Tests.Verification;

/// <summary>Target frameworks whose reference assemblies tests compile against (all offline, from Basic.Reference.Assemblies).</summary>
public enum ReferenceAssemblies
{
    Net80,
    NetStandard20,
    Net472,
}

public static class TestReferences
{
    public static IEnumerable<MetadataReference> For(ReferenceAssemblies target) => target switch
    {
        ReferenceAssemblies.NetStandard20 => Basic.Reference.Assemblies.NetStandard20.References.All,
        ReferenceAssemblies.Net472 => Basic.Reference.Assemblies.Net472.References.All,
        _ => Basic.Reference.Assemblies.Net80.References.All,
    };
}
