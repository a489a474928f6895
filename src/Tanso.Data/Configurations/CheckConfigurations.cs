using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core.Checks;
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
        b.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Government>().WithMany().HasForeignKey(c => c.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Deadlines).WithOne().HasForeignKey("CycleId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Deadlines).HasField("deadlines").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Progress).WithOne().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Evaluators).WithOne().HasForeignKey(e => e.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.PlanId, c.Year, c.Month });
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
