using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core;
using Tanso.Core.Figures;

namespace Tanso.Data.Configurations;

internal sealed class InventoryEditionConfiguration : IEntityTypeConfiguration<InventoryEdition>
{
    public void Configure(EntityTypeBuilder<InventoryEdition> b)
    {
        b.ToTable("inventory_editions");
        b.Property(e => e.Code).HasMaxLength(InventoryEdition.CodeLength);
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.NameKo).HasMaxLength(TextLimits.Name);
        b.Property(e => e.NameEn).HasMaxLength(TextLimits.Name);
        b.Property(e => e.Publisher).HasMaxLength(TextLimits.Name);
        b.Property(e => e.MethodNote).HasMaxLength(TextLimits.Note);
        b.Property(e => e.Source).HasMaxLength(TextLimits.Source);
        b.Property(e => e.WithdrawnReason).HasMaxLength(TextLimits.Note);
        b.Ignore(e => e.IsWithdrawn);
        b.Ignore(e => e.IsInForce);
        b.HasOne<InventoryEdition>().WithMany().HasForeignKey(e => e.SupersededById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FigureSeriesConfiguration : IEntityTypeConfiguration<FigureSeries>
{
    public void Configure(EntityTypeBuilder<FigureSeries> b)
    {
        b.ToTable("figure_series");
        b.Property(s => s.Code).HasMaxLength(64);
        b.HasIndex(s => s.Code).IsUnique();
        b.Property(s => s.ReferenceName).HasMaxLength(200);
        b.HasIndex(s => s.ReferenceName).IsUnique();
        b.Property(s => s.NameKo).HasMaxLength(200);
        b.Property(s => s.NameEn).HasMaxLength(200);
        b.Property(s => s.ShortKo).HasMaxLength(40);
        b.Property(s => s.ShortEn).HasMaxLength(40);
    }
}

internal sealed class OfficialFigureConfiguration : IEntityTypeConfiguration<OfficialFigure>
{
    public void Configure(EntityTypeBuilder<OfficialFigure> b)
    {
        b.ToTable("official_figures");
        b.HasOne(f => f.Series).WithMany().HasForeignKey(f => f.SeriesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Edition).WithMany().HasForeignKey(f => f.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.Source).HasMaxLength(TextLimits.Source).IsRequired();
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => new { f.SeriesId, f.Year, f.Line }).IsUnique();
    }
}
