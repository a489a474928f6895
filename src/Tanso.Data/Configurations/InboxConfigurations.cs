using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core.Inbox;
using Tanso.Data.Accounts;

namespace Tanso.Data.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.ToTable("notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.UserId).HasMaxLength(450);
        b.Property(n => n.ItemKey).HasMaxLength(120);
        b.Property(n => n.TitleKo).HasMaxLength(Notice.MaxTitle);
        b.Property(n => n.TitleEn).HasMaxLength(Notice.MaxTitle);
        b.Property(n => n.Link).HasMaxLength(300);
        b.Property(n => n.MailError).HasMaxLength(500);
        // The claim: of several instances making the same reminder, only the insert that lands sends it.
        b.HasIndex(n => new { n.UserId, n.ItemKey, n.Kind }).IsUnique();
        b.HasIndex(n => new { n.UserId, n.ReadUtc });
        b.HasIndex(n => n.Mail);
        b.HasOne<TansoUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("notification_preferences");
        b.HasKey(p => p.UserId);
        b.Property(p => p.UserId).HasMaxLength(450);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne<TansoUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
