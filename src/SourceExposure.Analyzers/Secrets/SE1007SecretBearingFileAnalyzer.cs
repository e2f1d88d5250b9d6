// SPDX-License-Identifier: MIT
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SourceExposure.Analyzers.Configuration;
using SourceExposure.Analyzers.Secrets.Detection;

namespace SourceExposure.Analyzers.Secrets;

/// <summary>SE1007: Secret-bearing file compiled into the assembly.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[NoCodeFix("The fix is in the project file and the secret store (exclude the item, rotate the secret), not in a document a code fix can edit.")]
public sealed class SE1007SecretBearingFileAnalyzer : SourceExposureAnalyzer
{
    /// <summary>Metadata the package's build targets put on the items they pass as AdditionalFiles.</summary>
    public const string ItemTypeKey = "build_metadata.AdditionalFiles.SourceExposureItemType";

    // Containers whose only purpose is to hold keys: reported by type, without reading (they are usually binary).
    private static readonly (string Extension, string Kind)[] Containers =
    [
        (".pfx", "PKCS#12 key container"), (".p12", "PKCS#12 key container"), (".jks", "Java keystore"),
        (".keystore", "Java keystore"), (".ppk", "PuTTY private key file"), (".key", "Private key file"),
    ];

    // Formats with no secret of their own (certificates, public keys) or that cannot be read as text.
    private static readonly string[] Unreadable = [".der", ".pfx", ".p12", ".jks", ".keystore"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.SE1007);

    protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(static start =>
    {
        var reader = new OptionReader(start.Options);
        var allowlist = SecretAllowlist.Create(start.Compilation, start.Options, reader, start.CancellationToken);
        var scope = CodeScope.For(start.Compilation, reader);
        start.RegisterAdditionalFileAction(c => Analyze(c, reader, allowlist, scope));
    });

    private static void Analyze(AdditionalFileAnalysisContext context, OptionReader reader, SecretAllowlist allowlist, CodeScope scope)
    {
        var file = context.AdditionalFile;
        var path = file.Path ?? string.Empty;
        if (SecretAllowlist.IsAllowlistFile(path) || !scope.Reports(RuleOptions.SE1007CodeKinds, file))
        {
            return;
        }

        string how;
        if (reader.Raw(file).TryGetValue(ItemTypeKey, out var itemType) && string.Equals(itemType.Trim(), "Exceptions", StringComparison.OrdinalIgnoreCase))
        {
            // The approved-exceptions file is governance data the package passes along; it is neither compiled in nor shipped.
            return;
        }

        if (itemType is not null && !string.IsNullOrWhiteSpace(itemType))
        {
            how = Describe(itemType.Trim());
        }
        else if (reader.Get(RuleOptions.SE1007ScanAllAdditionalFiles, file))
        {
            how = "an additional file";
        }
        else
        {
            return;
        }

        var name = FileName(path);
        var extension = Extension(name);
        SourceText? text = null;
        if (Array.IndexOf(Unreadable, extension) < 0)
        {
            text = ReadText(file, context);
        }

        var reported = ReportText(context, file, text, name, how, allowlist);

        // A container is reported by type unless its text already showed the key inside.
        if (!reported)
        {
            foreach (var (ext, kind) in Containers)
            {
                if (string.Equals(ext, extension, StringComparison.Ordinal))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rules.SE1007, Location.Create(path, default, default), kind, name, how));
                    return;
                }
            }
        }
    }

    private static bool ReportText(AdditionalFileAnalysisContext context, AdditionalText file, SourceText? text, string name, string how, SecretAllowlist allowlist)
    {
        if (text is null)
        {
            return false;
        }

        // The detection is shared with `source-exposure inspect`, which reads the same files from build output.
        var secrets = TextSecrets.InFile(text.FullText(), value => allowlist.IsAllowed(value, file));
        foreach (var secret in secrets)
        {
            var span = new TextSpan(secret.Start, secret.Length);
            var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Diagnostic.Create(Rules.SE1007, location, secret.What, name, how));
        }

        return secrets.Count > 0;
    }

    private static SourceText? ReadText(AdditionalText file, AdditionalFileAnalysisContext context)
    {
        SourceText? text;
        try
        {
            text = file.GetText(context.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A binary file the host could not decode: nothing to read.
            return null;
        }

        if (text is null || text.Length == 0)
        {
            return null;
        }

        // Binary content decoded as text: NULs or replacement characters early on.
        var probe = Math.Min(text.Length, 1024);
        for (var i = 0; i < probe; i++)
        {
            if (text[i] == '\0' || text[i] == '\uFFFD')
            {
                return null;
            }
        }

        return text;
    }

    private static string Describe(string itemType) => itemType switch
    {
        "EmbeddedResource" => "an embedded resource",
        "Content" => "content",
        "None" => "a None item",
        _ => "a " + itemType + " item",
    };

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static string Extension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot < 0 ? string.Empty : name.Substring(dot).ToLowerInvariant();
    }
}
