using System.Data.Common;
using System.Globalization;

namespace Marsad.Storage.Internal;

/// <summary>
/// Small helpers for SQL that runs on both backends: named parameters (@name works in SQLite and Npgsql) and times,
/// which PostgreSQL keeps as timestamptz and SQLite as sortable UTC text (the format the article store uses).
/// </summary>
internal static class SharedSql
{
    private const string SqliteTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            Add(command, name, value);
        return command;
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A time as the backend stores it.</summary>
    public static object Time(StoreKind kind, DateTimeOffset time) =>
        kind == StoreKind.Postgres ? time.ToUniversalTime() : time.UtcDateTime.ToString(SqliteTimeFormat, CultureInfo.InvariantCulture);

    /// <summary>A time column as the backend returns it, or null.</summary>
    public static DateTimeOffset? ReadTime(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
            return null;
        return reader.GetValue(ordinal) switch
        {
            DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
            DateTimeOffset o => o,
            string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            var other => throw new InvalidCastException($"not a time: {other.GetType().Name}"),
        };
    }

    public static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
