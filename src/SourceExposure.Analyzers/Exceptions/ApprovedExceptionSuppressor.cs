// SPDX-License-Identifier: MIT
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceExposure.Analyzers.Exceptions;

/// <summary>
/// Suppresses each SourceExposure finding (SE1xxx–SE5xxx) that a live entry of SourceExposure.exceptions.json accepts,
/// in the IDE, in <c>dotnet build</c> and in the compiler's SARIF log. An expired entry suppresses nothing (SE0002
/// reports it at the finding); an invalid entry suppresses nothing (SE0004).
/// </summary>
/// <remarks>
/// Roslyn takes a suppression's justification from its <see cref="SuppressionDescriptor"/>, which must be declared
/// before any file is read; the compiler therefore shows one justification per rule that points to the file, and the
/// CLI's SARIF and HTML report carry each entry's own "approved exception: reason (approver, until date)".
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApprovedExceptionSuppressor : DiagnosticSuppressor
{
    /// <summary>"SEX1002" suppresses SE1002.</summary>
    public const string SuppressionIdPrefix = "SEX";

    private static readonly ImmutableDictionary<string, SuppressionDescriptor> DescriptorsByRule = ApprovedExceptions.SuppressibleIds
        .OrderBy(id => id, System.StringComparer.Ordinal)
        .ToImmutableDictionary(
            id => id,
            id => new SuppressionDescriptor(
                SuppressionIdPrefix + id.Substring(2),
                id,
                "approved exception: accepted by a live entry of SourceExposure.exceptions.json (reason, approver and expiry are in the file; see docs/governance.md)"));

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = DescriptorsByRule.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var exceptions = ApprovedExceptions.Load(context.Options, context.CancellationToken);
        if (exceptions is null || exceptions.Content.Entries.IsEmpty)
        {
            return;
        }

        var today = System.DateTime.UtcNow.Date;
        var byFingerprint = new Dictionary<string, ExceptionEntry>(System.StringComparer.Ordinal);
        foreach (var entry in exceptions.Content.Entries)
        {
            if (entry.StatusOn(today, dueDays: 0) != ExceptionStatus.Expired)
            {
                byFingerprint[entry.Fingerprint] = entry;
            }
        }

        if (byFingerprint.Count == 0)
        {
            return;
        }

        var fingerprints = exceptions.Fingerprints(context.ReportedDiagnostics, context.Options.AdditionalFiles, context.CancellationToken);
        foreach (var pair in fingerprints)
        {
            if (byFingerprint.TryGetValue(pair.Value, out var entry)
                && entry.RuleId == pair.Key.Id
                && DescriptorsByRule.TryGetValue(pair.Key.Id, out var descriptor))
            {
                context.ReportSuppression(Suppression.Create(descriptor, pair.Key));
            }
        }
    }
}
