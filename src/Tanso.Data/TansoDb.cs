using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tanso.Data.Accounts;
using Tanso.Data.Auditing;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data.Configurations;

namespace Tanso.Data;

/// <summary>
/// Tanso's unit of work. One model for both engines; <see cref="SqliteTansoDb"/> and
/// <see cref="PostgresTansoDb"/> exist only so that each engine keeps its own migrations.
/// </summary>
public abstract class TansoDb(DbContextOptions options) : IdentityDbContext<TansoUser>(options), IDataProtectionKeyContext
{
    /// <summary>Who this context's writes are recorded as, asked at each save (the web app answers with
    /// the request's user, known only after authentication).</summary>
    public Func<AuditActor> Actor { get; set; } = () => AuditActor.System;

    /// <summary>The clock audit entries are stamped with.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The nation, 시·도 and 시·군·구.</summary>
    public DbSet<Government> Governments => Set<Government>();

    /// <summary>Published inventory vintages.</summary>
    public DbSet<InventoryEdition> InventoryEditions => Set<InventoryEdition>();

    /// <summary>Inventory, target and scenario series.</summary>
    public DbSet<FigureSeries> FigureSeries => Set<FigureSeries>();

    /// <summary>Official national figures with their provenance.</summary>
    public DbSet<OfficialFigure> OfficialFigures => Set<OfficialFigure>();

    /// <summary>Which 시·도 each 시·군·구 belonged to, and when.</summary>
    public DbSet<GovernmentAffiliation> GovernmentAffiliations => Set<GovernmentAffiliation>();

    /// <summary>Population and GRDP per government and year.</summary>
    public DbSet<GovernmentStatistic> GovernmentStatistics => Set<GovernmentStatistic>();

    /// <summary>Inventory entries: government × sector × gas × year, per edition.</summary>
    public DbSet<InventoryEntry> InventoryEntries => Set<InventoryEntry>();

    /// <summary>Committed inventory imports.</summary>
    public DbSet<Inventory.InventoryImport> InventoryImports => Set<Inventory.InventoryImport>();

    /// <summary>Totals, groups and memo items of imported inventories, kept as published and never summed.</summary>
    public DbSet<ReportedLine> InventoryReportedLines => Set<ReportedLine>();

    /// <summary>The sector mapping table: published names and codes, and where they go.</summary>
    public DbSet<SectorAlias> SectorAliases => Set<SectorAlias>();

    /// <summary>Carbon-neutrality master plans, one row per revision.</summary>
    public DbSet<Core.Plans.Plan> Plans => Set<Core.Plans.Plan>();

    /// <summary>Review opinions on submitted plans and the governments' answers.</summary>
    public DbSet<Core.Plans.PlanReviewOpinion> PlanReviewOpinions => Set<Core.Plans.PlanReviewOpinion>();

    /// <summary>The committee minutes attached to plans (one file per revision).</summary>
    public DbSet<Core.Plans.PlanCommitteeMinutes> PlanCommitteeMinutes => Set<Core.Plans.PlanCommitteeMinutes>();

    /// <summary>Reduction pathways to 2050: official and users' own.</summary>
    public DbSet<Core.Pathways.Scenario> Scenarios => Set<Core.Pathways.Scenario>();

    /// <summary>Implementation-check cycles (이행점검) with their progress reports.</summary>
    public DbSet<Core.Checks.CheckCycle> CheckCycles => Set<Core.Checks.CheckCycle>();

    /// <summary>Evaluators' qualitative score sheets, one per evaluator and cycle.</summary>
    public DbSet<Core.Checks.ScoreSheet> ScoreSheets => Set<Core.Checks.ScoreSheet>();

    /// <summary>Evaluation results and their right of reply (소명).</summary>
    public DbSet<Core.Checks.EvaluationReview> EvaluationReviews => Set<Core.Checks.EvaluationReview>();

    /// <summary>Calibrations of criteria the evaluators disagreed on, one standing per cycle and criterion.</summary>
    public DbSet<Core.Checks.CalibrationResolution> CalibrationResolutions => Set<Core.Checks.CalibrationResolution>();

    /// <summary>Improvement opinions (개선의견) and the governments' answers.</summary>
    public DbSet<Core.Checks.ImprovementOpinion> ImprovementOpinions => Set<Core.Checks.ImprovementOpinion>();

    /// <summary>Evidence files of progress reports (their bytes in <see cref="EvidenceFileContents"/>).</summary>
    public DbSet<Core.Checks.EvidenceFile> EvidenceFiles => Set<Core.Checks.EvidenceFile>();

    /// <summary>The bytes of evidence files, loaded only for a download.</summary>
    public DbSet<Core.Checks.EvidenceFileContent> EvidenceFileContents => Set<Core.Checks.EvidenceFileContent>();

    /// <summary>Policy news board posts (정책뉴스).</summary>
    public DbSet<Core.Community.NewsPost> NewsPosts => Set<Core.Community.NewsPost>();

    /// <summary>Good practices (우수사례) of governments.</summary>
    public DbSet<Core.Community.GoodPractice> GoodPractices => Set<Core.Community.GoodPractice>();

    /// <summary>Users' bookmarks of good practices.</summary>
    public DbSet<Core.Community.PracticeBookmark> PracticeBookmarks => Set<Core.Community.PracticeBookmark>();

    /// <summary>Attachments of news posts and good practices (their bytes in <see cref="CommunityFileContents"/>).</summary>
    public DbSet<Core.Community.CommunityFile> CommunityFiles => Set<Core.Community.CommunityFile>();

