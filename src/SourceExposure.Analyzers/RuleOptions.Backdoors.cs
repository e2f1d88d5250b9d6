// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Configuration;

namespace SourceExposure.Analyzers;

/// <summary>Options of the SE4xxx rules.</summary>
internal static partial class RuleOptions
{

}
