// SPDX-License-Identifier: MIT
using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace BankGateway.Data;

/// <summary>
/// Reads customers from the bank's SQL Server database. The provider (Microsoft.Data.SqlClient in production) is
/// registered by the host with <see cref="DbProviderFactories"/>, so the sample needs no database package.
/// </summary>
public sealed class CustomerRepository
{
    public const string ProviderName = "Microsoft.Data.SqlClient";

    private readonly DbProviderFactory factory;
    private readonly string connectionString;

    public CustomerRepository(DbProviderFactory factory, string connectionString)
    {
        this.factory = factory ?? throw new ArgumentNullException(nameof(factory));
        this.connectionString = connectionString;
    }

    public static CustomerRepository FromRegisteredProvider(string connectionString)
        => new(DbProviderFactories.GetFactory(ProviderName), connectionString);

    public async Task<Customer?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, LegalName, ContactName, ContactPhone, ContactEmail, NationalIdNumber, SettlementAccount FROM dbo.Customers WHERE Id = @id";
        AddParameter(command, "@id", DbType.Int64, id);

        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<Customer>> ListBySettlementBranchAsync(string branchCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, LegalName, ContactName, ContactPhone, ContactEmail, NationalIdNumber, SettlementAccount FROM dbo.Customers WHERE SettlementAccount LIKE @branch + '%' ORDER BY LegalName";
        AddParameter(command, "@branch", DbType.String, branchCode);

        var customers = new List<Customer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            customers.Add(Read(reader));
        }

        return customers;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = factory.CreateConnection() ?? throw new InvalidOperationException(ProviderName + " did not create a connection.");
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static void AddParameter(DbCommand command, string name, DbType type, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static Customer Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6));
}
