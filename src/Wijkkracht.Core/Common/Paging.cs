namespace Wijkkracht.Core.Common;

/// <summary>A page of results. Page numbers start at 1; the page size is capped at <see cref="MaxPageSize"/>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalItems)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int TotalPages => TotalItems == 0 ? 0 : (int)Math.Ceiling(TotalItems / (double)PageSize);
}

/// <summary>Validated paging input.</summary>
public readonly record struct PageRequest(int PageNumber, int PageSize)
{
    /// <summary>Clamps the page to ≥ 1 and the size to 1..<see cref="Page{T}.MaxPageSize"/>.</summary>
    public static PageRequest Create(int? page, int? pageSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? Page<object>.DefaultPageSize, 1, Page<object>.MaxPageSize));

    public int Skip => (PageNumber - 1) * PageSize;
}
