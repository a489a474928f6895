using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core;
using Tanso.Core.Governments;

namespace Tanso.Data.Configurations;

internal sealed class GovernmentConfiguration : IEntityTypeConfiguration<Government>
{
    public void Configure(EntityTypeBuilder<Government> b)
    {
        b.ToTable("governments");
        b.Property(g => g.NameKo).HasMaxLength(TextLimits.Label).IsRequired();
        b.Property(g => g.NameEn).HasMaxLength(TextLimits.Label).IsRequired();
        b.Property(g => g.Version).IsConcurrencyToken();
        b.Property(g => g.Note).HasMaxLength(500);
        b.HasOne<Government>().WithMany().HasForeignKey(g => g.ParentId).OnDelete(DeleteBehavior.Restrict);
        // Codes are reused over time (a code can pass to a successor), so uniqueness includes the start date.
        b.HasIndex(g => new { g.AdministrativeCode, g.ValidFrom });
        b.HasIndex(g => g.SgisCode);
        b.HasIndex(g => g.Level);
        b.OwnsMany(g => g.FormerNames, n =>
        {
            n.ToTable("government_former_names");
            n.WithOwner().HasForeignKey("GovernmentId");
            n.Property<int>("Id");
            n.HasKey("Id");
            n.Property(f => f.NameKo).HasMaxLength(TextLimits.Label).IsRequired();
            n.Property(f => f.NameEn).HasMaxLength(TextLimits.Label).IsRequired();
            n.Property(f => f.Source).HasMaxLength(500).IsRequired();
        });
        b.Navigation(g => g.FormerNames).HasField("_formerNames");
    }
}
