// SPDX-License-Identifier: MIT
using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SourceExposure.Analyzers.Shared.Flow;

namespace SourceExposure.Analyzers.DataResidency.Flow;

/// <summary>
/// Values that identify this machine or its user: the MAC address, machine, host and user names, the Windows
/// identity, the installed programs (the registry Uninstall key) and the running processes.
/// </summary>
internal sealed class DeviceIdentifierSources : TaintSources
{
    public static readonly DeviceIdentifierSources Instance = new();

    public override string? ValueSource(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                switch (method.Name)
                {
                    case "GetPhysicalAddress" when IsType(method.ContainingType, "NetworkInterface", "System.Net.NetworkInformation"):
                        return "The MAC address (NetworkInterface.GetPhysicalAddress)";
                    case "GetProcesses" or "GetProcessesByName" when IsType(method.ContainingType, "Process", "System.Diagnostics"):
                        return "The list of running processes (Process." + method.Name + ")";
                    case "GetHostName" when IsType(method.ContainingType, "Dns", "System.Net"):
                        return "The machine name (Dns.GetHostName)";
                    case "OpenSubKey" when IsType(method.ContainingType, "RegistryKey", "Microsoft.Win32")
                        && invocation.Arguments.Length > 0
                        && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }
                        && key.IndexOf(@"\Uninstall", StringComparison.OrdinalIgnoreCase) >= 0:
                        return "The list of installed programs (registry Uninstall key)";
                    default:
                        return null;
                }

            case IPropertyReferenceOperation property:
                var member = property.Property;
                switch (member.Name)
                {
                    case "MachineName" or "UserName" or "UserDomainName" when IsType(member.ContainingType, "Environment", "System"):
                        return (member.Name == "MachineName" ? "The machine name" : member.Name == "UserName" ? "The user name" : "The user's domain name")
                            + " (Environment." + member.Name + ")";
                    case "Name" or "User" when IsType(member.ContainingType, "WindowsIdentity", "System.Security.Principal"):
                        return "The Windows user " + (member.Name == "Name" ? "name" : "SID") + " (WindowsIdentity." + member.Name + ")";
                    default:
                        return null;
                }

            default:
                return null;
        }
    }

    private static bool IsType(INamedTypeSymbol? type, string name, string ns)
        => type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;
}
