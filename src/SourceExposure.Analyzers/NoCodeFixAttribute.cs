// SPDX-License-Identifier: MIT
using System;

namespace SourceExposure.Analyzers;

/// <summary>Marks an analyzer whose findings have no safe automatic fix, and says why (checked by the convention tests).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NoCodeFixAttribute : Attribute
{
    public NoCodeFixAttribute(string reason) => Reason = reason;

    public string Reason { get; }
}
