using Tanso.Core.Community;

namespace Tanso.Web.Community;

/// <summary>A post in the list: 번호, 제목, 글쓴이, 날짜, 조회수.</summary>
internal sealed record NewsSummaryDto(int Number, string Title, string Organisation, DateOnly PostedOn, int Views, int Attachments, string? ImportedFrom);

/// <summary>One page of the board.</summary>
internal sealed record NewsPageDto(IReadOnlyList<NewsSummaryDto> Items, int Total, int Page, int PageSize, int Pages, string? Query);

/// <summary>A post with its body and attachments.</summary>
internal sealed record NewsDto(int Number, string Title, string Organisation, string Body, DateOnly PostedOn, int Views,
    string? ImportedFrom, string? SourceUrl, int Version, IReadOnlyList<AttachmentDto> Attachments);

internal static class NewsDtos
{
    public static NewsDto ToDto(this NewsPost p) =>
        new(p.Number, p.Title, p.Organisation, p.Body, p.PostedOn, p.Views, p.ImportedFrom, p.SourceUrl, p.Version, p.Attachments.OrderBy(f => f.Id).Select(f => f.ToDto()).ToList());
}
