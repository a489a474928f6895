using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core;
using Tanso.Core.Governments;
using Tanso.Core.Pathways;

namespace Tanso.Data.Configurations;

internal sealed class ScenarioConfiguration : IEntityTypeConfiguration<Scenario>
{
    public void Configure(EntityTypeBuilder<Scenario> b)
    {
        b.ToTable("scenarios");
        b.Property(s => s.Code).HasMaxLength(60);
        b.Property(s => s.NameKo).HasMaxLength(TextLimits.Title);
        b.Property(s => s.NameEn).HasMaxLength(TextLimits.Title);
        b.Property(s => s.Description).HasMaxLength(TextLimits.Paragraph);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.Definition);
        b.HasOne<Government>().WithMany().HasForeignKey(s => s.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Scenario>().WithMany().HasForeignKey(s => s.CopiedFromId).OnDelete(DeleteBehavior.SetNull);
        b.Ignore(s => s.Basis);
        // Stored by name like the plan's basis (flags can be longer than the 40 of other enums).
        b.Property(s => s.BasisAdjustments).HasMaxLength(80);
        b.HasMany(s => s.Points).WithOne().HasForeignKey(p => p.ScenarioId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.LineMethods).WithOne().HasForeignKey(m => m.ScenarioId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.Code).IsUnique();
        b.HasIndex(s => s.GovernmentId);
    }
}

internal sealed class ScenarioPointConfiguration : IEntityTypeConfiguration<ScenarioPoint>
{
    public void Configure(EntityTypeBuilder<ScenarioPoint> b)
    {
        b.ToTable("scenario_points");
        b.Property(p => p.Source).HasMaxLength(TextLimits.Source);
        b.HasIndex(p => new { p.ScenarioId, p.Sector, p.Year }).IsUnique();
    }
}

internal sealed class ScenarioLineMethodConfiguration : IEntityTypeConfiguration<ScenarioLineMethod>
{
    public void Configure(EntityTypeBuilder<ScenarioLineMethod> b)
    {
        b.ToTable("scenario_line_methods");
        b.HasIndex(m => new { m.ScenarioId, m.Sector }).IsUnique();
    }
}
