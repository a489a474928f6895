using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanso.Core.Checks;
using Tanso.Core.Community;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Data.Accounts;

namespace Tanso.Data.Configurations;

internal sealed class NewsPostConfiguration : IEntityTypeConfiguration<NewsPost>
{
    public void Configure(EntityTypeBuilder<NewsPost> b)
    {
        b.ToTable("news_posts");
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Property(p => p.Title).HasMaxLength(NewsPost.MaxTitle);
        b.Property(p => p.Organisation).HasMaxLength(NewsPost.MaxOrganisation);
        b.Property(p => p.Body).HasMaxLength(NewsPost.MaxBody);
        b.Property(p => p.ImportedFrom).HasMaxLength(300);
        b.Property(p => p.SourceUrl).HasMaxLength(NewsPost.MaxSourceUrl);
        // The number is the post's public name; the unique index is what stops two concurrent posts taking the same one.
        b.HasIndex(p => p.Number).IsUnique();
        b.HasMany(p => p.Attachments).WithOne().HasForeignKey(f => f.NewsPostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GoodPracticeConfiguration : IEntityTypeConfiguration<GoodPractice>
{
    public void Configure(EntityTypeBuilder<GoodPractice> b)
    {
        b.ToTable("good_practices");
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Property(p => p.Title).HasMaxLength(GoodPractice.MaxTitle);
        b.Property(p => p.Summary).HasMaxLength(GoodPractice.MaxSummary);
        b.Property(p => p.Body).HasMaxLength(GoodPractice.MaxBody);
        b.HasOne<Government>().WithMany().HasForeignKey(p => p.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CheckCycle>().WithMany().HasForeignKey(p => p.CheckCycleId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.GoodPracticeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Attachments).WithOne().HasForeignKey(f => f.GoodPracticeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.Status, p.GovernmentId });
    }
}

internal sealed class GoodPracticeTaskConfiguration : IEntityTypeConfiguration<GoodPracticeTask>
{
    public void Configure(EntityTypeBuilder<GoodPracticeTask> b)
    {
        b.ToTable("good_practice_tasks");
        b.HasKey(t => new { t.GoodPracticeId, t.TaskId });
        b.HasOne<PlanTask>().WithMany().HasForeignKey(t => t.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PracticeBookmarkConfiguration : IEntityTypeConfiguration<PracticeBookmark>
{
    public void Configure(EntityTypeBuilder<PracticeBookmark> b)
    {
        b.ToTable("practice_bookmarks");
        b.HasKey(k => new { k.UserId, k.GoodPracticeId });
        b.HasOne<TansoUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<GoodPractice>().WithMany().HasForeignKey(k => k.GoodPracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommunityFileConfiguration : IEntityTypeConfiguration<CommunityFile>
{
    public void Configure(EntityTypeBuilder<CommunityFile> b)
    {
        b.ToTable("community_files");
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.HasOne(f => f.Content).WithOne().HasForeignKey<CommunityFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommunityFileContentConfiguration : IEntityTypeConfiguration<CommunityFileContent>
{
    public void Configure(EntityTypeBuilder<CommunityFileContent> b)
    {
        b.ToTable("community_file_contents");
        b.HasKey(c => c.FileId);
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("campaigns");
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.Title).HasMaxLength(Campaign.MaxTitle);
        b.Property(c => c.Description).HasMaxLength(Campaign.MaxDescription);
        b.HasOne<Government>().WithMany().HasForeignKey(c => c.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Actions).WithOne().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignActionConfiguration : IEntityTypeConfiguration<CampaignAction>
{
    public void Configure(EntityTypeBuilder<CampaignAction> b)
    {
        b.ToTable("campaign_actions");
        b.Property(a => a.Label).HasMaxLength(Campaign.MaxAction);
    }
}

internal sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> b)
    {
        b.ToTable("pledges");
        b.Property(p => p.Name).HasMaxLength(Pledge.MaxName);
        b.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        // An action with pledges cannot be removed from its campaign: the pledge would lose what it promised.
        b.HasOne<CampaignAction>().WithMany().HasForeignKey(p => p.ActionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.CampaignId, p.ActionId });
    }
}

internal sealed class PlanFeedbackConfiguration : IEntityTypeConfiguration<PlanFeedback>
{
    public void Configure(EntityTypeBuilder<PlanFeedback> b)
    {
        b.ToTable("plan_feedback");
        b.Property(f => f.Version).IsConcurrencyToken();
        b.Property(f => f.Text).HasMaxLength(PlanFeedback.MaxText);
        b.Property(f => f.Name).HasMaxLength(Pledge.MaxName);
        b.Property(f => f.RejectionReason).HasMaxLength(PlanFeedback.MaxReason);
        b.Property(f => f.ModeratedBy).HasMaxLength(200);
        b.HasOne<Plan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Government>().WithMany().HasForeignKey(f => f.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlanTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(f => new { f.PlanId, f.Status });
        b.HasIndex(f => new { f.Status, f.GovernmentId });
    }
}
