using Marsad.Training;

// Each trainer rebuilds one shipped file. Usage (from the repository root):
//   dotnet run -c Release --project src/Marsad.Training -- <trainer> [options]
// The exact command for each shipped file is in docs/models.md.
var trainers = TrainerRegistry.All();
if (args.Length == 0 || !trainers.TryGetValue(args[0], out var trainer))
{
    Console.Error.WriteLine("usage: marsad-train <" + string.Join('|', trainers.Keys.Order(StringComparer.Ordinal)) + "> [options]");
    foreach (var (name, t) in trainers.OrderBy(p => p.Key, StringComparer.Ordinal))
        Console.Error.WriteLine($"  {name,-12} {t.Description}");
    return 2;
}
return trainer.Run(args[1..]);
