// SPDX-License-Identifier: MIT
using System.Globalization;
using System.IO;
using SourceExposure.Cli.Scanning;
using Spectre.Console;

namespace SourceExposure.Cli.Reporting;

/// <summary>Plain progress lines (redirected output, CI): one line per stage, on standard error.</summary>
internal sealed class PlainProgress(TextWriter error, bool verbose) : IScanProgress
{
    public void Status(string message) => error.WriteLine(message);

    public void Warning(string message) => error.WriteLine("warning: " + message);

    public void Unit(string name, int index, int total) => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{index + 1}/{total}] Analyzing {name}"));

    public void Detail(string message)
    {
        if (verbose)
        {
            error.WriteLine(message);
        }
    }
}

/// <summary>A live Spectre.Console status line with a spinner for terminals.</summary>
internal sealed class SpectreProgress(StatusContext context, IAnsiConsole console, bool verbose) : IScanProgress
{
    public void Status(string message) => context.Status(Markup.Escape(message));

    public void Warning(string message) => console.MarkupLine("[yellow]warning:[/] " + Markup.Escape(message));

    public void Unit(string name, int index, int total)
        => context.Status(string.Create(CultureInfo.InvariantCulture, $"[bold]Analyzing[/] {Markup.Escape(name)} [grey]({index + 1}/{total})[/]"));

    public void Detail(string message)
    {
        if (verbose)
        {
            console.MarkupLine("[grey]" + Markup.Escape(message) + "[/]");
        }
    }
}
