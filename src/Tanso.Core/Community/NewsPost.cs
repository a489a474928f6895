namespace Tanso.Core.Community;

/// <summary>
/// A post of the policy news board (정책뉴스). Its number (번호) increases with every post and is never reused:
/// a deleted post keeps its number (it is marked deleted and hidden), so the next post cannot take it.
/// </summary>
public sealed class NewsPost : IVersioned
{
    /// <summary>Longest title.</summary>
    public const int MaxTitle = 300;

    /// <summary>Longest organisation name.</summary>
    public const int MaxOrganisation = 100;

    /// <summary>Longest body.</summary>
    public const int MaxBody = 20_000;

    /// <summary>A new post with the next number.</summary>
    public NewsPost(int number, string title, string organisation, string? body, DateOnly postedOn)
    {
        Number = number;
        PostedOn = postedOn;
        Title = "";
        Organisation = "";
        Body = "";
        Edit(title, organisation, body, postedOn);
    }

    private NewsPost()
    {
        Title = "";
        Organisation = "";
        Body = "";
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>번호: unique, increasing, never reused.</summary>
    public int Number { get; private set; }

    /// <summary>제목.</summary>
    public string Title { get; private set; }

    /// <summary>글쓴이 or 기관, e.g. 한국생산성본부.</summary>
    public string Organisation { get; private set; }

    /// <summary>The text; empty for titles imported from a source list.</summary>
    public string Body { get; private set; }

    /// <summary>날짜.</summary>
    public DateOnly PostedOn { get; private set; }

    /// <summary>조회수 on this platform, counted one per view.</summary>
    public int Views { get; private set; }

    /// <summary>Where an imported title comes from; null for posts written here.</summary>
    public string? ImportedFrom { get; private set; }

    /// <summary>The address of the original, for an item summarised from a published source; null otherwise.</summary>
    public string? SourceUrl { get; private set; }

    /// <summary>Longest source address.</summary>
    public const int MaxSourceUrl = 500;

    /// <summary>Deleted posts keep their number and are hidden.</summary>
    public bool IsDeleted { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>첨부파일.</summary>
    public List<CommunityFile> Attachments { get; } = [];

    /// <summary>What would be refused in these values.</summary>
    public static IReadOnlyList<Problem> Validate(string? title, string? organisation, string? body) =>
        new[]
        {
            TextRules.Check("title", title, MaxTitle, true, "제목", "title"),
            TextRules.Check("organisation", organisation, MaxOrganisation, true, "기관", "organisation"),
            TextRules.Check("body", body, MaxBody, false, "본문", "body"),
        }.OfType<Problem>().ToList();

    /// <summary>Changes the post.</summary>
    public void Edit(string title, string organisation, string? body, DateOnly postedOn)
    {
        Title = TextRules.Require(title, MaxTitle, "title");
        Organisation = TextRules.Require(organisation, MaxOrganisation, "organisation");
        Body = TextRules.Optional(body, MaxBody, "body") ?? "";
        PostedOn = postedOn;
    }

    /// <summary>Marks the post as a title imported from <paramref name="source"/> (no body is invented for it).</summary>
    public NewsPost ImportedFromSource(string source)
    {
        ImportedFrom = source;
        return this;
    }

    /// <summary>
    /// Marks the post as a summary, in Tanso's own words, of a published item: <paramref name="source"/> names the
    /// publisher and release, <paramref name="url"/> the original when its address is known.
    /// </summary>
    public NewsPost SummarisedFrom(string source, string? url)
    {
        ImportedFrom = TextRules.Require(source, 300, "source");
        SourceUrl = url is { Length: > 0 } ? TextRules.Require(url, MaxSourceUrl, "url") : null;
        return this;
    }

    /// <summary>Hides the post for good; its number stays taken.</summary>
    public void Delete() => IsDeleted = true;
}
