using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Audit;
using Tanso.Web.Checks;
using Tanso.Web.Community;
using Tanso.Web.DataSets;
using Tanso.Web.Governments;
using Tanso.Web.Inbox;
using Tanso.Web.Inventory;
using Tanso.Web.Infrastructure;
using Tanso.Web.Mail;
using Tanso.Web.National;
using Tanso.Web.Plans;
using Tanso.Web.Reports;
using Tanso.Web.Scenarios;
using Tanso.Web.Site;
using Tanso.Web.TaskForce;

var builder = WebApplication.CreateBuilder(args);
// Serve the build's static assets (and their compressed variants) in every environment, not only Development:
// `dotnet run` in Production otherwise answers compressed requests for CSS and scripts with empty bodies.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTansoDatabase();
builder.Services.AddTansoAccounts();
builder.Services.AddTansoMail();
builder.Services.AddTansoInbox(); // to-do lists, notifications, the reminder job
builder.Services.AddTansoKeyRing(builder.Configuration);
builder.Services.AddTansoLocalization();
builder.Services.AddTansoReports();
builder.Services.AddTansoCommunity();
builder.Services.AddTansoSite();
builder.Services.AddTansoPublicCache();
builder.Services.AddSingleton<Tanso.Web.Portal.MapAtlas>(); // the map's drawings, prepared once per zoom level
builder.Services.AddRazorPages(o =>
{
    o.RootDirectory = "/";
    o.CachePublicPages();
});
builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(BindingMessages.Configure);
// Korean text goes out as text, not as &#xAD6D; escapes (a third of the page weight otherwise).
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddTansoErrorHandling();
builder.Services.AddRequestBodyLimits(builder.Configuration);
// The server's ceiling is the largest upload (an inventory file); each endpoint's own limit, far lower for most, is set per
// request by UseRequestBodyLimits.
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = InventoryAccess.MaxUploadBytes + 1024 * 1024);
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = InventoryAccess.MaxUploadBytes + 1024 * 1024);
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false); // no product name for scanners
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
{
    doc.Info.Title = "Tanso API";
    doc.Info.Description = "탄소중립 계획·점검 플랫폼 Tanso의 REST API. Official figures carry their source, status and inventory edition.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks().AddDbContextCheck<TansoDb>("database");

var app = builder.Build();

// The database is migrated and seeded on a second thread while this one sets up the pipeline and endpoints and does what
// the first request would otherwise do first (StartupWarmUp): on two cores a first start is shorter by about their sum.
// The server listens only once both are done.
var database = Task.Run(async () =>
{
    if (!await app.InitialiseDatabaseAsync())
    {
        return false;
    }
    await FirstAdmin.EnsureAsync(app.Services, app.Logger);
    return true;
});

app.UseTansoErrorHandling();
app.UseHsts();
app.UseSecurityHeaders();
app.UseRequestLocalization();
// Routing after the error handlers, so that a re-executed /error request is routed afresh.
app.UseRouting();
app.UseRequestBodyLimits();
app.UseRateLimiter();
app.UseAuthentication();
app.UseTokenScope();
app.UsePrivateResponsesUnstored();
app.UseAuthorization();
app.UseWorkNotices(); // new work is announced before the response that made it goes out (Inbox/WorkNotices.cs)
app.UseOutputCache(); // after authentication: only anonymous requests are cached
// Inside the output cache, so that a cached page is kept compressed and served without compressing it again.
app.UseResponseCompression();
app.MapStaticAssets();

app.MapOpenApi("/openapi/{documentName}.json").CacheOutput(PublicCache.CodePolicy);
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "api/docs";
    o.SwaggerEndpoint("/openapi/v1.json", "Tanso API v1");
    o.DocumentTitle = "Tanso API";
});
app.MapHealthChecks("/healthz");
app.MapLanguageSwitch();
app.MapGovernmentApi();
app.MapGovernmentEditApi();
app.MapNationalApi();
app.MapFigureEditApi();
app.MapAuditApi();
app.MapInventoryApi();
app.MapStatisticsApi();
app.MapPlanApi();
app.MapCascadeApi();
app.MapSectorApi();
app.MapScenarioApi();
app.MapCheckApi();
app.MapReportApi();
app.MapTaskForceApi();
app.MapNewsApi();
app.MapPracticeApi();
app.MapCampaignApi();
app.MapFeedbackApi();
app.MapDataApi();
app.MapInboxApi();
app.MapRazorPages();

StartupWarmUp.Run(app);
if (!await database)
{
    // Refused with the reason logged (a database it may not write), not a crash; disposing flushes the log.
    Environment.ExitCode = 1;
    await app.DisposeAsync();
    return;
}

await app.RunAsync();

/// <summary>Entry point, public so that tests can host the app.</summary>
public partial class Program;
