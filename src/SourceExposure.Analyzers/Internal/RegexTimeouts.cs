// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers;

/// <summary>Every regular expression run on user text carries one of these timeouts, so no input can hang a build.</summary>
internal static class RegexTimeouts
{
    /// <summary>For patterns run on literals, comments and configuration values.</summary>
    public static readonly TimeSpan UserText = TimeSpan.FromMilliseconds(250);
}
