using Npgsql;

namespace Marsad.Shared.Tests.Infrastructure;

/// <summary>Direct SQL against a test database, to check what the processes under test left there.</summary>
internal static class Db
{
    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>Like <see cref="CountAsync"/>, but -1 when the server is down (tests that restart it poll through the outage).</summary>
    public static async Task<long> TryCountAsync(string connectionString, string sql)
    {
        try
        {
            return await CountAsync(connectionString, sql);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            return -1;
        }
    }

    public static async Task<List<string>> StringsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync())
            list.Add(reader.GetString(0));
        return list;
    }
}
