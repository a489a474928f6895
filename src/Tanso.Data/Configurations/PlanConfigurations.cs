using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Plans;

namespace Tanso.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("plans");
        b.Property(p => p.Title).HasMaxLength(TextLimits.Title);
        b.Property(p => p.BaseSource).HasMaxLength(TextLimits.Source);
        b.Property(p => p.ScopeNote).HasMaxLength(TextLimits.Note);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Basis);
        // Flags are stored by name ("Ccus, InternationalCredits, DirectAirCapture"), longer than the 40 of other enums.
        b.Property(p => p.BasisAdjustments).HasMaxLength(80);
        b.HasOne<Government>().WithMany().HasForeignKey(p => p.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InventoryEdition>().WithMany().HasForeignKey(p => p.BaseEditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.ManualPoints).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        // The plan changes its lists only through its methods; EF fills the private lists behind them.
        b.Navigation(p => p.Targets).HasField("targets").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(p => p.Tasks).HasField("tasks").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(p => p.ManualPoints).HasField("manualPoints").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(p => new { p.LineageId, p.Revision });
        b.HasIndex(p => new { p.GovernmentId, p.Status });
        // "Plans waiting for me": an inbox asks by the party whose move it is.
        b.HasIndex(p => new { p.WaitingFor, p.Status });
        b.Property(p => p.CommitteeMinutesName).HasMaxLength(TextLimits.FileName);
        b.Property(p => p.SubmittedById).HasMaxLength(450);
        b.Property(p => p.SubmittedByName).HasMaxLength(TextLimits.Name);
        b.Property(p => p.ReviewerId).HasMaxLength(450);
        b.Property(p => p.ReviewerName).HasMaxLength(TextLimits.Name);
        b.Property(p => p.ReturnReason).HasMaxLength(TextLimits.Note);
        b.HasMany(p => p.Opinions).WithOne().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Opinions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanReviewOpinionConfiguration : IEntityTypeConfiguration<PlanReviewOpinion>
{
    public void Configure(EntityTypeBuilder<PlanReviewOpinion> b)
    {
        b.ToTable("plan_review_opinions");
        b.Property(o => o.AuthorId).HasMaxLength(450);
        b.Property(o => o.AuthorName).HasMaxLength(TextLimits.Name);
        b.Property(o => o.Text).HasMaxLength(TextLimits.Paragraph);
        b.Property(o => o.Answer).HasMaxLength(TextLimits.Reply);
        b.Property(o => o.AnsweredByName).HasMaxLength(TextLimits.Name);
        b.HasIndex(o => new { o.PlanId, o.WrittenAtUtc });
    }
}

internal sealed class PlanCommitteeMinutesConfiguration : IEntityTypeConfiguration<PlanCommitteeMinutes>
{
    public void Configure(EntityTypeBuilder<PlanCommitteeMinutes> b)
    {
        b.ToTable("plan_committee_minutes");
        b.HasKey(m => m.PlanId);
        b.Property(m => m.FileName).HasMaxLength(TextLimits.FileName);
        b.Property(m => m.ContentType).HasMaxLength(TextLimits.Label);
        b.HasOne<Plan>().WithOne().HasForeignKey<PlanCommitteeMinutes>(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> b)
    {
        b.ToTable("plan_targets");
        b.Property(t => t.Value).HasPrecision(20, 4);
        // One target per year and sector (the total has no sector).
        b.HasIndex(t => new { t.PlanId, t.Year, t.Sector }).IsUnique();
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> b)
    {
        b.ToTable("plan_tasks");
        b.Property(t => t.Code).HasMaxLength(TextLimits.Code);
        b.Property(t => t.Name).HasMaxLength(TextLimits.Line);
        b.Property(t => t.Department).HasMaxLength(TextLimits.Name);
        b.HasOne(t => t.Parent).WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Years).WithOne().HasForeignKey(y => y.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Kpis).WithOne().HasForeignKey(k => k.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.PlanId, t.Code }).IsUnique();
        b.Property(t => t.RetiredReason).HasMaxLength(TextLimits.Note);
        b.Navigation(t => t.Years).HasField("years").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(t => t.Kpis).HasField("kpis").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(t => t.Parent).HasField("parent").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(t => t.CostPerTonne);
        b.Ignore(t => t.IsRetired);
        b.Ignore(t => t.CountedYears);
    }
}

internal sealed class PlanTaskYearConfiguration : IEntityTypeConfiguration<PlanTaskYear>
{
    public void Configure(EntityTypeBuilder<PlanTaskYear> b)
    {
        b.ToTable("plan_task_years");
        b.Property(y => y.BudgetKrw).HasPrecision(20, 0);
        b.HasIndex(y => new { y.TaskId, y.Year }).IsUnique();
    }
}

internal sealed class PlanKpiConfiguration : IEntityTypeConfiguration<PlanKpi>
{
    public void Configure(EntityTypeBuilder<PlanKpi> b)
    {
        b.ToTable("plan_kpis");
        b.Property(k => k.Name).HasMaxLength(TextLimits.Title);
        b.Property(k => k.Unit).HasMaxLength(TextLimits.Code);
        b.Property(k => k.BaseValue).HasPrecision(20, 4);
        b.HasMany(k => k.Targets).WithOne().HasForeignKey(t => t.KpiId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(k => k.Targets).HasField("targets").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanKpiTargetConfiguration : IEntityTypeConfiguration<PlanKpiTarget>
{
    public void Configure(EntityTypeBuilder<PlanKpiTarget> b)
    {
        b.ToTable("plan_kpi_targets");
        b.Property(t => t.Value).HasPrecision(20, 4);
        b.HasIndex(t => new { t.KpiId, t.Year }).IsUnique();
    }
}

internal sealed class PlanTrajectoryPointConfiguration : IEntityTypeConfiguration<PlanTrajectoryPoint>
{
    public void Configure(EntityTypeBuilder<PlanTrajectoryPoint> b)
    {
        b.ToTable("plan_trajectory_points");
        b.HasIndex(p => new { p.PlanId, p.Sector, p.Year }).IsUnique();
    }
}
