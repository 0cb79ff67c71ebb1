using System.Data.Common;
using System.Globalization;
using Marsad.Storage.Internal;

namespace Marsad.Storage.Queries.Internal;

/// <summary>Builds and reads backend-neutral commands (named <c>@parameters</c> work with both SQLite and Npgsql).</summary>
internal static class QueryCommand
{
    public static DbCommand Create(DbConnection connection, string sql, FilterSql? filter, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (filter is not null)
        {
            foreach (var (name, value) in filter.Parameters)
                Add(command, name, value);
        }
        foreach (var (name, value) in parameters)
            Add(command, name, value);
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }

    public static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, FilterSql? filter, Func<DbDataReader, T> read,
        CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, filter, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            list.Add(read(reader));
        return list;
    }

    public static async Task<long> CountAsync(DbConnection connection, string sql, FilterSql? filter, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, filter, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public static string? Str(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public static long Long(DbDataReader reader, int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);

    public static int Int(DbDataReader reader, int i) => Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);

    public static bool Bool(DbDataReader reader, int i) => Convert.ToBoolean(reader.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>A JSON array parameter of keys, expanded in SQL with <see cref="IQueryDialect.InJsonArray"/>.</summary>
    public static string JsonArray(IEnumerable<string> values) => System.Text.Json.JsonSerializer.Serialize(values.ToArray());
}
