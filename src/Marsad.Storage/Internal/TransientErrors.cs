using Npgsql;

namespace Marsad.Storage.Internal;

/// <summary>
/// Tells a database outage (server restarting, network gone, too many connections, a deadlock victim) — worth waiting
/// out and retrying — from an error that will happen again (bad data, a schema problem).
/// </summary>
internal static class TransientErrors
{
    public static bool IsTransient(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // 08 connection exception, 53 insufficient resources, 57 operator intervention (shutdown, cannot connect now),
                    // 58 system error; 40001 serialization failure, 40P01 deadlock, 55P03 lock not available
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || pg.SqlState.StartsWith("57", StringComparison.Ordinal) || pg.SqlState.StartsWith("58", StringComparison.Ordinal)
                        || pg.SqlState is "40001" or "40P01" or "55P03";
                case NpgsqlException:
                    // not a server error: the connection broke, timed out or could not be opened
                    return true;
                case System.Net.Sockets.SocketException or TimeoutException:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
