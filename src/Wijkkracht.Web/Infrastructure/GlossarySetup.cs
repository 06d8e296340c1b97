using Wijkkracht.Core.Knowledge;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// The glossary (content/glossary.yaml, /kennisbank/begrippen, <c>&lt;wk-term&gt;</c>): one singleton, loaded while the
/// request pipeline is built, so invalid glossary content stops start-up with every problem listed.
/// </summary>
public static class GlossarySetup
{
    public static IServiceCollection AddGlossary(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => Glossary.Load(KnowledgeLoader.ResolveContentPath(configuration["Knowledge:ContentPath"])));
        services.AddTransient<IStartupFilter, LoadAtStart>();
        return services;
    }

    /// <summary>Resolving this filter loads the glossary before the app serves its first request.</summary>
    private sealed class LoadAtStart(Glossary glossary) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
        {
            GC.KeepAlive(glossary); // constructing this filter loaded and validated the glossary
            return next;
        }
    }
}
