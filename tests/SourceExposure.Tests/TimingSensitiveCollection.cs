// SPDX-License-Identifier: MIT
namespace SourceExposure.Tests;

/// <summary>
/// Tests that compare running times (n against 4n) run alone, not beside the rest of the suite: on a 2-core machine
/// the parallel suite's load otherwise decides the measured ratio, not the code.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "Timing-sensitive tests";
}
