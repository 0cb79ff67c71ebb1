using Npgsql;

namespace Marsad.Storage;

/// <summary>
/// Which store a <c>--db</c> value names: a file path (the embedded SQLite store), a <c>postgres://user:pass@host:port/db</c>
/// URI or an Npgsql connection string (<c>Host=…;Database=…</c>).
/// </summary>
public sealed record StoreLocation
{
    /// <summary>The embedded store used when no <c>--db</c> is given.</summary>
    public const string DefaultPath = "marsad-data/marsad.db";

    private StoreLocation(StoreKind kind, string value, string display)
    {
        Kind = kind;
        Value = value;
        Display = display;
    }

    public StoreKind Kind { get; }

    /// <summary>The full file path (SQLite) or the Npgsql connection string (PostgreSQL).</summary>
    public string Value { get; }

    /// <summary>How messages name the store: the path, or the server and database without the password.</summary>
    public string Display { get; }

    /// <summary>Reads a <c>--db</c> value; null or empty means <see cref="DefaultPath"/> under the current folder.</summary>
    /// <exception cref="StoreException">The value is a malformed PostgreSQL URI or connection string.</exception>
    public static StoreLocation Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            value = Path.Combine(".", DefaultPath);
        value = value.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return FromUri(value);
        if (value.Contains('=', StringComparison.Ordinal) && value.Contains("host", StringComparison.OrdinalIgnoreCase))
            return FromConnectionString(value, value);
        var path = value.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? value[5..] : value;
        var full = Path.GetFullPath(path);
        return new StoreLocation(StoreKind.Sqlite, full, path);
    }

    private static StoreLocation FromUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new StoreException(Redact(value), "not a PostgreSQL URI (expected postgres://user:pass@host:port/database)");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
                builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var val = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
            try
            {
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = val;
            }
            catch (ArgumentException e)
            {
                throw new StoreException(Redact(value), $"unknown connection option '{key}' ({e.Message})");
            }
        }
        return FromConnectionString(builder.ConnectionString, value);
    }

    private static StoreLocation FromConnectionString(string connectionString, string original)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException(Redact(original), "not a valid PostgreSQL connection string: " + e.Message);
        }
        var display = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        return new StoreLocation(StoreKind.Postgres, builder.ConnectionString, display);
    }

    private static string Redact(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme > 0 ? value[..(scheme + 3)] + "…" + value[at..] : "the --db value";
    }
}

/// <summary>The backend a <see cref="StoreLocation"/> names.</summary>
public enum StoreKind
{
    /// <summary>An embedded single-file store.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by many processes.</summary>
    Postgres,
}
