using Microsoft.Playwright;

namespace Tanso.BrowserTests;

/// <summary>Steps several journeys share, done the way a person does them.</summary>
internal static class Journeys
{
    /// <summary>Clicks a form's submit button and waits until the page it leads to has replaced this one and loaded
    /// (forms post, then redirect). Waiting only for the redirect's response is not enough: on a slow machine the next
    /// step could act on the old page, or cut off the new page's style sheets and scripts.</summary>
    public static Task SubmitAsync(IPage page, string button) =>
        ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }));

    /// <summary>Clicks <paramref name="target"/> and waits for the next document: a navigation request sent after the
    /// click, then the main frame's load event, then a check that the old document (marked before the click) is gone.</summary>
    /// <remarks>The ceiling is generous: on a 2-core machine running the PostgreSQL tests beside the journeys, a post
    /// that compiles its first queries has taken over 30 s (it is a ceiling, not a speed check; speed lives in bench/).
    /// When it is reached, the page as it stands is saved beside the other artifacts and the message says where it was.
    /// The wait used to poll the mark with <c>WaitForFunctionAsync</c> across the navigation; once in a full run that
    /// poll never returned although the post, its redirect and the new page had all been answered within a second
    /// (a page that posts back to its own address: /plans/3). Events do not depend on a poll surviving the navigation.</remarks>
    public static async Task ClickAndWaitForNextPageAsync(IPage page, ILocator target)
    {
        await page.EvaluateAsync("() => { window.__tansoLeaving = true; }");
        var from = page.Url;
        // What the page asks of the server from the click on, for the message below: a post sent and never answered
        // points at the server, no post at all at the page.
        var traffic = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var navigated = 0;
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Sent(object? _, IRequest r)
        {
            if (r.IsNavigationRequest && r.Frame == page.MainFrame)
            {
                Interlocked.Exchange(ref navigated, 1);
            }
            traffic.Enqueue($"{started.Elapsed.TotalSeconds:F1}s → {r.Method} {r.Url}");
        }
        void Answered(object? _, IResponse r) => traffic.Enqueue($"{started.Elapsed.TotalSeconds:F1}s ← {r.Status} {r.Url}");
        void Failed(object? _, IRequest r) => traffic.Enqueue($"{started.Elapsed.TotalSeconds:F1}s ✗ {r.Method} {r.Url}: {r.Failure}");
        // Only a load that follows a navigation request of this click counts (not a late load of the page clicked on).
        void Loaded(object? _, IPage p)
        {
            if (Volatile.Read(ref navigated) == 1)
            {
                loaded.TrySetResult();
            }
        }
        page.Request += Sent;
        page.Response += Answered;
        page.RequestFailed += Failed;
        page.Load += Loaded;
        try
        {
            await target.ClickAsync();
            if (await Task.WhenAny(loaded.Task, Task.Delay(15_000)) != loaded.Task && Volatile.Read(ref navigated) == 0)
            {
                // Twice in about ten full runs on a loaded 2-core machine, a click on "목표 저장" sent nothing at all: no
                // post, only two icons loaded (the form itself has no script). With nothing sent, clicking again cannot
                // post twice. It is written to the test process's standard output, which `dotnet test` may not show.
                Console.WriteLine($"Journeys: a click on {from} sent no request in 15 s; clicked again. Requests: {string.Join("; ", traffic)}");
                await target.ClickAsync();
            }
            if (await Task.WhenAny(loaded.Task, Task.Delay(90_000)) != loaded.Task)
            {
                throw new TimeoutException("no load event of a new document");
            }
            // The new document does not carry the old one's mark.
            await page.WaitForFunctionAsync("() => window.__tansoLeaving !== true", null, new() { Timeout = 30_000, PollingInterval = 50 });
            await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 90_000 });
        }
        catch (TimeoutException e)
        {
            var shot = Path.Combine(BrowserApp.ArtifactsDirectory, $"stuck-{DateTime.UtcNow:HHmmssfff}.png");
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true, Timeout = 10_000 }).ContinueWith(_ => { }, TaskScheduler.Default);
            var asked = traffic.IsEmpty ? "no request at all" : string.Join("; ", traffic.Take(20));
            throw new TimeoutException($"No next page after a click on {from}: the page is now {page.Url} (screenshot: {shot}). Requests since the click: {asked}.", e);
        }
        finally
        {
            page.Request -= Sent;
            page.Response -= Answered;
            page.RequestFailed -= Failed;
            page.Load -= Loaded;
        }
    }

    public static async Task SignInAsync(IPage page, string email, string password, bool expectSuccess = true)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("이메일").FillAsync(email);
        await page.GetByLabel("비밀번호").FillAsync(password);
        await ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "로그인" }));
        if (expectSuccess)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
        }
    }

    /// <summary>An administrator creates a regional officer bound to one province on /admin/users.</summary>
    public static async Task CreateRegionalOfficerAsync(IPage admin, string email, string displayName, string password, string province)
    {
        await admin.GotoAsync("/admin/users");
        await admin.GetByLabel("이메일").FillAsync(email);
        await admin.GetByLabel("이름(소속)").FillAsync(displayName);
        await admin.GetByLabel("처음 비밀번호").FillAsync(password);
        // KRDS draws its own box over the native checkbox: a person clicks the label.
        await admin.Locator("label[for=role-regional-officer]").ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Checkbox, new() { Name = "지자체 담당자" })).ToBeCheckedAsync();
        await admin.GetByLabel("담당 지자체 (지자체 담당자)").SelectOptionAsync(new SelectOptionValue { Label = province });
        await ClickAndWaitForNextPageAsync(admin, admin.GetByRole(AriaRole.Button, new() { Name = "사용자 만들기" }));
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"{email} 계정을 만들었습니다");
    }
}
