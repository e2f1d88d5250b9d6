// SPDX-License-Identifier: MIT
using System;
using SourceExposure.Analyzers;

namespace SourceExposure.Tests.Robustness;

/// <summary>
/// Work measured by counting, not by a clock: the positions at which the built-in patterns were tried. Exact, so a
/// test built on it does not depend on the machine's load.
/// </summary>
internal static class CountedWork
{
    /// <summary>The positions tried while <paramref name="action"/> runs.</summary>
    public static long Positions(Action action)
    {
        var counter = new WorkCounter();
        UserTextRegex.Counter = counter;
        try
        {
            action();
        }
        finally
        {
            UserTextRegex.Counter = null;
        }

        return counter.Positions;
    }

    /// <summary>Four times the input may cost at most four times the positions, plus a constant for fixed work.</summary>
    public static bool GrowsLinearly(long small, long large) => large <= (4 * small) + 256;
}
