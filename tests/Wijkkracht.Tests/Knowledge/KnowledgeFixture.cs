using Wijkkracht.Core.Knowledge;

namespace Wijkkracht.Tests.Knowledge;

/// <summary>The real content, loaded once for all knowledge tests.</summary>
public static class KnowledgeFixture
{
    private static readonly Lazy<KnowledgeBase> Lazy = new(() => KnowledgeLoader.Load(KnowledgeLoader.ResolveContentPath(null)));
    private static readonly Lazy<KnowledgeSearch> LazySearch = new(() => new KnowledgeSearch(Knowledge));
    private static readonly Lazy<InterventionFinder> LazyFinder = new(() => new InterventionFinder(Knowledge));

    public static KnowledgeBase Knowledge => Lazy.Value;

    public static KnowledgeSearch Search => LazySearch.Value;

    public static InterventionFinder Finder => LazyFinder.Value;
}
