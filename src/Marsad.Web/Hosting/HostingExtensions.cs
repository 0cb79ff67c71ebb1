using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Marsad.Storage;
using Marsad.Storage.Queries;
using Marsad.Web.Api;
using Marsad.Web.Rendering;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

namespace Marsad.Web.Hosting;

/// <summary>The composition root: services and the request pipeline.</summary>
internal static class HostingExtensions
{
    public static void AddMarsad(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // one line per request is noise in a terminal and slows a busy server; warnings and errors still show
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        services.Configure<MarsadOptions>(builder.Configuration.GetSection("Marsad"));
        services.AddSingleton(sp => OpenStore(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MarsadOptions>>().Value.Db));
        services.AddSingleton(sp => NewsQueries.Of(sp.GetRequiredService<IArticleStore>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OverviewSource>();
        services.AddSingleton(new StoreLoading()); // idle unless the host registers its own (marsad serve --sample)
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        // Arabic text goes out as text, not as numeric character references; < > & " ' are always encoded
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(PageText.Ranges));
        services.AddProblemDetails();
        // a malformed value (from=yesterday) is the caller's 400 in every environment, never an exception page
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddMarsadRateLimiting();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Marsad API";
            document.Info.Description = "Search Arabic news; entities with their spellings, quotes with speakers, events. Read-only; lists are paged with limit and offset.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.AddRazorPages();
        services.AddOutputCache(o => o.AddPolicy("overview", p => p.Expire(TimeSpan.FromSeconds(30))));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 64 * 1024; // the API reads no bodies
            k.Limits.MaxRequestLineSize = 16 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
    }

    private static IArticleStore OpenStore(string? location) =>
        // once, at start-up (UseMarsad asks for it), so a bad --db fails before the server listens
        ArticleStore.OpenAsync(location, create: false).GetAwaiter().GetResult();

    public static void UseMarsad(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<IArticleStore>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler("/error");
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), ui => ui.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(MarsadWebApp).Assembly, "wwwroot"),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseOutputCache();
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimiting.ApiPolicy).AddEndpointFilter<ApiErrors>();
        api.MapSearchApi();
        api.MapArticlesApi();
        api.MapEntitiesApi();
        api.MapQuotesApi();
        api.MapEventsApi();
        api.MapStoriesApi();
        api.MapStatsApi();
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Marsad API").DisableDefaultFonts());
        app.MapHealthChecks("/health");
        app.MapRazorPages();
    }
}