    /// <summary>The bytes of community attachments.</summary>
    public DbSet<Core.Community.CommunityFileContent> CommunityFileContents => Set<Core.Community.CommunityFileContent>();

    /// <summary>Campaigns (캠페인) with their pledge actions.</summary>
    public DbSet<Core.Community.Campaign> Campaigns => Set<Core.Community.Campaign>();

    /// <summary>Citizens' pledges (no personal data but an optional name).</summary>
    public DbSet<Core.Community.Pledge> Pledges => Set<Core.Community.Pledge>();

    /// <summary>Citizens' feedback on published plans, with its moderation.</summary>
    public DbSet<Core.Community.PlanFeedback> PlanFeedback => Set<Core.Community.PlanFeedback>();

    /// <summary>Uploaded files waiting for their import to be confirmed.</summary>
    public DbSet<Inventory.PendingUpload> PendingUploads => Set<Inventory.PendingUpload>();

    /// <summary>Which governments each user is bound to.</summary>
    public DbSet<UserGovernment> UserGovernments => Set<UserGovernment>();

    /// <summary>Personal access tokens for API clients.</summary>
    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();

    /// <summary>Signed-in browsers, checked on every request.</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>The audit trail: one row per written entity.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The seeding passes that ran to the end, by the version of the seed they applied.</summary>
    public DbSet<Seeding.SeedRun> SeedRuns => Set<Seeding.SeedRun>();

    /// <summary>Published regional inventory figures, as published (Seed/Reference, regional-inventory-*.csv).</summary>
    public DbSet<Core.Regional.RegionalFigure> RegionalFigures => Set<Core.Regional.RegionalFigure>();

    /// <summary>Published regional reduction targets (Seed/Reference/regional-targets.csv).</summary>
    public DbSet<Core.Regional.PublishedTarget> PublishedTargets => Set<Core.Regional.PublishedTarget>();

    /// <summary>Notifications (알림) and the record of every reminder sent, one per person, item and reason.</summary>
    public DbSet<Core.Inbox.Notice> Notices => Set<Core.Inbox.Notice>();

    /// <summary>How each person wants to be told (e-mail or not, at once or in a daily digest).</summary>
    public DbSet<Core.Inbox.NotificationPreference> NotificationPreferences => Set<Core.Inbox.NotificationPreference>();

    /// <summary>ASP.NET Core data-protection keys, shared by every web instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<RegionCode>().HaveConversion<ValueConverters.RegionCodeConverter>().HaveMaxLength(5);
        configurationBuilder.Properties<ReportingYear>().HaveConversion<ValueConverters.ReportingYearConverter>();
        configurationBuilder.Properties<TonnesCo2e>().HaveConversion<ValueConverters.TonnesConverter>().HavePrecision(20, 4);
        configurationBuilder.Properties<SectorCode>().HaveConversion<ValueConverters.SectorCodeConverter>().HaveMaxLength(32);
        configurationBuilder.Properties<FigureLine>().HaveConversion<ValueConverters.FigureLineConverter>().HaveMaxLength(32);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TansoDb).Assembly);
        if (Database.IsSqlite())
        {
            InventoryEntryConfiguration.UseRowidOnSqlite(builder);
        }
    }

    /// <summary>
    /// Saves, and records every change in the audit trail in the same transaction; an entity that is
    /// <see cref="Core.IVersioned"/> moves to the next version, and a stale one raises
    /// <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // One scan of the tracked entities for the whole save: the unstorable-text guard, the audit capture and EF Core's
        // two saves would each scan them again (every tracked entity, changed or not) with automatic detection on.
        // A caller that turned detection off keeps it off.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect)
        {
            ChangeTracker.DetectChanges();
        }
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task<int> SaveDetectedChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        RefuseUnstorableText();
        var pending = AuditTrail.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Keys of inserted rows exist only after the first save; the audit rows follow in the same transaction.
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            var at = Clock.GetUtcNow().UtcDateTime;
            var actor = Actor();
            AuditEntries.AddRange(pending.Select(p => AuditTrail.ToEntry(p, actor, at)));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Adds an account event that changes no audited column (a reset link issued) to the trail; it is
    /// written by the next save, in the same transaction as whatever else that save writes.</summary>
    public void AddAuditEvent(string entityType, string entityId, string action, object? details = null) =>
        AuditEntries.Add(AuditTrail.Event(Actor(), Clock.GetUtcNow().UtcDateTime, entityType, entityId, action, details));

    /// <summary>Synchronous saves are allowed only for unaudited rows (the data-protection key ring writes
    /// synchronously); anything else must go through <see cref="SaveChangesAsync(bool, CancellationToken)"/>.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseUnstorableText();
        return AuditTrail.HasAuditedChanges(ChangeTracker)
            ? throw new InvalidOperationException("Use SaveChangesAsync: a synchronous save would bypass the audit trail.")
            : base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // Before anything is written: a NUL in a name would fail on PostgreSQL halfway through a save and be kept on SQLite.
    private void RefuseUnstorableText()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && (entry.State == EntityState.Added || property.IsModified)
                    && Core.StorableText.Problem(text) is { } problem)
                {
                    throw new UnstorableTextException(entry.Metadata.ClrType.Name, property.Metadata.Name, problem.Ko, problem.En);
                }
            }
        }
    }
}

/// <summary>Tanso on SQLite, with the SQLite migrations.</summary>
public sealed class SqliteTansoDb(DbContextOptions<SqliteTansoDb> options) : TansoDb(options);

/// <summary>Tanso on PostgreSQL, with the PostgreSQL migrations.</summary>
public sealed class PostgresTansoDb(DbContextOptions<PostgresTansoDb> options) : TansoDb(options);
