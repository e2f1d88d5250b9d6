// SPDX-License-Identifier: MIT
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SourceExposure.Analyzers.ProprietaryCode.Detection;

/// <summary>
/// Before binding anything: code can only name System.Security.Cryptography if the word Cryptography is written in
/// its file (a using, an alias or a qualified name) or in a global using of the compilation. One per compilation; the
/// global usings are read on the first question, so a compilation in which no method looks like a cipher never reads them.
/// </summary>
internal sealed class CryptographyMentions
{
    private const string Word = "Cryptography";

    private readonly Compilation compilation;

    // 0 until known, then 1 (no global using names it) or 2. Threads that ask at once may each compute it: same answer.
    private volatile int inGlobalUsing;

    public CryptographyMentions(Compilation compilation) => this.compilation = compilation;

    public bool MayBeNamedIn(SyntaxTree tree, CancellationToken cancellationToken)
        => tree.GetText(cancellationToken).Contains(Word) || InGlobalUsing(cancellationToken);

    private bool InGlobalUsing(CancellationToken cancellationToken)
    {
        if (inGlobalUsing == 0)
        {
            inGlobalUsing = AnyGlobalUsingNamesIt(cancellationToken) ? 2 : 1;
        }

        return inGlobalUsing == 2;
    }

    private bool AnyGlobalUsingNamesIt(CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.Name?.ToString().IndexOf(Word, System.StringComparison.Ordinal) >= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
