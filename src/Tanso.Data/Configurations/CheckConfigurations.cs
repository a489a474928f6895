using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Data.Accounts;

namespace Tanso.Data.Configurations;

internal sealed class CheckCycleConfiguration : IEntityTypeConfiguration<CheckCycle>
{
    public void Configure(EntityTypeBuilder<CheckCycle> b)
    {
        b.ToTable("check_cycles");
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.Period);
        b.Ignore(c => c.AcceptsProgress);
        b.Ignore(c => c.SettingsLocked);
        // Stored as JSON. No column default: every cycle is created with its settings and rubric (the constructor sets
        // both), and a column default of a JSON object would keep EF Core's compiled model from being generated.
        b.Property(c => c.Settings).HasConversion(new CheckJson.SettingsConverter(), new CheckJson.SettingsComparer());
        b.Property(c => c.Rubric).HasConversion(new CheckJson.RubricConverter(), new CheckJson.RubricComparer());
        b.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Government>().WithMany().HasForeignKey(c => c.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Deadlines).WithOne().HasForeignKey("CycleId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Deadlines).HasField("deadlines").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Progress).WithOne().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Evaluators).WithOne().HasForeignKey(e => e.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Evaluators).HasField("evaluators").UsePropertyAccessMode(PropertyAccessMode.Field);
        // One cycle per plan and period, also when two people open it at once: a monthly cycle per (plan, year,
        // month), an annual one per (plan, year). Two filtered indexes, as NULL months never collide in one index.
        b.HasIndex(c => new { c.PlanId, c.Year, c.Month }).IsUnique().HasFilter("\"Month\" IS NOT NULL");
        b.HasIndex(c => new { c.PlanId, c.Year }).IsUnique().HasFilter("\"Month\" IS NULL").HasDatabaseName("IX_check_cycles_PlanId_Year_annual");
        b.HasIndex(c => new { c.GovernmentId, c.Year });
    }
}

internal sealed class StageDeadlineConfiguration : IEntityTypeConfiguration<StageDeadline>
{
    public void Configure(EntityTypeBuilder<StageDeadline> b) => b.ToTable("check_cycle_deadlines");
}

internal sealed class TaskProgressConfiguration : IEntityTypeConfiguration<TaskProgress>
{
    public void Configure(EntityTypeBuilder<TaskProgress> b)
    {
        b.ToTable("check_task_progress");
        b.Property(p => p.BudgetExecutedKrw).HasPrecision(20, 0);
        b.Property(p => p.Narrative).HasMaxLength(4000);
        b.Property(p => p.Evidence).HasMaxLength(4000);
        b.HasOne<PlanTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Actuals).WithOne().HasForeignKey(a => a.TaskProgressId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.CycleId, p.TaskId }).IsUnique();
    }
}

internal sealed class KpiActualConfiguration : IEntityTypeConfiguration<KpiActual>
{
    public void Configure(EntityTypeBuilder<KpiActual> b)
    {
        b.ToTable("check_kpi_actuals");
        b.Property(a => a.Value).HasPrecision(20, 4);
        b.HasOne<PlanKpi>().WithMany().HasForeignKey(a => a.KpiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.TaskProgressId, a.KpiId }).IsUnique();
    }
}

internal sealed class CycleEvaluatorConfiguration : IEntityTypeConfiguration<CycleEvaluator>
{
    public void Configure(EntityTypeBuilder<CycleEvaluator> b)
    {
        b.ToTable("check_cycle_evaluators");
        b.HasOne<TansoUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.CycleId, e.UserId }).IsUnique();
    }
}

internal sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> b)
    {
        b.ToTable("check_score_sheets");
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<CheckCycle>().WithMany().HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<TansoUser>().WithMany().HasForeignKey(s => s.EvaluatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Scores).WithOne().HasForeignKey(s => s.SheetId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.CycleId, s.EvaluatorId }).IsUnique();
    }
}

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> b)
    {
        b.ToTable("check_criterion_scores");
        b.Property(s => s.Criterion).HasMaxLength(200);
        b.Property(s => s.Level).HasMaxLength(100);
        b.Property(s => s.Score).HasPrecision(9, 4);
        b.Property(s => s.Comment).HasMaxLength(4000);
        b.Property(s => s.Evidence).HasMaxLength(4000);
        b.HasIndex(s => new { s.SheetId, s.Criterion }).IsUnique();
    }
}

