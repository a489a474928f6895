using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core;
using Tanso.Core.Governments;
using Tanso.Data.Accounts;
using Tanso.Data.Auditing;

namespace Tanso.Data.Configurations;

internal sealed class TansoUserConfiguration : IEntityTypeConfiguration<TansoUser>
{
    public void Configure(EntityTypeBuilder<TansoUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(TextLimits.Name);
        b.HasMany(u => u.Governments).WithOne().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserGovernmentConfiguration : IEntityTypeConfiguration<UserGovernment>
{
    public void Configure(EntityTypeBuilder<UserGovernment> b)
    {
        b.ToTable("user_governments");
        b.HasKey(g => new { g.UserId, g.GovernmentId });
        b.HasOne<Government>().WithMany().HasForeignKey(g => g.GovernmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.Property(a => a.ActorName).HasMaxLength(256);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(32);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => a.AtUtc);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> b)
    {
        b.ToTable("access_tokens");
        b.Property(t => t.Name).HasMaxLength(TextLimits.Name);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.Property(t => t.Hint).HasMaxLength(16);
        b.Property(t => t.GovernmentIds).HasMaxLength(2000);
        b.HasOne<TansoUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("user_sessions");
        b.Property(s => s.Id).HasMaxLength(64);
        b.Property(s => s.UserAgent).HasMaxLength(UserSession.UserAgentLength);
        b.Property(s => s.Address).HasMaxLength(64);
        b.Property(s => s.EndedReason).HasMaxLength(32);
        b.HasIndex(s => s.UserId);
        b.HasOne<TansoUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
