using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core;
using Tanso.Core.Governments;
using Tanso.Core.Regional;

namespace Tanso.Data.Configurations;

internal sealed class RegionalFigureConfiguration : IEntityTypeConfiguration<RegionalFigure>
{
    public void Configure(EntityTypeBuilder<RegionalFigure> b)
    {
        b.ToTable("regional_figures");
        b.HasOne<Government>().WithMany().HasForeignKey(f => f.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.Series).HasMaxLength(RegionalFigure.MaxSeries);
        b.Property(f => f.LineKo).HasMaxLength(RegionalFigure.MaxLine);
        b.Property(f => f.LineEn).HasMaxLength(RegionalFigure.MaxLine);
        b.Property(f => f.Note).HasMaxLength(TextLimits.Note);
        b.Property(f => f.Source).HasMaxLength(TextLimits.Source);
        // A line appears once per government, series, year and scope; the seed relies on it to insert only what is missing.
        b.HasIndex(f => new { f.GovernmentId, f.Series, f.Year, f.Scope, f.LineKo }).IsUnique();
    }
}

internal sealed class PublishedTargetConfiguration : IEntityTypeConfiguration<PublishedTarget>
{
    public void Configure(EntityTypeBuilder<PublishedTarget> b)
    {
        b.ToTable("published_targets");
        b.HasOne<Government>().WithMany().HasForeignKey(t => t.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Plan).HasMaxLength(PublishedTarget.MaxPlan);
        b.Property(t => t.BaseEmissionsText).HasMaxLength(40);
        b.Property(t => t.BaseEmissionsMt).HasPrecision(12, 4);
        b.Property(t => t.TargetEmissionsMt).HasPrecision(12, 4);
        b.Property(t => t.ReductionPercent).HasPrecision(8, 3);
        b.Property(t => t.BaseScope).HasMaxLength(TextLimits.Note);
        b.Property(t => t.Note).HasMaxLength(TextLimits.Note);
        b.Property(t => t.Source).HasMaxLength(TextLimits.Source);
        b.HasIndex(t => new { t.GovernmentId, t.Plan, t.TargetYear }).IsUnique();
    }
}
