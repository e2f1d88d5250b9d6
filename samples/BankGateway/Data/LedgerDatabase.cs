// SPDX-License-Identifier: MIT
namespace BankGateway.Data;

/// <summary>
/// Where the gateway's settlement ledger lives. The connection string was pasted in during the first deployment and
/// never moved to configuration (SE1003: the password below ships in the assembly). Every value here is fictional.
/// </summary>
public static class LedgerDatabase
{
    public static readonly string LedgerConnectionString =
        "Server=tcp:ledger-sql.jadeharbour.example,1433;Initial Catalog=Settlement;User ID=gateway_app;Password=Jh-Ledger#2019q4;Encrypt=True";
}
