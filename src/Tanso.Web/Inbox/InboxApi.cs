using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Web.Accounts;

namespace Tanso.Web.Inbox;

internal static class InboxApi
{
    public static void MapInboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Inbox").RequireAuthorization();
        api.MapGet("/inbox", Items).WithSummary("What is waiting for the caller (할 일): kind, title, the page that finishes it, due date, days left or late; late first");
        api.MapGet("/notifications", Notifications).WithSummary("The caller's latest notifications (알림), newest first, 50 at most (?unread=true for unread only)");
        api.MapPost("/notifications/{id:long}/read", Read).WithSummary("Marks one of the caller's notifications read");
        api.MapPost("/notifications/read", ReadAll).WithSummary("Marks every notification of the caller read; returns how many changed")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/account/notification-preferences", Preferences).WithSummary("The caller's notification preferences: e-mail on or off, daily digest");
        api.MapPut("/account/notification-preferences", SavePreferences).WithSummary("Changes the caller's notification preferences (versioned, audited)");
    }

    private static async Task<Ok<InboxDto>> Items(ClaimsPrincipal user, InboxQueries inbox, CancellationToken ct)
    {
        var items = await inbox.ItemsAsync(user, ct);
        var today = inbox.Today;
        return TypedResults.Ok(new InboxDto(today, items.Count, items.Count(i => i.DaysLate(today) > 0), await inbox.UnreadAsync(Me(user), ct),
            items.Select(i => i.ToDto(today)).ToArray()));
    }

    private static async Task<Ok<NotificationDto[]>> Notifications(ClaimsPrincipal user, InboxQueries inbox, CancellationToken ct, bool unread = false) =>
        TypedResults.Ok((await inbox.NoticesAsync(Me(user), unread, 50, ct)).Select(n => n.ToDto()).ToArray());

    private static async Task<Results<NoContent, NotFound>> Read(long id, ClaimsPrincipal user, InboxQueries inbox, CancellationToken ct) =>
        await inbox.MarkReadAsync(Me(user), id, ct) == 1 ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<int>> ReadAll(ClaimsPrincipal user, InboxQueries inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.MarkReadAsync(Me(user), null, ct));

    private static async Task<Ok<PreferencesDto>> Preferences(ClaimsPrincipal user, InboxQueries inbox, CancellationToken ct) =>
        TypedResults.Ok((await inbox.PreferenceAsync(Me(user), ct)).ToDto());

    private static async Task<Results<Ok<PreferencesDto>, Conflict<PreferencesDto>>> SavePreferences(PreferencesInput input, ClaimsPrincipal user, InboxQueries inbox, CancellationToken ct) =>
        await inbox.SavePreferenceAsync(Me(user), input.Email, input.DailyDigest, input.Version, ct) is { } saved
            ? TypedResults.Ok(saved.ToDto())
            : TypedResults.Conflict((await inbox.PreferenceAsync(Me(user), ct)).ToDto());

    private static string Me(ClaimsPrincipal user) => user.ToActor().UserId!;
}
