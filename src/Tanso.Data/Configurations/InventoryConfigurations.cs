using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Data.Inventory;

namespace Tanso.Data.Configurations;

internal sealed class InventoryEntryConfiguration : IEntityTypeConfiguration<InventoryEntry>
{
    /// <summary>On SQLite, a plain rowid key instead of AUTOINCREMENT: an entry's id is never shown or referenced, so a
    /// reused id cannot confuse anyone, and AUTOINCREMENT's per-row bookkeeping slowed bulk imports (docs/benchmarks.md).
    /// PostgreSQL's identity column is unaffected.</summary>
    public static void UseRowidOnSqlite(ModelBuilder builder) =>
        builder.Entity<InventoryEntry>().Property(e => e.Id).Metadata.SetValueGenerationStrategy(Microsoft.EntityFrameworkCore.Metadata.SqliteValueGenerationStrategy.None);

    public void Configure(EntityTypeBuilder<InventoryEntry> b)
    {
        b.ToTable("inventory_entries");
        b.Property(e => e.SubSector).HasMaxLength(100);
        b.Property(e => e.Category).HasMaxLength(40);
        b.Ignore(e => e.Key);
        b.HasOne<InventoryEdition>().WithMany().HasForeignKey(e => e.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Government>().WithMany().HasForeignKey(e => e.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        // Editions are never overwritten: one value per key and edition. One index only, led by the
        // government, serves every read (a government's editions, an edition's entries for a government)
        // and costs imports half of what a second index would (bench/ measures it).
        b.HasIndex(e => new { e.GovernmentId, e.EditionId, e.Sector, e.SubSector, e.Gas, e.Year }).IsUnique();
        b.HasIndex(e => e.EditionId);
    }
}

internal sealed class ReportedLineConfiguration : IEntityTypeConfiguration<ReportedLine>
{
    public void Configure(EntityTypeBuilder<ReportedLine> b)
    {
        b.ToTable("inventory_reported_lines");
        b.Property(l => l.Label).HasMaxLength(100);
        b.Property(l => l.Category).HasMaxLength(40);
        b.Property(l => l.Tonnes).HasPrecision(20, 4);
        b.HasOne<InventoryEdition>().WithMany().HasForeignKey(l => l.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Government>().WithMany().HasForeignKey(l => l.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => new { l.GovernmentId, l.EditionId, l.Role, l.Label, l.Gas, l.Year }).IsUnique();
        b.HasIndex(l => l.EditionId);
    }
}

internal sealed class SectorAliasConfiguration : IEntityTypeConfiguration<SectorAlias>
{
    public void Configure(EntityTypeBuilder<SectorAlias> b)
    {
        b.ToTable("sector_aliases");
        b.Property(a => a.Scheme).HasMaxLength(16);
        b.Property(a => a.Key).HasMaxLength(200);
        b.Property(a => a.MapsTo).HasMaxLength(64);
        b.Property(a => a.TopCode).HasMaxLength(16);
        b.Property(a => a.Note).HasMaxLength(TextLimits.Line);
        b.HasIndex(a => new { a.Scheme, a.Key }).IsUnique();
    }
}

internal sealed class InventoryImportConfiguration : IEntityTypeConfiguration<InventoryImport>
{
    public void Configure(EntityTypeBuilder<InventoryImport> b)
    {
        b.ToTable("inventory_imports");
        b.Property(i => i.FileName).HasMaxLength(TextLimits.FileName);
        b.Property(i => i.Format).HasMaxLength(100);
        b.HasOne<InventoryEdition>().WithMany().HasForeignKey(i => i.EditionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GovernmentAffiliationConfiguration : IEntityTypeConfiguration<GovernmentAffiliation>
{
    public void Configure(EntityTypeBuilder<GovernmentAffiliation> b)
    {
        b.ToTable("government_affiliations");
        b.Property(a => a.Source).HasMaxLength(500);
        b.HasOne<Government>().WithMany().HasForeignKey(a => a.GovernmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Government>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.GovernmentId, a.ValidFrom }).IsUnique();
    }
}

internal sealed class GovernmentStatisticConfiguration : IEntityTypeConfiguration<GovernmentStatistic>
{
    public void Configure(EntityTypeBuilder<GovernmentStatistic> b)
    {
        b.ToTable("government_statistics");
        b.Property(s => s.GrdpMillionKrw).HasPrecision(20, 2);
        b.Property(s => s.Source).HasMaxLength(TextLimits.Line);
        b.HasOne<Government>().WithMany().HasForeignKey(s => s.GovernmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.GovernmentId, s.Year }).IsUnique();
    }
}

internal sealed class PendingUploadConfiguration : IEntityTypeConfiguration<PendingUpload>
{
    public void Configure(EntityTypeBuilder<PendingUpload> b)
    {
        b.ToTable("pending_uploads");
        b.Property(u => u.UserId).HasMaxLength(450);
        b.Property(u => u.FileName).HasMaxLength(TextLimits.FileName);
        b.Property(u => u.EditionCode).HasMaxLength(InventoryEdition.CodeLength);
        b.Property(u => u.EditionName).HasMaxLength(TextLimits.Name);
        b.Property(u => u.Publisher).HasMaxLength(TextLimits.Name);
        b.Property(u => u.MethodNote).HasMaxLength(TextLimits.Note);
        b.Property(u => u.Source).HasMaxLength(TextLimits.Source);
        b.Ignore(u => u.Edition);
        b.Ignore(u => u.Options);
        b.Property(u => u.Unit).HasMaxLength(40);
        b.Property(u => u.Government).HasMaxLength(TextLimits.Name);
        b.Property(u => u.Numbering).HasMaxLength(16);
        b.Property(u => u.IgnoreColumns).HasMaxLength(TextLimits.Line);
        b.HasIndex(u => u.CreatedUtc);
    }
}
