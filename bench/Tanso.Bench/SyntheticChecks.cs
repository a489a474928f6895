using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Bench;

/// <summary>
/// SYNTHETIC benchmark data for the national implementation check — not the plans, reports or results of any
/// real government: 243 governments (17 광역, 226 기초) with 180–220 tasks of 0–3 KPIs each (about 2), mixed
/// directions and modes, zero and negative bases; yearly budgets; nine sectors' emissions (base, trajectory,
/// actual); ten years (2016–2025) of monthly reports; five rubric criteria scored by 5–7 evaluators; and 200
/// national tasks for the task force. Each government draws from its own <see cref="Random"/> seeded from the
/// seed and its number, so the data is the same for a seed however the work is scheduled.
/// </summary>
internal static class SyntheticChecks
{
    public const string Label = "synthetic benchmark data (합성 데이터)";
    public const int FirstYear = 2016;
    public const int LastYear = 2025;
    public const int Years = LastYear - FirstYear + 1;
    public const int Months = Years * 12;
    public const int Provinces = 17;
    public const int Municipalities = 226;
    public const int BaseYear = 2015;
    public const int NotReported = int.MinValue;

    /// <summary>The one inventory edition every synthetic actual comes from.</summary>
    public const int EditionId = 1;

    /// <summary>That edition, labelled as synthetic.</summary>
    public static InventoryEdition Edition { get; } = new("synthetic", "[합성] 인벤토리", "[synthetic] inventory", Label, new DateOnly(2026, 1, 1), Label, Label)
    {
        Id = EditionId, IsSample = true,
    };

    private static readonly SectorCode[] Sectors = [.. new[]
    {
        SectorTaxonomy.Power, SectorTaxonomy.Industry, SectorTaxonomy.Buildings, SectorTaxonomy.Transport, SectorTaxonomy.Agriculture,
        SectorTaxonomy.Waste, SectorTaxonomy.Hydrogen, SectorTaxonomy.Fugitive, SectorTaxonomy.Lulucf,
    }.Select(s => s.Code)];

    private static readonly string[] Criteria = ["[합성] 추진체계의 적절성", "[합성] 목표의 구체성", "[합성] 이행 노력", "[합성] 주민 참여", "[합성] 환류·개선"];
    private static readonly decimal[] CriterionWeights = [25m, 20m, 20m, 15m, 20m];

    public static SyntheticNation Generate(int seed)
    {
        var governments = new SyntheticGovernment[Provinces + Municipalities];
        Parallel.For(0, governments.Length, i => governments[i] = Government(seed, i + 1));
        return new(Label, seed, Rubric(), governments, SyntheticNationalTasks.Generate(new Random(seed)));
    }

    public static decimal Hundredths(int value) => new(Math.Abs(value), 0, 0, value < 0, 2);

