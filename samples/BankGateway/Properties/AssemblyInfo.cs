// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;

// The test project reaches the pricing internals directly; in an assembly that holds trade secrets this opens them
// to every copy of the test assembly as well (SE2003).
[assembly: InternalsVisibleTo("BankGateway.Tests")]
