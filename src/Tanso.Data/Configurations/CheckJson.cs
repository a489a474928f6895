using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tanso.Core.Checks;

namespace Tanso.Data.Configurations;

/// <summary>
/// A cycle's settings and rubric are stored as one JSON document each: they are read and replaced whole, never
/// queried by part, and reading them back goes through the Core constructors, so a stored document that breaks a
/// rule (weights not summing to 100, a malformed scale) cannot come back as a valid object.
/// </summary>
internal static class CheckJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private sealed record SettingsDoc(decimal Tasks, decimal Emissions, decimal Budget, decimal Quantitative, decimal Qualitative, List<BandDoc> Grades,
        int TrimFrom, decimal MaxSd, decimal MaxRange, bool RefuseLate = false, int? Quorum = null);

    private sealed record BandDoc(string Ko, string En, decimal Min);

    private sealed record RubricDoc(string Name, List<CriterionDoc> Criteria);

    private sealed record CriterionDoc(string Name, decimal Weight, List<LevelDoc> Levels);

    private sealed record LevelDoc(string Label, string Description, decimal Score);

    public static string Write(CheckSettings s) => JsonSerializer.Serialize(new SettingsDoc(s.Quantitative.TasksPercent, s.Quantitative.EmissionsPercent,
        s.Quantitative.BudgetPercent, s.Combination.QuantitativePercent, s.Combination.QualitativePercent, s.Grades.Bands.Select(b => new BandDoc(b.Ko, b.En, b.MinScore)).ToList(),
        s.Qualitative.TrimFromEvaluators, s.Qualitative.MaxStandardDeviation, s.Qualitative.MaxRange, s.LateReports == LateReportPolicy.Refuse, s.Quorum), Options);

    public static CheckSettings ReadSettings(string json)
    {
        var d = JsonSerializer.Deserialize<SettingsDoc>(json, Options)!;
        return new CheckSettings(new QuantitativeWeights(d.Tasks, d.Emissions, d.Budget), new CombinationWeights(d.Quantitative, d.Qualitative),
            new GradeScale(d.Grades.Select(b => new GradeBand(b.Ko, b.En, b.Min))), new QualitativeOptions(d.TrimFrom, d.MaxSd, d.MaxRange))
        {
            // Documents written before these two existed read as accept-and-record and all evaluators.
            LateReports = d.RefuseLate ? LateReportPolicy.Refuse : LateReportPolicy.AcceptAndRecord,
            Quorum = d.Quorum,
        };
    }

    public static string Write(Rubric r) => JsonSerializer.Serialize(new RubricDoc(r.Name,
        r.Criteria.Select(c => new CriterionDoc(c.Name, c.WeightPercent, c.Levels.Select(l => new LevelDoc(l.Label, l.Description, l.Score)).ToList())).ToList()), Options);

    public static Rubric ReadRubric(string json)
    {
        var d = JsonSerializer.Deserialize<RubricDoc>(json, Options)!;
        return new Rubric(d.Name, d.Criteria.Select(c => new RubricCriterion(c.Name, c.Weight, c.Levels.Select(l => new RubricLevel(l.Label, l.Description, l.Score)))));
    }

    internal sealed class SettingsConverter() : ValueConverter<CheckSettings, string>(v => Write(v), v => ReadSettings(v));

    internal sealed class RubricConverter() : ValueConverter<Rubric, string>(v => Write(v), v => ReadRubric(v));

    // Both are immutable and replaced whole, so comparing their stored form is exact and cheap enough.
    internal sealed class SettingsComparer() : ValueComparer<CheckSettings>((a, b) => Write(a!) == Write(b!), v => Write(v).GetHashCode(StringComparison.Ordinal), v => v);

    internal sealed class RubricComparer() : ValueComparer<Rubric>((a, b) => Write(a!) == Write(b!), v => Write(v).GetHashCode(StringComparison.Ordinal), v => v);
}
