using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data;
using Tanso.Data.Scenarios;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Scenarios;

/// <summary>Every change to a scenario, shared by the API and the pages, with a versioned save.</summary>
internal static class ScenarioCommands
{
    public static async Task<Outcome<Scenario>> CreateAsync(TansoDb db, ClaimsPrincipal user, int governmentId, ScenarioHeader header, CancellationToken ct)
    {
        if (await db.Governments.FindAsync([governmentId], ct) is null)
        {
            return new Outcome<Scenario>(null, 404);
        }
        if (!await PlanAccess.CanEditAsync(user, governmentId, db, ct))
        {
            return new Outcome<Scenario>(null, 403);
        }
        var (method, errors) = CheckHeader(header, out var basis);
        if (errors.Count > 0)
        {
            return new Outcome<Scenario>(null, 400, Errors: errors);
        }
        var scenario = new Scenario(governmentId, header.NameKo, header.NameEn ?? "", header.BaseYear, header.EndYear, method);
        scenario.Describe(header.NameKo, header.NameEn ?? "", header.Description ?? "", header.BaseYear, header.EndYear, method, header.IsPublic);
        if (basis is not null)
        {
            scenario.CountOn(basis);
        }
        if (header.FromInventory)
        {
            var history = await db.InventoryHistoryAsync(governmentId, scenario.Basis, ct);
            if (history.Edition is { } edition && scenario.Basis.Guidelines != IpccGuidelines.Unknown && edition.Guidelines != IpccGuidelines.Unknown
                && edition.Guidelines != scenario.Basis.Guidelines)
            {
                return new Outcome<Scenario>(null, 400, Errors: new()
                {
                    ["guidelines"] = [Text.T(
                        $"이 정부의 인벤토리({edition.NameKo})는 {EmissionsBasis.GuidelinesText(edition.Guidelines, false)} 기준이어서 {EmissionsBasis.GuidelinesText(scenario.Basis.Guidelines, false)} 시나리오의 출발점이 될 수 없습니다",
                        $"this government's inventory ({edition.NameEn}) follows the {EmissionsBasis.GuidelinesText(edition.Guidelines, true)}, so it cannot start a scenario on the {EmissionsBasis.GuidelinesText(scenario.Basis.Guidelines, true)}")],
                });
            }
            // Only the lines the scenario's basis counts: a gross scenario does not start with the sink.
            var baseValues = history.BySector.Where(h => scenario.Basis.Counts(SectorTaxonomy.Get(h.Key)))
                .Select(h => (h.Key, Value: h.Value.FirstOrDefault(v => v.Year == header.BaseYear))).Where(h => h.Value.Year == header.BaseYear).ToList();
            if (baseValues.Count == 0)
            {
                return new Outcome<Scenario>(null, 400, Errors: new() { ["baseYear"] = [Text.T($"현재 인벤토리에 {header.BaseYear}년 값이 없습니다.", $"The current inventory has no {header.BaseYear} values.")] });
            }
            var source = $"{history.Edition!.NameKo} ({history.Edition.Code}){(history.Edition.IsSample ? " — 예시 데이터 sample data" : "")}";
            foreach (var (sector, value) in baseValues)
            {
                scenario.SetPoint(sector, header.BaseYear, value.Value, history.Edition.IsSample ? FigureStatus.Unverified : FigureStatus.Verified, source);
            }
            if (history.Edition.IsSample)
            {
                scenario.MarkSample();
            }
        }
        db.Scenarios.Add(scenario);
        await db.SaveChangesAsync(ct);
        return new Outcome<Scenario>(scenario, 201);
    }

    public static async Task<Outcome<Scenario>> DescribeAsync(TansoDb db, ClaimsPrincipal user, int id, ScenarioHeader header, CancellationToken ct) =>
        await EditAsync(db, user, id, header.Version, scenario =>
        {
            var (method, errors) = CheckHeader(header, out var basis);
            if (errors.Count > 0)
            {
                return errors;
            }
            try
            {
                scenario.Describe(header.NameKo, header.NameEn ?? "", header.Description ?? "", header.BaseYear, header.EndYear, method, header.IsPublic);
                if (basis is not null)
                {
                    scenario.CountOn(basis);
                }
                return null;
            }
            catch (ArgumentException e)
            {
                return new() { ["baseYear"] = [e.Message] };
            }
        }, ct);

    public static async Task<Outcome<Scenario>> EditLinesAsync(TansoDb db, ClaimsPrincipal user, int id, LinesInput input, CancellationToken ct) =>
        await EditAsync(db, user, id, input.Version, scenario => ScenarioLineEdits.Apply(scenario, input), ct);

