var app = Marsad.Web.MarsadWebApp.Build(args);
app.Run();

/// <summary>The web host's entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
