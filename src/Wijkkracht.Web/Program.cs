using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Demo;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Setup;
using Wijkkracht.Web.Api;
using Wijkkracht.Web.Infrastructure;

if (args.Length >= 1 && args[0] == "backup")
    return await BackupCommand.RunAsync(args);

var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
builder.AddWijkkracht();

var app = builder.Build();
if (string.IsNullOrWhiteSpace(app.Configuration["DataProtection:CertificatePath"]))
{
    app.Logger.LogWarning(
        "DataProtection:CertificatePath is not set: the Data Protection key ring (sign-in cookies, second-factor sign-in) is stored unencrypted in the database. See docs/operations.md.");
}

// The knowledge content is loaded and validated once, at start-up, while the database is migrated: invalid content
// stops start-up with every problem listed. The search indexes and the compound vocabulary are built from the
// validated content in the background once the app is ready; a search in that first second waits for them.
var knowledge = Task.Run(() => app.Services.GetRequiredService<Wijkkracht.Core.Knowledge.KnowledgeBase>());
await StartupTasks.MigrateAndCheckAsync(app.Services);
try
{
    await knowledge;
}
catch (Wijkkracht.Core.Knowledge.KnowledgeContentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

// Started once the app listens, so that building them does not compete with start-up for the CPU.
app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() =>
{
    try
    {
        Parallel.Invoke(
            () => app.Services.GetRequiredService<Wijkkracht.Core.Knowledge.KnowledgeSearch>(),
            () => app.Services.GetRequiredService<Wijkkracht.Core.Knowledge.InterventionFinder>(),
            () => _ = knowledge.Result.QueryText);
    }
    catch (AggregateException e)
    {
        app.Logger.LogError(e, "Building the knowledge search indexes failed; the first search request will retry.");
    }
}));

// First: the real client address and scheme from a trusted proxy (cookies Secure, HSTS, rate-limit partitions).
app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler("/fout");
if (!app.Environment.IsDevelopment())
    app.UseHsts();
app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/fout", "?code={0}"));
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<ActorMiddleware>();
app.UseMiddleware<ExpiredSessionMiddleware>();
app.UseAuthorization();
app.UseMiddleware<ApiVersionHeaderMiddleware>();

app.MapRazorPages();
app.MapOpenApi(OpenApiConfig.DocumentPath).AllowAnonymous();
var api = app.MapGroup(OpenApiConfig.BasePath).RequireAuthorization(Policies.Authenticated);
AreasApi.Map(api);
ApproachesApi.Map(api);
OrganisationApi.Map(api);
AccountApi.Map(api);
WorkspaceApi.Map(api);
ObservationsApi.Map(api);
DeskResearchApi.Map(api);
ConversationsApi.Map(api);
GroupSetupsApi.Map(api);
ActionsApi.Map(api);
EvaluationApi.Map(api);
PrivacyApi.Map(api);
NewslettersApi.Map(api);
NetworkApi.Map(api);
MeetingsApi.Map(api);
SafetyApi.Map(api);
SubjectsApi.Map(api);
SharingApi.Map(api);
CalendarApi.Map(api, app);
KnowledgeApi.Map(api);
KnowledgeAdminApi.Map(api);
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

await StartupTasks.PrepareUsersAsync(app, demo);
app.Lifetime.ApplicationStarted.Register(() =>
{
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
    if (address is not null)
        Console.WriteLine($"Klaar: {address}");
});

await app.RunAsync();
return 0;

/// <summary>The web application's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
