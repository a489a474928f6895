using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Data.Seeding;

namespace Tanso.Data.Configurations;

internal sealed class SeedRunConfiguration : IEntityTypeConfiguration<SeedRun>
{
    public void Configure(EntityTypeBuilder<SeedRun> b)
    {
        b.ToTable("seed_runs");
        b.HasKey(r => r.Stamp);
        b.Property(r => r.Stamp).HasMaxLength(64);
    }
}
