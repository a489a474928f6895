namespace Tanso.Core;

/// <summary>Why a value was refused — a field too long, out of its plausible range, settings that do not fit, a community
/// item's missing text, a plan edit the workflow refuses — with the field as the client names it, in both languages. The one
/// refusal type of every Core rule: a form shows it beside its field, the API returns it as a validation problem.</summary>
/// <param name="Field">The request field, e.g. <c>title</c>, <c>grades[2].minScore</c>, <c>years[2026].budgetKrw</c>.</param>
/// <param name="Ko">Korean message.</param>
/// <param name="En">English message.</param>
public sealed record Problem(string Field, string Ko, string En);
