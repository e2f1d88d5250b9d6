// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SourceExposure.Tests.Verification;

/// <summary>Where an expected diagnostic is: a markup index (<c>{|#n:…|}</c>), an explicit span, or nowhere.</summary>
public readonly record struct ExpectedLocation(int? MarkupIndex, string? Path, LinePositionSpan? Span)
{
    public override string ToString() => MarkupIndex is { } index
        ? "{|#" + index.ToString(CultureInfo.InvariantCulture) + "|}"
        : $"{Path}({Span!.Value.Start.Line + 1},{Span.Value.Start.Character + 1},{Span.Value.End.Line + 1},{Span.Value.End.Character + 1})";
}

/// <summary>An expected diagnostic, built fluently as in Microsoft.CodeAnalysis.Testing.</summary>
public sealed record DiagnosticResult
{
    public DiagnosticResult(string id, DiagnosticSeverity severity, string? messageFormat)
    {
        Id = id;
        Severity = severity;
        MessageFormat = messageFormat;
    }

    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this(descriptor.Id, descriptor.DefaultSeverity, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture))
    {
    }

    public string Id { get; }

    public DiagnosticSeverity Severity { get; init; }

    public string? MessageFormat { get; init; }

    public ImmutableArray<ExpectedLocation> Locations { get; init; } = ImmutableArray<ExpectedLocation>.Empty;

    public bool HasNoLocation { get; init; }

    public ImmutableArray<object?>? Arguments { get; init; }

    /// <summary>An exact message; wins over <see cref="Arguments"/>.</summary>
    public string? Message { get; init; }

    public static DiagnosticResult CompilerError(string id) => new(id, DiagnosticSeverity.Error, null);

    public static DiagnosticResult CompilerWarning(string id) => new(id, DiagnosticSeverity.Warning, null);

    public DiagnosticResult WithLocation(int markupIndex) => this with { Locations = Locations.Add(new ExpectedLocation(markupIndex, null, null)) };

    public DiagnosticResult WithLocation(int line, int column) => WithSpan(line, column, line, column);

    /// <summary>One-based line and column, as an editor shows them; the first source file unless a path is given.</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn)
        => WithSpan(null, startLine, startColumn, endLine, endColumn);

    public DiagnosticResult WithSpan(string? path, int startLine, int startColumn, int endLine, int endColumn)
        => this with
        {
            Locations = Locations.Add(new ExpectedLocation(null, path, new LinePositionSpan(
                new LinePosition(startLine - 1, startColumn - 1), new LinePosition(endLine - 1, endColumn - 1)))),
        };

    public DiagnosticResult WithNoLocation() => this with { HasNoLocation = true };

    public DiagnosticResult WithArguments(params object?[] arguments) => this with { Arguments = arguments.ToImmutableArray() };

    public DiagnosticResult WithMessage(string message) => this with { Message = message };

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>The message this result expects, or null when it does not constrain the message.</summary>
    public string? ExpectedMessage => Message ?? (Arguments is { } args && MessageFormat is not null
        ? string.Format(CultureInfo.CurrentCulture, MessageFormat, args.ToArray())
        : null);

    public override string ToString()
    {
        var where = HasNoLocation ? "no location" : Locations.IsEmpty ? "any location" : string.Join(", ", Locations);
        var message = ExpectedMessage is { } m ? $": {m}" : string.Empty;
        return $"{Id} {Severity} at {where}{message}";
    }
}
