using Marsad.Web.Hosting;

namespace Marsad.Web;

/// <summary>
/// Builds Marsad's web application: the HTTP API under <c>/api</c>, the Arabic web UI, the OpenAPI document
/// (<c>/openapi/v1.json</c>) and its reference page (<c>/scalar</c>), and <c>/health</c>. The store comes from configuration:
/// <c>Marsad:Db</c> (or <c>--db</c>) is a store location as <c>marsad ingest</c> takes it — a SQLite file path or a PostgreSQL URI.
/// </summary>
public static class MarsadWebApp
{
    /// <summary>Creates the application from command-line arguments (<c>--db URI</c>, <c>--urls …</c>, any configuration key).</summary>
    /// <param name="args">Arguments; <c>--db</c> is short for <c>--Marsad:Db</c>.</param>
    /// <param name="configure">Last changes to the builder before it is built (tests, <c>marsad serve</c>).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(MarsadWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--db"] = "Marsad:Db" });
        builder.AddMarsad();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseMarsad();
        return app;
    }
}
