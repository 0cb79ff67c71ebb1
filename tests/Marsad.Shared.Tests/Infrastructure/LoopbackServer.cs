using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Shared.Tests.Infrastructure;

/// <summary>
/// A Kestrel server on loopback addresses only (127.0.0.1, and 127.0.0.2 … to play other hosts), each on a free port,
/// recording every request it answers. Tests map the endpoints they need.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, IReadOnlyList<Uri> addresses)
    {
        _app = app;
        Addresses = addresses;
    }

    /// <summary>One base address per loopback IP asked for, in order ("http://127.0.0.1:PORT/").</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    public Uri BaseAddress => Addresses[0];

    /// <summary>Every request answered, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> map, params string[] ips)
    {
        if (ips.Length == 0)
            ips = ["127.0.0.1"];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var ip in ips)
            {
                var address = IPAddress.Parse(ip);
                if (!IPAddress.IsLoopback(address))
                    throw new ArgumentException("test servers listen on loopback only: " + ip);
                kestrel.Listen(address, 0);
            }
        });
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            context.Request.Body.Position = 0;
            server!.Requests.Enqueue(new RecordedRequest(DateTime.UtcNow, context.Request.Host.Value ?? "", context.Request.Method,
                context.Request.Path + context.Request.QueryString, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body.ToArray()));
            await next(context);
        });
        map(app);
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.EndsWith('/') ? a : a + "/")).ToList();
        // Kestrel lists addresses in the order they were configured
        server = new LoopbackServer(app, ips.Select(ip => bound.First(b => b.Host == ip)).ToList());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A request a <see cref="LoopbackServer"/> received.</summary>
internal sealed record RecordedRequest(DateTime At, string Host, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
