using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Tanso.Core.Pathways;
using Tanso.Core.Quantities;
using Tanso.Data.Scenarios;

namespace Tanso.Cli;

/// <summary>What <c>scenario show</c> measures: every option falls back to <see cref="MetricsRequest.For"/>.</summary>
internal sealed partial class MeasureOptions
{
    private readonly Option<decimal?> _budget = new("--budget-mt") { Description = "Carbon budget in MtCO2eq, counted from --budget-from" };
    private readonly Option<int?> _budgetFrom = new("--budget-from") { Description = "First year of the budget (default: the base year)" };
    private readonly Option<string?> _span = new("--span") { Description = "Span of the cumulative total, FROM-TO, e.g. 2018-2030 (default: the whole scenario)" };
    private readonly Option<int?> _from = new("--from") { Description = "First year of the cumulative total (instead of --span)" };
    private readonly Option<int?> _to = new("--to") { Description = "Last year of the cumulative total (instead of --span)" };
    private readonly Option<int?> _rateFrom = new("--rate-from") { Description = "Start year of the required reduction rate (default: the base year)" };
    private readonly Option<int?> _rateTo = new("--rate-to") { Description = "End year of the required reduction rate (default: 2030, or the end year when it comes first)" };
    private readonly Option<int?> _bauYears = new("--bau-years") { Description = $"Reported years the BAU trend uses, 2–30 (default {ScenarioAnalysis.DefaultBauYears})" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _budget, _budgetFrom, _span, _from, _to, _rateFrom, _rateTo, _bauYears })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The request and trend length, or the problems (option, Korean, English) with them.</summary>
    public (MetricsRequest Request, int BauYears, IReadOnlyList<(string Option, string Ko, string En)> Problems) Read(ParseResult parse, ScenarioPathway pathway)
    {
        var defaults = MetricsRequest.For(pathway);
        var problems = new List<(string, string, string)>();
        var (from, to) = (parse.GetValue(_from), parse.GetValue(_to));
        if (parse.GetValue(_span) is { } span)
        {
            if (from is not null || to is not null)
            {
                problems.Add(("--span", "--span과 --from/--to 중 하나만 쓰십시오.", "Give either --span or --from/--to, not both."));
            }
            else if (SpanPattern().Match(span) is { Success: true } m)
            {
                (from, to) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            }
            else
            {
                problems.Add(("--span", $"'{span}'은(는) 2018-2030 같은 기간이 아닙니다.", $"'{span}' is not a span such as 2018-2030."));
            }
        }
        var request = new MetricsRequest(from ?? defaults.SpanFrom, to ?? defaults.SpanTo, parse.GetValue(_rateFrom) ?? defaults.RateFrom,
            parse.GetValue(_rateTo) ?? defaults.RateTo, parse.GetValue(_budget) is { } mt ? new TonnesCo2e(mt * 1_000_000m) : null,
            parse.GetValue(_budgetFrom) ?? defaults.BudgetFrom);
        problems.AddRange(request.Problems(pathway).Select(p => (Option(p.Field, parse.GetValue(_span) is not null), p.Ko, p.En)));
        var bauYears = parse.GetValue(_bauYears) ?? ScenarioAnalysis.DefaultBauYears;
        if (ScenarioAnalysis.BauYearsProblem(bauYears) is { } bau)
        {
            problems.Add(("--bau-years", bau.Ko, bau.En));
        }
        return (request, bauYears, problems);
    }

    private static string Option(string field, bool spanGiven) => field switch
    {
        "spanFrom" => spanGiven ? "--span" : "--from",
        "spanTo" => spanGiven ? "--span" : "--to",
        "rateFrom" => "--rate-from",
        "rateTo" => "--rate-to",
        "budgetFrom" => "--budget-from",
        "budget" => "--budget-mt",
        _ => field,
    };

    [GeneratedRegex(@"^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$")]
    private static partial Regex SpanPattern();
}