    /// <summary>Roughly normal noise with standard deviation <paramref name="sd"/> (a sum of three uniforms).</summary>
    public static double Noise(Random random, double sd) => (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 2 * sd;

    /// <summary>Ten years of monthly statuses: mostly on track, drifting into delays and back, now and then dropped
    /// (for good), and done from <paramref name="doneFrom"/> on.</summary>
    public static void Statuses(Random random, Span<byte> months, int doneFrom)
    {
        var s = random.NextDouble() < 0.05 ? TaskProgressStatus.Delayed : TaskProgressStatus.OnTrack;
        for (var m = 0; m < months.Length; m++)
        {
            var p = random.NextDouble();
            s = s switch
            {
                TaskProgressStatus.OnTrack => p < 0.0005 ? TaskProgressStatus.Dropped : p < 0.02 ? TaskProgressStatus.Delayed
                    : m >= doneFrom && p < 0.03 ? TaskProgressStatus.Done : s,
                TaskProgressStatus.Delayed => p < 0.003 ? TaskProgressStatus.Dropped : p < 0.15 ? TaskProgressStatus.OnTrack : s,
                _ => s,
            };
            months[m] = (byte)s;
        }
    }

    private static Rubric Rubric() => new("[합성] 지자체 기본계획 정성평가 (합성 데이터)", Criteria.Select((c, i) =>
        new RubricCriterion(c, CriterionWeights[i], Core.Checks.Rubric.FiveLevels("[합성] 매우 우수", "[합성] 우수", "[합성] 보통", "[합성] 미흡", "[합성] 매우 미흡"))));

    private static SyntheticGovernment Government(int seed, int id)
    {
        var random = new Random(unchecked(seed * 1_000_003 + id));
        var name = $"[합성] 지자체 {id:D3}";
        // The base is known only once the inventory is drawn; the plan starts with a placeholder and takes it from the edition.
        var plan = new Plan(id, $"{name} 탄소중립 녹색성장 기본계획 ({Label})", FirstYear, LastYear, BaseYear, new TonnesCo2e(1m), Label);
        plan.CountOn(new EmissionsBasis(BasisKind.Net, BasisAdjustments.None, IpccGuidelines.Unknown));
        var (inventory, baseValue) = Emissions(random, plan);
        plan.TakeBaseFrom(EditionId, baseValue, Label);
        var tasks = random.Next(180, 221);
        var kpis = new SyntheticKpis(random, tasks * 2 + 16);
        var offsets = new int[tasks + 1];
        var statuses = new byte[tasks * Months];
        var executed = new int[tasks * Months];
        var taskQualitative = new byte[tasks * Years];
        for (var t = 0; t < tasks; t++)
        {
            var task = new PlanTask(TaskLevel.Task, $"{t / 20 + 1}-{t % 20 + 1}", $"[합성] 이행과제 {id:D3}-{t + 1:D3}", $"[합성] 부서 {t % 12 + 1:D2}",
                Sectors[random.Next(Sectors.Length)], FirstYear, LastYear);
            Budgets(random, task, executed.AsSpan(t * Months, Months));
            Statuses(random, statuses.AsSpan(t * Months, Months), doneFrom: 7 * 12);
            var kpiCount = random.NextDouble() switch { < 0.03 => 0, < 0.30 => 1, < 0.70 => 2, _ => 3 };
            for (var k = 0; k < kpiCount; k++)
            {
                task.WithKpi(kpis.Next($"[합성] 성과지표 {t + 1}-{k + 1}"));
            }
            for (var y = 0; y < Years; y++)
            {
                taskQualitative[t * Years + y] = random.NextDouble() < 0.1 ? (byte)(20 * random.Next(1, 6)) : (byte)0;
            }
            offsets[t + 1] = offsets[t] + kpiCount;
            plan.AddTask(task).OrThrow();
        }
        return new()
        {
            Id = id, Name = name, Level = id <= Provinces ? GovernmentLevel.Province : GovernmentLevel.Municipality, Plan = plan,
            KpiModes = [.. kpis.Modes], KpiWeights = [.. kpis.Weights], KpiOffsets = offsets, Statuses = statuses, ExecutedThousandKrw = executed,
            ActualHundredths = [.. kpis.Actuals], TaskQualitative = taskQualitative, Inventory = inventory, Evaluations = Evaluations(random),
        };
    }

    /// <summary>Yearly planned budgets (12 % of tasks have none; 5 % of years are left blank) and monthly execution
    /// around 85 % of plan; 1 % of unbudgeted years spend a little anyway.</summary>
    private static void Budgets(Random random, PlanTask task, Span<int> executed)
    {
        var budgeted = random.NextDouble() >= 0.12;
        for (var y = 0; y < Years; y++)
        {
            int? planned = budgeted && random.NextDouble() >= 0.05 ? random.Next(50_000, 3_000_001) : null;
            task.WithYear(new PlanTaskYear(FirstYear + y, planned * 1000m, planned is null ? null : new TonnesCo2e(random.Next(0, 5_000))));
            var rate = Math.Max(0, 0.85 + Noise(random, 0.25));
            var monthly = planned is { } p ? p * rate / 12 : random.NextDouble() < 0.01 ? random.Next(1_000, 20_000) : 0;
            for (var m = 0; m < 12; m++)
            {
                executed[y * 12 + m] = (int)(monthly * (0.5 + random.NextDouble()));
            }
        }
    }

    /// <summary>
    /// The government's inventory (one edition, 2015–2025, one line per sector) and its plan's targets: bases of 2015,
    /// each sector's 2030 target (−40 %, the sink 10 % more removal) and the total's (their sum, net of the sink, as
    /// the plan's basis says), actuals near the straight line; 15 % of governments still lack one sector's actual for
    /// the last year. The check reads them through <see cref="ComparableEmissions.Readings"/>, as the web does.
    /// </summary>
    private static (InventorySummary Inventory, TonnesCo2e Base) Emissions(Random random, Plan plan)
    {
        var scale = 0.2 + random.NextDouble() * 2;
        var missing = random.NextDouble() < 0.15 ? random.Next(Sectors.Length) : -1;
        var entries = new List<InventoryEntry>();
        var total2030 = TonnesCo2e.Zero;
        for (var i = 0; i < Sectors.Length; i++)
        {
            var removal = SectorTaxonomy.Get(Sectors[i]).IsNegativeLine;
            var baseValue = new TonnesCo2e(Math.Round((decimal)(scale * (removal ? -random.Next(1_000, 200_000) : random.Next(10_000, 5_000_000))), 1));
            var target = new TonnesCo2e(baseValue.Value * (removal ? 1.1m : 0.6m));
            plan.SetTargets([new PlanTarget(2030, Sectors[i], TargetKind.Amount, target.Value)], merge: true).OrThrow();
            total2030 += target;
            var line = Trajectory.Build(new YearValue(BaseYear, baseValue), [new YearValue(2030, target)], Interpolation.StraightLine).Values;
            entries.Add(Entry(Sectors[i], BaseYear, baseValue));
            for (var year = FirstYear; year <= LastYear; year++)
            {
                var value = line.Single(v => v.Year == year).Value.Value;
                var actual = Math.Round(value * (decimal)(1.02 + Noise(random, 0.06)), 1);
                if (!(year == LastYear && i == missing))
                {
                    entries.Add(Entry(Sectors[i], year, new TonnesCo2e(actual)));
                }
            }
        }
        plan.SetTargets([new PlanTarget(2030, null, TargetKind.Amount, Math.Max(0m, total2030.Value))], merge: true).OrThrow();
        var inventory = InventorySummary.Build(entries);
        return (inventory, inventory.Net(BaseYear));
    }

    private static InventoryEntry Entry(SectorCode sector, int year, TonnesCo2e value) =>
        new(EditionId, 0, sector, "", Gas.Total, ReportingYear.Of(year), value);

    /// <summary>[year]: 5–7 evaluators score every criterion around the government's own level; 3 % of years are not
    /// yet evaluated.</summary>
    private static EvaluatorScore[][] Evaluations(Random random)
    {
        var level = 0.5 + random.NextDouble() * 3;
        return [.. Enumerable.Range(0, Years).Select(_ =>
        {
            if (random.NextDouble() < 0.03)
            {
                return Array.Empty<EvaluatorScore>();
            }
            var evaluators = random.Next(5, 8);
            return Enumerable.Range(1, evaluators).SelectMany(e => Criteria.Select(c =>
                new EvaluatorScore($"[합성] 평가위원 {e}", c, 100m - 20m * Math.Clamp((int)Math.Round(level + Noise(random, 0.8)), 0, 4)))).ToArray();
        })];
    }
}
