using DuckDB.NET.Data;
using Tanso.Core.Checks;
using Tanso.Core.Plans;

namespace Tanso.Bench;

/// <summary>One government's figures as the SQL check computes them.</summary>
/// <param name="Grades">Task grades per band of <see cref="NationalCheckRows.Bands"/>.</param>
internal sealed record SqlGovernment(int Government, double? TasksMean, double? BudgetRate, long[] Grades);

/// <summary>
/// The checked year's rows of the SYNTHETIC workload in DuckDB, and the check's per-row arithmetic as one SQL query —
/// the rules of <see cref="KpiAchievements"/>, <see cref="TaskScoring"/>, <see cref="BudgetExecution"/>, the grader
/// (60/40, default bands) and the task and budget components of <see cref="QuantitativeScoring"/>, written again in SQL.
/// </summary>
internal static class NationalCheckRows
{
    public static readonly string[] Bands = ["Excellent", "Good", "Fair", "Poor", "Very poor"];

    /// <summary>Creates the tables and appends the year's rows; returns how many rows were loaded.</summary>
    public static long Load(DuckDBConnection duck, SyntheticNation nation, int year)
    {
        Execute(duck, """
            CREATE TABLE kpi (gov INTEGER, kpi INTEGER, task INTEGER, up BOOLEAN, ratio BOOLEAN, base DOUBLE, target DOUBLE, weight DOUBLE);
            CREATE TABLE kpi_month (gov INTEGER, kpi INTEGER, month TINYINT, actual DOUBLE);
            CREATE TABLE task (gov INTEGER, task INTEGER, status TINYINT, qualitative DOUBLE, planned DOUBLE);
            CREATE TABLE task_month (gov INTEGER, task INTEGER, month TINYINT, executed BIGINT);
            """);
        long rows = 0;
        using (var kpis = duck.CreateAppender("kpi"))
        using (var months = duck.CreateAppender("kpi_month"))
        using (var tasks = duck.CreateAppender("task"))
        using (var budget = duck.CreateAppender("task_month"))
        {
            foreach (var g in nation.Governments)
            {
                for (var t = 0; t < g.TaskCount; t++)
                {
                    var task = g.Plan.Tasks[t];
                    for (var k = 0; k < task.Kpis.Count; k++)
                    {
                        var index = g.KpiOffsets[t] + k;
                        var kpi = task.Kpis[k];
                        // As KpiReading.From: a KPI without a target for the year is not read at all.
                        if (kpi.TargetFor(year) is not { } target)
                        {
                            continue;
                        }
                        kpis.CreateRow().AppendValue(g.Id).AppendValue(index).AppendValue(t).AppendValue(kpi.Direction == KpiDirection.Increase)
                            .AppendValue(g.KpiModes[index] == AchievementMode.RatioToTarget).AppendValue((double)kpi.BaseValue).AppendValue((double)target)
                            .AppendValue((double)g.KpiWeights[index]).EndRow();
                        for (var m = 1; m <= 12; m++)
                        {
                            var row = months.CreateRow().AppendValue(g.Id).AppendValue(index).AppendValue((sbyte)m);
                            var value = g.ActualHundredths[index * SyntheticChecks.Months + SyntheticGovernment.MonthIndex(year, m)];
                            (value == SyntheticChecks.NotReported ? row.AppendNullValue() : row.AppendValue(value / 100.0)).EndRow();
                        }
                        rows += 13;
                    }
                    var planned = BudgetExecution.For(task, year, 0m).PlannedKrw;
                    var taskRow = tasks.CreateRow().AppendValue(g.Id).AppendValue(t).AppendValue((sbyte)g.StatusOf(t, year, 12));
                    taskRow = g.TaskQualitativeOf(t, year) is { } q ? taskRow.AppendValue((double)q) : taskRow.AppendNullValue();
                    taskRow.AppendValue((double)planned).EndRow();
                    for (var m = 1; m <= 12; m++)
                    {
                        budget.CreateRow().AppendValue(g.Id).AppendValue(t).AppendValue((sbyte)m)
                            .AppendValue((long)g.ExecutedThousandKrw[t * SyntheticChecks.Months + SyntheticGovernment.MonthIndex(year, m)] * 1000L).EndRow();
                    }
                    rows += 13;
                }
            }
        }
        return rows;
    }

    private const string Sql = """
        WITH actual AS (
            SELECT gov, kpi, arg_max(actual, month) FILTER (WHERE actual IS NOT NULL) AS actual
            FROM kpi_month GROUP BY gov, kpi),
        reading AS (
            SELECT k.*, a.actual,
                   CASE WHEN k.up THEN k.target - k.base ELSE k.base - k.target END AS planned,
                   CASE WHEN a.actual IS NULL THEN 0 WHEN k.up THEN (a.actual >= k.target)::INTEGER * 100 ELSE (a.actual <= k.target)::INTEGER * 100 END AS at_least
            FROM kpi k JOIN actual a USING (gov, kpi)),
        achievement AS (
            SELECT gov, task, weight,
                   CASE WHEN actual IS NULL THEN 0
                        WHEN ratio AND target <= 0 THEN at_least
                        WHEN ratio THEN greatest(0, least(120, CASE WHEN up THEN actual / target ELSE (2 * target - actual) / target END * 100))
                        WHEN planned <= 0 THEN at_least
                        ELSE greatest(0, least(120, CASE WHEN up THEN actual - base ELSE base - actual END / planned * 100))
                   END AS capped
            FROM reading),
        task_kpis AS (
            SELECT gov, task, sum(weight * capped) / sum(weight) AS mean FROM achievement GROUP BY gov, task),
        spent AS (
            SELECT gov, task, sum(executed) AS executed FROM task_month GROUP BY gov, task),
        scored AS (
            SELECT t.gov, t.status, t.qualitative, t.planned, s.executed,
                   CASE WHEN t.status = 3 THEN NULL
                        WHEN k.mean IS NULL THEN CASE WHEN t.status = 2 THEN 100.0 END
                        ELSE greatest(0, least(100, k.mean)) END AS score
            FROM task t JOIN spent s USING (gov, task) LEFT JOIN task_kpis k USING (gov, task)),
        graded AS (
            SELECT *, CASE WHEN status = 3 THEN NULL
                           WHEN qualitative IS NULL THEN score
                           WHEN score IS NULL THEN qualitative
                           ELSE score * 60 / 100 + qualitative * 40 / 100 END AS combined,
                      status <> 3 AND (planned <> 0 OR executed <> 0) AS budgeted
            FROM scored)
        SELECT gov, avg(score),
               least(100, sum(executed) FILTER (WHERE budgeted) / nullif(sum(planned) FILTER (WHERE budgeted), 0) * 100),
               count(*) FILTER (WHERE combined >= 90), count(*) FILTER (WHERE combined >= 80 AND combined < 90),
               count(*) FILTER (WHERE combined >= 70 AND combined < 80), count(*) FILTER (WHERE combined >= 60 AND combined < 70),
               count(*) FILTER (WHERE combined < 60)
        FROM graded GROUP BY gov ORDER BY gov
        """;

    /// <summary>Runs the check's arithmetic over the loaded rows: one row per government.</summary>
    public static List<SqlGovernment> Query(DuckDBConnection duck)
    {
        using var command = duck.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        var result = new List<SqlGovernment>(256);
        while (reader.Read())
        {
            result.Add(new SqlGovernment(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetDouble(2),
                [reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)]));
        }
        return result;
    }

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
