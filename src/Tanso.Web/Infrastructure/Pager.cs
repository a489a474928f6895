namespace Tanso.Web.Infrastructure;

/// <summary>A paged list's position and how to link to another page; drawn by Shared/_Pager.cshtml.</summary>
internal sealed record Pager(int Page, int Pages, Func<int, string> Link);
