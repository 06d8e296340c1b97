namespace Wijkkracht.Core.Common;

/// <summary>A page of results. Page numbers start at 1; the page size is capped at <see cref="MaxPageSize"/>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalItems)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int TotalPages => TotalItems == 0 ? 0 : (int)Math.Ceiling(TotalItems / (double)PageSize);
}

/// <summary>Paging of lists already in memory.</summary>
public static class Page
{
    /// <summary>One page of a list already in memory (the few records of one approach), with the list's count as total.</summary>
    public static Page<T> Of<T>(IReadOnlyList<T> all, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(all);
        return new Page<T>(all.Skip(request.Skip).Take(request.PageSize).ToList(), request.PageNumber, request.PageSize, all.Count);
    }
}

/// <summary>Validated paging input.</summary>
public readonly record struct PageRequest(int PageNumber, int PageSize)
{
    /// <summary>Highest page number: beyond it <see cref="Skip"/> would overflow. Higher pages are answered as this (empty) page.</summary>
    public const int MaxPageNumber = 1_000_000;

    /// <summary>
    /// Clamps the page to 1..<see cref="MaxPageNumber"/> and the size to 1..<see cref="Page{T}.MaxPageSize"/>, so a huge
    /// page number gives an empty page, never an overflow back to the first page.
    /// </summary>
    public static PageRequest Create(int? page, int? pageSize) =>
        new(Math.Clamp(page ?? 1, 1, MaxPageNumber), Math.Clamp(pageSize ?? Page<object>.DefaultPageSize, 1, Page<object>.MaxPageSize));

    public int Skip => (PageNumber - 1) * PageSize;
}
