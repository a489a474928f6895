#!/usr/bin/env bash
# Regenerates EF Core's compiled models (one per engine) after any change to the model: entities, configurations,
# conventions. CompiledModelTests fails until this is run. Usage, from the repository root: src/Tanso.Data/Compiled/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
dotnet tool restore >/dev/null
# The design-time services (CompiledModelLiterals.cs) exist only in this build; the normal build is restored at the end.
dotnet build src/Tanso.Data -v q -nologo -p:TansoDesignTime=true >/dev/null
for engine in Sqlite Postgres; do
  rm -rf "src/Tanso.Data/Compiled/$engine"
  dotnet ef dbcontext optimize --no-build --project src/Tanso.Data --startup-project src/Tanso.Data \
    --context "${engine}TansoDb" --output-dir "Compiled/$engine" --namespace "Tanso.Data.Compiled.$engine" >/dev/null
  # The app chooses the model itself (DatabaseConnection.Open); without this attribute the design-time tools
  # (`migrations add`) keep building the model from the configurations, as they must.
  rm "src/Tanso.Data/Compiled/$engine/${engine}TansoDbAssemblyAttributes.cs"
  # EF Core writes a value object's default sentinel as its provider value (0, 0m, null) and converts it back at run
  # time, which a value object refuses (ReportingYear.Of(0) throws). A sentinel only matters for keys and generated
  # values, none of which is a value object here (CompiledModelTests checks those sentinels): drop these lines.
  sed -i -E '/\.SetSentinelFromProviderValue\((0|0m|null)\);/d' src/Tanso.Data/Compiled/$engine/*.cs
done
dotnet build src/Tanso.Data -v q -nologo >/dev/null
echo "Compiled models regenerated in src/Tanso.Data/Compiled"
