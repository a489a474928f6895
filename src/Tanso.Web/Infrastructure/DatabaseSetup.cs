using Microsoft.Extensions.Options;
using Tanso.Data;
using Tanso.Data.Auditing;
using Tanso.Web.Accounts;

namespace Tanso.Web.Infrastructure;

internal static partial class DatabaseSetup
{
    // The connection is resolved when first needed, not while the builder runs, so that tests and
    // hosting environments can supply configuration late.
    public static IServiceCollection AddTansoDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => DatabaseConnection.From(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            sp.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName)));
        services.AddHttpContextAccessor();
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<DatabaseConnection>().Open(sp.GetRequiredService<ILoggerFactory>());
            var http = sp.GetRequiredService<IHttpContextAccessor>();
            db.Clock = sp.GetRequiredService<TimeProvider>();
            // A write made here is seen by this instance's public-page cache at once.
            var version = sp.GetRequiredService<PublicDataVersion>();
            db.SavedChanges += (_, e) =>
            {
                if (e.EntitiesSavedCount > 0)
                {
                    version.Changed();
                }
            };
            db.Actor = () => http.HttpContext?.User is { } user
                ? user.Identity?.IsAuthenticated == true ? ToAuditActor(user.ToActor()) : AuditActor.Public
                : AuditActor.System;
            return db;
        });
        return services;
    }

    private static AuditActor ToAuditActor(Core.Access.Actor actor) => new(actor.UserId, actor.Name);

    /// <summary>Migrates and seeds; false (with the reason logged) when the database cannot be written, and the app must
    /// not start.</summary>
    public static async Task<bool> InitialiseDatabaseAsync(this WebApplication app)
    {
        var connection = app.Services.GetRequiredService<DatabaseConnection>();
        var where = connection.Describe();
        LogDatabase(app.Logger, where);
        if (connection.Provider == DatabaseProvider.Sqlite && SqliteFileCheck.Problem(connection.ConnectionString) is { } problem)
        {
            LogUnwritable(app.Logger, problem);
            return false;
        }
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var sampleData = SampleDataSwitch.IsOn(app.Configuration, app.Environment.IsDevelopment());
        LogSampleData(app.Logger, sampleData ? "on" : "off", SampleDataSwitch.Key);
        if (!options.MigrateOnStart)
        {
            return true;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var seeded = await TansoDatabase.MigrateAndSeedIfChangedAsync(scope.ServiceProvider.GetRequiredService<TansoDb>(), sampleData);
        if (seeded.Skipped)
        {
            LogSeedUnchanged(app.Logger);
        }
        else if (seeded.Total > 0)
        {
            LogSeeded(app.Logger, seeded.Governments, seeded.Editions, seeded.Series, seeded.Figures, seeded.InventoryEntries);
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Tanso cannot start: {Problem}")]
    private static partial void LogUnwritable(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample data (예시 데이터): {State} ({Key})")]
    private static partial void LogSampleData(ILogger logger, string state, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed data unchanged since the last seeding pass (seed_runs): nothing to seed")]
    private static partial void LogSeedUnchanged(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: {Database}")]
    private static partial void LogDatabase(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Governments} governments, {Editions} inventory editions, {Series} series, {Figures} official figures, {Entries} inventory entries")]
    private static partial void LogSeeded(ILogger logger, int governments, int editions, int series, int figures, int entries);
}
