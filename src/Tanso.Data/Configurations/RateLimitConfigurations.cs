using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Data.RateLimiting;

namespace Tanso.Data.Configurations;

internal sealed class RateLimitWindowConfiguration : IEntityTypeConfiguration<RateLimitWindow>
{
    public void Configure(EntityTypeBuilder<RateLimitWindow> b)
    {
        b.ToTable("rate_limit_windows");
        b.HasKey(w => w.Key);
        b.Property(w => w.Key).HasMaxLength(200);
        b.HasIndex(w => w.StartedMs);
    }
}

internal sealed class SharedSecretConfiguration : IEntityTypeConfiguration<SharedSecret>
{
    public void Configure(EntityTypeBuilder<SharedSecret> b)
    {
        b.ToTable("shared_secrets");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(100);
    }
}