    public static async Task<Outcome<Scenario>> CopyAsync(TansoDb db, ClaimsPrincipal user, int id, CopyInput input, CancellationToken ct)
    {
        var source = await db.LoadScenarioAsync(id, ct);
        if (source is null || !await ScenarioAccess.CanSeeAsync(user, source, db, ct))
        {
            return new Outcome<Scenario>(null, 404);
        }
        if (await db.Governments.FindAsync([input.GovernmentId], ct) is null)
        {
            return new Outcome<Scenario>(null, 400, Errors: new() { ["governmentId"] = ["no such government"] });
        }
        if (!await PlanAccess.CanEditAsync(user, input.GovernmentId, db, ct))
        {
            return new Outcome<Scenario>(null, 403);
        }
        var nameKo = string.IsNullOrWhiteSpace(input.NameKo) ? Text.T($"{source.NameKo} 사본", $"Copy of {source.Name("en")}") : input.NameKo;
        var nameEn = input.NameEn ?? (source.NameEn.Length > 0 ? $"Copy of {source.NameEn}" : "");
        // A long name with " 사본" added can pass its column: the copy then needs a name of its own.
        var problems = ScenarioTexts.Header(nameKo, nameEn, null).ToList();
        if (problems.Count > 0)
        {
            return new Outcome<Scenario>(null, 400, Errors: problems.ToDictionary(p => p.Field, p => new[] { Text.T(p.Ko, p.En) }));
        }
        var copy = source.CopyFor(input.GovernmentId, nameKo, nameEn);
        db.Scenarios.Add(copy);
        await db.SaveChangesAsync(ct);
        return new Outcome<Scenario>(copy, 201);
    }

    public static async Task<Outcome<Scenario>> DeleteAsync(TansoDb db, ClaimsPrincipal user, int id, int version, CancellationToken ct)
    {
        var (scenario, refusal) = await LoadForChangeAsync(db, user, id, version, ct);
        if (scenario is null)
        {
            return refusal!;
        }
        db.Scenarios.Remove(scenario);
        await db.SaveChangesAsync(ct);
        return new Outcome<Scenario>(null, 204);
    }

    private static (Interpolation Method, Dictionary<string, string[]> Errors) CheckHeader(ScenarioHeader h, out EmissionsBasis? basis)
    {
        Interpolation method = Interpolation.StraightLine;
        EmissionsBasis? stated = null;
        var errors = PlanInput.Check(add =>
        {
            stated = PlanInput.Basis(h.Basis, h.Adjustments, h.Guidelines, add);
            if (string.IsNullOrWhiteSpace(h.NameKo))
            {
                add("nameKo", Text.T("이름을 입력하십시오.", "A name is required."));
            }
            if (!ReportingYear.IsValid(h.BaseYear))
            {
                add("baseYear", ReportingYear.OutOfRangeMessage(h.BaseYear));
            }
            if (!ReportingYear.IsValid(h.EndYear) || h.EndYear <= h.BaseYear || h.EndYear - h.BaseYear > 100)
            {
                add("endYear", Text.T("끝 연도는 기준연도 뒤 100년 안이어야 합니다.", "The end year must come after the base year, within 100 years."));
            }
            if (h.Method is not null && !PlanInput.TryEnum(h.Method, out method))
            {
                add("method", "use straight-line, constant-rate, s-curve or manual");
            }
            foreach (var p in ScenarioTexts.Header(h.NameKo, h.NameEn, h.Description))
            {
                add(p.Field, Text.T(p.Ko, p.En));
            }
        });
        basis = stated;
        return (method, errors);
    }

    private static async Task<(Scenario? Scenario, Outcome<Scenario>? Refusal)> LoadForChangeAsync(TansoDb db, ClaimsPrincipal user, int id, int version, CancellationToken ct)
    {
        var scenario = await db.LoadScenarioAsync(id, ct);
        if (scenario is null || !await ScenarioAccess.CanSeeAsync(user, scenario, db, ct))
        {
            return (null, new Outcome<Scenario>(null, 404));
        }
        if (scenario.IsOfficial)
        {
            return (null, new Outcome<Scenario>(null, 409, Text.T("공식 시나리오는 고칠 수 없습니다: 사본을 만들어 고치십시오.", "An official scenario is read-only: copy it to change it.")));
        }
        if (!await PlanAccess.CanEditAsync(user, scenario.GovernmentId, db, ct))
        {
            return (null, new Outcome<Scenario>(null, 403));
        }
        return scenario.Version != version ? (null, new Outcome<Scenario>(scenario, 409)) : (scenario, null);
    }

    private static async Task<Outcome<Scenario>> EditAsync(TansoDb db, ClaimsPrincipal user, int id, int version, Func<Scenario, Dictionary<string, string[]>?> change, CancellationToken ct)
    {
        var (scenario, refusal) = await LoadForChangeAsync(db, user, id, version, ct);
        if (scenario is null)
        {
            return refusal!;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (change(scenario) is { } errors)
        {
            return new Outcome<Scenario>(null, 400, Errors: errors);
        }
        db.Entry(scenario).State = EntityState.Modified;
        if (!await Editing.TrySaveAsync(db, scenario, version, ct))
        {
            return new Outcome<Scenario>(await db.LoadScenarioAsync(id, ct), 409);
        }
        await tx.CommitAsync(ct);
        return new Outcome<Scenario>(scenario, 200);
    }
}