internal sealed class EvaluationReviewConfiguration : IEntityTypeConfiguration<EvaluationReview>
{
    public void Configure(EntityTypeBuilder<EvaluationReview> b)
    {
        b.ToTable("check_reviews");
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Property(r => r.Score).HasPrecision(9, 4);
        b.Property(r => r.Comment).HasMaxLength(4000);
        b.Property(r => r.Reply).HasMaxLength(8000);
        b.HasOne<CheckCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Government>().WithMany().HasForeignKey(r => r.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InventoryEdition>().WithMany().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.CycleId, r.GovernmentId, r.Scope }).IsUnique();
        b.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Items).HasField("items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReplyItemConfiguration : IEntityTypeConfiguration<ReplyItem>
{
    public void Configure(EntityTypeBuilder<ReplyItem> b)
    {
        b.ToTable("check_review_reply_items");
        b.Property(i => i.Text).HasMaxLength(4000);
        b.Ignore(i => i.Target);
        // One reply per score or opinion: the reply is sent once, whole.
        b.HasIndex(i => new { i.ReviewId, i.Kind, i.TargetId }).IsUnique();
    }
}

internal sealed class CalibrationResolutionConfiguration : IEntityTypeConfiguration<CalibrationResolution>
{
    public void Configure(EntityTypeBuilder<CalibrationResolution> b)
    {
        b.ToTable("check_calibrations");
        b.Property(r => r.Criterion).HasMaxLength(200);
        b.Property(r => r.Scores).HasMaxLength(4000);
        b.Property(r => r.Note).HasMaxLength(4000);
        b.Property(r => r.ResolvedBy).HasMaxLength(200);
        b.HasOne<CheckCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        // One standing resolution per criterion: a new calibration replaces the last.
        b.HasIndex(r => new { r.CycleId, r.Criterion }).IsUnique();
    }
}

internal sealed class ImprovementOpinionConfiguration : IEntityTypeConfiguration<ImprovementOpinion>
{
    public void Configure(EntityTypeBuilder<ImprovementOpinion> b)
    {
        b.ToTable("check_opinions");
        b.Property(o => o.Version).IsConcurrencyToken();
        b.Property(o => o.Text).HasMaxLength(4000);
        b.Property(o => o.Reason).HasMaxLength(4000);
        b.Property(o => o.WithdrawalReason).HasMaxLength(4000);
        b.Ignore(o => o.IsOpen);
        b.Ignore(o => o.IsWithdrawn);
        b.Ignore(o => o.Original);
        b.HasOne<CheckCycle>().WithMany().HasForeignKey(o => o.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Government>().WithMany().HasForeignKey(o => o.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlanTask>().WithMany().HasForeignKey(o => o.TaskId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.CarriedFrom).WithMany().HasForeignKey(o => o.CarriedFromId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ImprovementOpinion>().WithMany().HasForeignKey(o => o.OriginalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.CycleId, o.Id });
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.ToTable("check_evidence_files");
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.UploadedBy).HasMaxLength(200);
        // Evidence goes with its cycle, and with its task should a task ever be deleted; the bytes go with the file.
        b.HasOne<CheckCycle>().WithMany().HasForeignKey(f => f.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PlanTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(f => f.Content).WithOne().HasForeignKey<EvidenceFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.CycleId, f.TaskId });
    }
}

internal sealed class EvidenceFileContentConfiguration : IEntityTypeConfiguration<EvidenceFileContent>
{
    public void Configure(EntityTypeBuilder<EvidenceFileContent> b)
    {
        b.ToTable("check_evidence_file_contents");
        b.HasKey(c => c.FileId);
    }
}
