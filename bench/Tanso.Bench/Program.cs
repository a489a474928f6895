using Tanso.Bench;

// dotnet run -c Release --project bench/Tanso.Bench -- inventory-import [rows]
// dotnet run -c Release --project bench/Tanso.Bench -- inventory-preview [rows]
// dotnet run -c Release --project bench/Tanso.Bench -- scenario-recompute [iterations]
// dotnet run -c Release --project bench/Tanso.Bench -- national-check [seed]
// dotnet run -c Release --project bench/Tanso.Bench -- portal-dashboard [loads]
// dotnet run -c Release --project bench/Tanso.Bench -- national-check-duckdb [seed]
// dotnet run -c Release --project bench/Tanso.Bench -- public-pages [home-page loads]
// dotnet run -c Release --project bench/Tanso.Bench -- upload-refusals [repeats]
// dotnet run -c Release --project bench/Tanso.Bench -- startup-phases [folder]   (run twice on one folder: first, then restart)
return args.FirstOrDefault() switch
{
    "inventory-import" => await InventoryImportBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000),
    "inventory-preview" => await InventoryPreviewBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000),
    "scenario-recompute" => ScenarioRecomputeBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000),
    "national-check" => NationalCheckBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20261123),
    "national-check-duckdb" => NationalCheckDuckDbBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20261123),
    "portal-dashboard" => await PortalDashboardBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30),
    "public-pages" => await PublicPagesBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30),
    "upload-refusals" => UploadRefusalBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5),
    "startup-phases" => await StartupPhasesBench.RunAsync(args.ElementAtOrDefault(1)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Tanso.Bench inventory-import [rows] | inventory-preview [rows] | scenario-recompute [iterations] | national-check [seed] | portal-dashboard [loads] | national-check-duckdb [seed] | public-pages [home-page loads] | upload-refusals [repeats] | startup-phases [folder]");
    return 2;
}
