using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Wijkkracht.Tests.Integration;

/// <summary>The approach access (approach + membership) is resolved once per request.</summary>
public sealed class ApproachAccessTests(ITestOutputHelper output)
{
    /// <summary>Records the SQL of every command while enabled.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        public volatile bool Enabled;

        private void Record(DbCommand command)
        {
            if (Enabled)
                Commands.Enqueue(command.CommandText);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetStepPage_SignedInMember_ReadsApproachAndMembershipOnce(DatabaseProvider provider)
    {
        var counter = new CommandCounter();
        await using var app = new TestApp(provider, configureServices: s => s.ConfigureDbContext<WijkkrachtDbContext>(o => o.AddInterceptors(counter)));
        _ = app.Server;
        var org = await app.CreateOrganisationAsync("GM0771", "Teller");
        var client = await app.SignedInClientAsync(org.Users[OrgRole.Wijkverbinder]);
        var page = $"/aanpakken/{org.Approach.Id}/stappen/ess-stap-4";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);

        counter.Enabled = true;
        var response = await client.GetAsync(page);
        counter.Enabled = false;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var commands = counter.Commands.ToList();
        output.WriteLine($"{commands.Count} SQL commands for GET {page}:");
        foreach (var command in commands)
            output.WriteLine(command.Split('\n')[0..Math.Min(3, command.Split('\n').Length)].Aggregate((x, y) => x + " " + y));
        Assert.Single(commands, c => c.Contains(ApproachService.AccessQueryTag, StringComparison.Ordinal));
        // No other command reads the membership or the approach row.
        Assert.Single(commands, c => c.Contains("ApproachMembers", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Contains("FROM \"Approaches\"", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetStepPage_OtherOrganisationsApproach_Returns404(DatabaseProvider provider)
    {
        await using var app = new TestApp(provider);
        _ = app.Server;
        var mine = await app.CreateOrganisationAsync("GM0772", "Eigen");
        var other = await app.CreateOrganisationAsync("GM0773", "Ander");
        var client = await app.SignedInClientAsync(mine.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/aanpakken/{other.Approach.Id}/stappen/ess-stap-4")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/aanpakken/{other.Approach.Id}/doelen/nieuw")).StatusCode);
        var api = await app.ApiClientAsync(mine.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/approaches/{other.Approach.Id}/steps")).StatusCode);
    }
}
