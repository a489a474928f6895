using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Core.Plans;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>Valid requests for the community endpoints of the authorization matrix, each on fresh data of the government.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly string[] CommunityPaths = ["news", "community", "practices", "campaigns", "feedback", "bookmarks"];

    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static async Task<HttpRequestMessage?> CommunityRequestAsync(string endpoint, int government, TestDatabase database)
    {
        var verb = new HttpMethod(endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)]);
        var path = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (!CommunityPaths.Any(p => path.Contains(p, StringComparison.Ordinal)))
        {
            return null;
        }
        var url = path.Replace("/{number:int?}", "", StringComparison.Ordinal).Replace("/{id:int?}", "", StringComparison.Ordinal)
            .Replace("governments/{id:int}", $"governments/{S(government)}", StringComparison.Ordinal);
        object? body = null;
        HttpContent? content = null;
        if (url.Contains("{number:int}", StringComparison.Ordinal) || url.Contains("files/{id:int}", StringComparison.Ordinal))
        {
            var (number, version, file) = await FreshNewsAsync(database);
            url = url.Replace("{number:int}", S(number), StringComparison.Ordinal).Replace("files/{id:int}", $"files/{S(file)}", StringComparison.Ordinal);
            body = endpoint switch
            {
                "PUT /api/news/{number:int}" => new { title = "행렬 시험 뉴스 (수정)", organisation = "행렬", version },
                _ => null,
            };
            url += endpoint == "DELETE /api/news/{number:int}" ? $"?version={S(version)}" : "";
            content = endpoint.EndsWith("/attachments", StringComparison.Ordinal) ? Files(version) : null;
        }
        else if (url.Contains("practices/{id:int}", StringComparison.Ordinal))
        {
            var (id, version) = await FreshPracticeAsync(database, government, published: url.EndsWith("/bookmark", StringComparison.Ordinal));
            url = url.Replace("{id:int}", S(id), StringComparison.Ordinal);
            body = endpoint switch
            {
                "PUT /api/practices/{id:int}" => new { title = "행렬 사례 (수정)", summary = "요약", body = "본문", version },
                "POST /api/practices/{id:int}/transitions" => new { action = "publish", version },
                _ => null,
            };
            content = endpoint.EndsWith("/attachments", StringComparison.Ordinal) ? Files(version) : null;
        }
        else if (url.Contains("campaigns/{id:int}", StringComparison.Ordinal))
        {
            var (id, version, action) = await FreshCampaignAsync(database, government);
            url = url.Replace("{id:int}", S(id), StringComparison.Ordinal);
            body = endpoint switch
            {
                "PUT /api/campaigns/{id:int}" => new { title = "행렬 캠페인 (수정)", startsOn = "2020-01-01", endsOn = "2099-12-31", goal = 20, actions = new[] { "걷기" }, version },
                "POST /api/campaigns/{id:int}/pledges" => new { actionId = action },
                _ => null,
            };
        }
        else if (url.Contains("plans/{id:int}", StringComparison.Ordinal))
        {
            url = url.Replace("{id:int}", S(await FreshPublishedPlanAsync(database, government)), StringComparison.Ordinal);
            body = endpoint == "POST /api/plans/{id:int}/feedback" ? new { text = "행렬 시험 의견" } : null;
        }
        else if (url.Contains("feedback/{id:int}", StringComparison.Ordinal))
        {
            var (id, version) = await FreshFeedbackAsync(database, government);
            url = url.Replace("{id:int}", S(id), StringComparison.Ordinal);
            body = new { decision = "approve", version };
        }
        body ??= endpoint switch
        {
            "POST /api/news" => new { title = "행렬 시험 뉴스", organisation = "행렬" },
            "POST /api/governments/{id:int}/practices" => new { title = "행렬 사례", summary = "요약", body = "본문" },
            "POST /api/campaigns" => new { governmentId = government, title = "행렬 캠페인", startsOn = "2026-04-22", endsOn = "2026-04-28", goal = 10, actions = new[] { "걷기" } },
            _ => null,
        };
        return new HttpRequestMessage(verb, url)
        {
            Content = content ?? (body is not null ? JsonContent.Create(body) : verb == HttpMethod.Post ? new FormUrlEncodedContent([]) : null),
        };
    }

    private static MultipartFormDataContent Files(int version) => new()
    {
        { new ByteArrayContent("%PDF-1.4 matrix"u8.ToArray()), "files", "행렬.pdf" },
        { new StringContent(S(version)), "version" },
    };

    private static async Task<(int Number, int Version, int File)> FreshNewsAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var post = new NewsPost(await db.NewsPosts.MaxAsync(p => p.Number) + 1, "행렬 시험 뉴스", "행렬", null, new DateOnly(2026, 1, 1));
        post.Attachments.Add(new CommunityFile("행렬.pdf", "application/pdf", "%PDF-1.4"u8.ToArray(), TestClock.Start.UtcDateTime));
        db.NewsPosts.Add(post);
        await db.SaveChangesAsync();
        return (post.Number, post.Version, post.Attachments[0].Id);
    }

    private static async Task<(int Id, int Version)> FreshPracticeAsync(TestDatabase database, int government, bool published)
    {
        await using var db = database.Open();
        var practice = new GoodPractice(government, "행렬 사례", "요약", "본문", null);
        if (published)
        {
            practice.MoveTo(PracticeStatus.Published, TestClock.Start.UtcDateTime);
        }
        db.GoodPractices.Add(practice);
        await db.SaveChangesAsync();
        return (practice.Id, practice.Version);
    }

    private static async Task<(int Id, int Version, int Action)> FreshCampaignAsync(TestDatabase database, int government)
    {
        await using var db = database.Open();
        var campaign = new Campaign(government, "행렬 캠페인", null, new DateOnly(2020, 1, 1), new DateOnly(2099, 12, 31), 10, ["걷기"]);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return (campaign.Id, campaign.Version, campaign.Actions[0].Id);
    }

    private static async Task<int> FreshPublishedPlanAsync(TestDatabase database, int government)
    {
        var (id, _) = await FreshPlanAsync(database, government, approved: true);
        await using var db = database.Open();
        var plan = await db.Plans.SingleAsync(p => p.Id == id);
        Assert.True(plan.Publish(new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc)).Allowed);
        await db.SaveChangesAsync();
        return id;
    }

    private static async Task<(int Id, int Version)> FreshFeedbackAsync(TestDatabase database, int government)
    {
        var plan = await FreshPublishedPlanAsync(database, government);
        await using var db = database.Open();
        var feedback = new PlanFeedback(plan, government, null, "행렬 시험 의견", null, TestClock.Start.UtcDateTime);
        db.PlanFeedback.Add(feedback);
        await db.SaveChangesAsync();
        return (feedback.Id, feedback.Version);
    }
}
