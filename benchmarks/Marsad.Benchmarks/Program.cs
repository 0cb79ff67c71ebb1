using BenchmarkDotNet.Running;

// BenchmarkSwitcher: `dotnet run -c Release --project benchmarks/Marsad.Benchmarks -- --filter '*Analyzer*'`.
// Quality harnesses (retrieval MRR, extraction scores) are plain commands: `-- quality <name>`; see docs/benchmarks.md.
if (args.Length > 0 && Marsad.Benchmarks.Harnesses.TryRun(args, out var code))
    return code;
BenchmarkSwitcher.FromAssembly(typeof(Marsad.Benchmarks.Harnesses).Assembly).Run(args);
return 0;
