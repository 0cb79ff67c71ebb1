var app = Marsad.Web.MarsadWebApp.Build(args);
app.Run();
