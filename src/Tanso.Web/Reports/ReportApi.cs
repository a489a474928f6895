using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Data;
using Tanso.Web.Checks;

using Tanso.Web.Infrastructure;

namespace Tanso.Web.Reports;

/// <summary>The check report as .xlsx and PDF, and the consolidated roll-up of all governments of a level.</summary>
internal static class ReportApi
{
    public static void MapReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reports");
        api.MapGet("/checks/{id:int}/report.xlsx", Workbook).WithSummary("The statutory check report's tables as .xlsx, one sheet per section (whoever may see the cycle)").ProducesFile(FileAnswers.Xlsx);
        api.MapGet("/checks/{id:int}/report.pdf", Pdf).WithSummary("The statutory check report as PDF (A4, Korean fonts embedded, charts included), printed as the caller sees it")
            .ProducesFile("application/pdf").Produces(StatusCodes.Status404NotFound);
        api.MapGet("/checks/consolidated", Consolidated).WithSummary("The Minister's roll-up of every government of a level (province or municipality) for a year; national officers and administrators").RequireAuthorization();
        api.MapGet("/checks/consolidated.xlsx", ConsolidatedWorkbook).WithSummary("The roll-up as .xlsx").ProducesFile(FileAnswers.Xlsx).RequireAuthorization();
        api.MapGet("/checks/consolidated.pdf", ConsolidatedPdf).WithSummary("The roll-up as PDF").ProducesFile("application/pdf").ProducesValidationProblem().RequireAuthorization();
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Workbook(int id, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return TypedResults.NotFound();
        }
        var report = await CheckReport.LoadAsync(db, user, cycle, clock, ct);
        return TypedResults.File(ReportWorkbook.Write(CheckReportSections.Tables(report), report.IsSample), FileAnswers.Xlsx,
            $"tanso-check-report-{cycle.Id}-{cycle.Period}.xlsx");
    }

    private static async Task<IResult> Pdf(int id, HttpRequest request, TansoDb db, PdfPrinter printer, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(request.HttpContext.User, cycle, db, ct))
        {
            return TypedResults.NotFound();
        }
        return await PrintAsync(printer, $"/checks/{id}/report", request, $"tanso-check-report-{cycle.Id}-{cycle.Period}.pdf", ct);
    }

    private static async Task<Results<Ok<ConsolidatedDto>, ValidationProblem, ForbidHttpResult>> Consolidated(int? year, string? level, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!ConsolidatedAccess.Allowed(user))
        {
            return TypedResults.Forbid();
        }
        if (ConsolidatedQuery.Parse(year, level) is not ({ } y, { } l))
        {
            return TypedResults.ValidationProblem(ConsolidatedQuery.Problems(year, level));
        }
        return TypedResults.Ok((await ConsolidatedReport.LoadAsync(db, y, l, clock, ct)).ToDto());
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ForbidHttpResult>> ConsolidatedWorkbook(int? year, string? level, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!ConsolidatedAccess.Allowed(user))
        {
            return TypedResults.Forbid();
        }
        if (ConsolidatedQuery.Parse(year, level) is not ({ } y, { } l))
        {
            return TypedResults.ValidationProblem(ConsolidatedQuery.Problems(year, level));
        }
        var report = await ConsolidatedReport.LoadAsync(db, y, l, clock, ct);
        return TypedResults.File(ReportWorkbook.Write(report.Tables(), report.HasSample), FileAnswers.Xlsx, $"tanso-consolidated-{ConsolidatedQuery.Name(l)}-{y}.xlsx");
    }

    private static async Task<IResult> ConsolidatedPdf(int? year, string? level, HttpRequest request, PdfPrinter printer, CancellationToken ct)
    {
        if (!ConsolidatedAccess.Allowed(request.HttpContext.User))
        {
            return TypedResults.Forbid();
        }
        if (ConsolidatedQuery.Parse(year, level) is not ({ } y, { } l))
        {
            return TypedResults.ValidationProblem(ConsolidatedQuery.Problems(year, level));
        }
        return await PrintAsync(printer, $"/checks/consolidated?year={y}&level={ConsolidatedQuery.Name(l)}", request, $"tanso-consolidated-{ConsolidatedQuery.Name(l)}-{y}.pdf", ct);
    }

    /// <summary>Prints one of this app's pages as the caller; a printer that cannot print answers 503 saying why.</summary>
    internal static async Task<IResult> PrintAsync(PdfPrinter printer, string page, HttpRequest request, string fileName, CancellationToken ct)
    {
        try
        {
            var pdf = await printer.PrintAsync(new Uri(page, UriKind.Relative), PrintCredentials.From(request), ct);
            return TypedResults.File(pdf, "application/pdf", fileName);
        }
        catch (PdfPrintingException e)
        {
            return TypedResults.Problem(title: "The PDF could not be printed", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
