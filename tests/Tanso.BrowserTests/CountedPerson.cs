using Microsoft.Playwright;

namespace Tanso.BrowserTests;

/// <summary>
/// One person in a journey: their page, and a count of what they did on it — clicks, and fills (typing, choosing,
/// attaching a file) apart — per step, so a journey can say how much work a role takes. Every action goes through
/// here; the only address ever typed is the site root, once per sign-in (<see cref="Gotos"/>).
/// </summary>
internal sealed class CountedPerson(string role, IPage page)
{
    private readonly List<(string Step, int Clicks, int Fills)> _steps = [];
    private string _step = "";
    private int _clicks, _fills;

    public string Role { get; } = role;
    public IPage Page { get; } = page;
    public int Gotos { get; private set; }
    public int Clicks => _steps.Sum(s => s.Clicks) + _clicks;
    public int Fills => _steps.Sum(s => s.Fills) + _fills;

    /// <summary>The steps with their counts, the one under way included.</summary>
    public IReadOnlyList<(string Step, int Clicks, int Fills)> Steps => [.. _steps, .. _step.Length > 0 ? [(_step, _clicks, _fills)] : Array.Empty<(string, int, int)>()];

    public void Step(string name)
    {
        if (_step.Length > 0)
        {
            _steps.Add((_step, _clicks, _fills));
        }
        (_step, _clicks, _fills) = (name, 0, 0);
    }

    /// <summary>Opens the site's front page and signs in from its "로그인" link: the one typed address of a sign-in.</summary>
    public async Task SignInAsync(string email, string password)
    {
        Gotos++;
        await Page.GotoAsync("/");
        await ClickLinkAsync("로그인");
        await FillAsync(Page.GetByLabel("이메일"), email);
        await FillAsync(Page.GetByLabel("비밀번호"), password);
        await SubmitAsync("로그인");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
    }

    /// <summary>The public visitor's one typed address.</summary>
    public async Task OpenSiteAsync()
    {
        Gotos++;
        await Page.GotoAsync("/");
    }

    public Task ClickLinkAsync(string name, bool exact = true) => ClickToNextPageAsync(Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = exact }).First);

    /// <summary>The header's "할 일" link, then the inbox item whose title contains <paramref name="item"/>.</summary>
    public async Task OpenInboxItemAsync(string item)
    {
        await ClickToNextPageAsync(Page.Locator("#inbox-count"));
        await ClickToNextPageAsync(Page.Locator("#inbox-items").GetByRole(AriaRole.Link).Filter(new() { HasText = item }).First);
    }

    public Task SubmitAsync(string button) => ClickToNextPageAsync(Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }));

    public async Task ClickToNextPageAsync(ILocator target)
    {
        _clicks++;
        await Journeys.ClickAndWaitForNextPageAsync(Page, target);
    }

    public async Task ClickAsync(ILocator target)
    {
        _clicks++;
        await target.ClickAsync();
    }

    /// <summary>Clicks a download link and returns the file.</summary>
    public async Task<byte[]> DownloadAsync(string link)
    {
        _clicks++;
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    public async Task FillAsync(ILocator field, string value)
    {
        _fills++;
        await field.FillAsync(value);
    }

    public async Task ChooseAsync(ILocator select, string label)
    {
        _fills++;
        await select.SelectOptionAsync(new SelectOptionValue { Label = label });
    }

    public async Task AttachAsync(ILocator input, FilePayload file)
    {
        _fills++;
        await input.SetInputFilesAsync(file);
    }
}
