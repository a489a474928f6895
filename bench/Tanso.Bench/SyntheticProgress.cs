using Tanso.Core.Checks;
using Tanso.Core.Plans;
using static Tanso.Bench.SyntheticChecks;

namespace Tanso.Bench;

/// <summary>
/// SYNTHETIC KPIs of one government with ten years of monthly actuals. Progress KPIs (85 %) have bases that are
/// zero (10 %), negative (7 %) or positive, and targets that move towards the goal, stay at the base (8 %: no change
/// planned) or go the wrong way (3 %); ratio KPIs (15 %) are yearly counts, a few with a target of 0. 4 % of KPIs
/// set no target for some years; 20 % weigh 2. Each year 2 % of KPIs are never reported and any month's report
/// leaves a KPI out with 4 % probability.
/// </summary>
internal sealed class SyntheticKpis(Random random, int capacity)
{
    private static readonly string[] Units = ["%", "대", "MW", "tCO2eq", "개소", "MWh"];

    public List<AchievementMode> Modes { get; } = new(capacity);

    public List<byte> Weights { get; } = new(capacity);

    public List<int> Actuals { get; } = new(capacity * Months);

    public PlanKpi Next(string name)
    {
        var up = random.Next(2) == 0;
        var mode = random.NextDouble() < 0.15 ? AchievementMode.RatioToTarget : AchievementMode.Progress;
        var (baseValue, targets) = mode == AchievementMode.RatioToTarget ? RatioTargets() : ProgressTargets(up);
        var kpi = new PlanKpi(name, mode == AchievementMode.RatioToTarget ? "건" : Units[random.Next(Units.Length)],
            up ? KpiDirection.Increase : KpiDirection.Decrease, Hundredths(baseValue));
        var sparse = random.NextDouble() < 0.04;
        for (var y = 0; y < Years; y++)
        {
            if (!sparse || random.NextDouble() >= 0.3)
            {
                kpi.WithTarget(FirstYear + y, Hundredths(targets[y]));
            }
            YearOfActuals(baseValue, targets[y], mode);
        }
        Modes.Add(mode);
        Weights.Add(random.NextDouble() < 0.2 ? (byte)2 : (byte)1);
        return kpi;
    }

    private (int Base, int[] Targets) ProgressTargets(bool up)
    {
        var roll = random.NextDouble();
        var b = roll < 0.10 ? 0 : roll < 0.17 ? -random.Next(100, 500_000) : random.Next(100, 1_000_000);
        var span = Math.Max(Math.Abs(b) * (0.1 + random.NextDouble() * 0.5), 1_000);
        var kind = random.NextDouble();
        var step = (kind < 0.08 ? 0 : kind < 0.11 ? -0.3 : 1.0) * (up ? 1 : -1);
        return (b, [.. Enumerable.Range(1, Years).Select(y => (int)(b + step * span * y / Years))]);
    }

    private (int Base, int[] Targets) RatioTargets()
    {
        var zero = random.NextDouble() < 0.03;
        return (0, [.. Enumerable.Range(0, Years).Select(_ => zero ? 0 : random.Next(10, 500) * 100)]);
    }

    private void YearOfActuals(int baseValue, int target, AchievementMode mode)
    {
        var silent = random.NextDouble() < 0.02;
        var performance = 0.9 + Noise(random, 0.3);
        for (var m = 1; m <= 12; m++)
        {
            if (silent || random.NextDouble() < 0.04)
            {
                Actuals.Add(NotReported);
                continue;
            }
            // A count accumulates over the year; a level moves towards the year's target.
            var value = mode == AchievementMode.RatioToTarget
                ? target * performance * m / 12
                : baseValue + (target - baseValue) * performance * (0.8 + 0.2 * m / 12) + Noise(random, Math.Abs(target - baseValue) * 0.02 + Math.Abs(baseValue) * 0.01 + 100);
            Actuals.Add((int)Math.Clamp(value, -2e9, 2e9));
        }
    }
}

/// <summary>SYNTHETIC national tasks for the task force's monthly review: 200 tasks under 12 ministries, the last two
/// new in the last month and two others gone from it.</summary>
internal static class SyntheticNationalTasks
{
    public const int Count = 200;

    public static SyntheticNationalTask[] Generate(Random random) => [.. Enumerable.Range(1, Count).Select(i =>
    {
        var statuses = new byte[Months];
        Statuses(random, statuses, doneFrom: 6 * 12);
        var (first, last) = i switch { > Count - 2 => (Months - 1, Months - 1), > Count - 4 => (0, Months - 2), _ => (0, Months - 1) };
        var due = new DateOnly(2020 + random.Next(0, 11), random.Next(1, 13), 1).AddMonths(1).AddDays(-1);
        return new SyntheticNationalTask($"N-{i:D3}", $"[합성] 국가 이행과제 {i:D3}", $"[합성] 부처 {random.Next(1, 13):D2}", due, first, last, statuses);
    })];
}
