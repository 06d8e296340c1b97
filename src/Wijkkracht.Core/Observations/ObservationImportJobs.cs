using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Observations;

/// <summary>The state of a large import that runs in the background, as its page shows it.</summary>
public sealed class ObservationImportJob
{
    public Guid Id { get; } = Guid.NewGuid();

    public required Guid ApproachId { get; init; }

    public required Guid UserId { get; init; }

    public required int Lines { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Set when the job ended (saved, refused or failed).</summary>
    public DateTimeOffset? EndedAt { get; internal set; }

    public bool Checked { get; internal set; }

    public int Saved { get; internal set; }

    public int Total { get; internal set; }

    public ObservationImportSummary? Summary { get; internal set; }

    /// <summary>The file's errors (line and column) when nothing was imported.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; internal set; }

    /// <summary>A Dutch message when the import stopped for another reason (nothing was saved).</summary>
    public string? Failure { get; internal set; }

    public bool Done => EndedAt is not null;
}

/// <summary>
/// Large imports (issue 10 §6, "Large imports show progress"): the file is imported in the background by
/// <see cref="ObservationImportService"/> in one transaction, and its page follows the progress (checking, then N of M
/// observations saved). A job is kept in this server's memory for an hour after it ends and is visible only to the
/// person who started it, for the approach it was started in. With several servers behind a load balancer the status
/// page needs the same server (sticky sessions); docs/observations.md says so.
/// </summary>
public sealed class ObservationImportJobs(IServiceScopeFactory scopes, TimeProvider time, ILogger<ObservationImportJobs> logger)
{
    /// <summary>Files with more observation lines than this are imported in the background with a progress page.</summary>
    public const int BackgroundFromLines = 2_000;

    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<Guid, ObservationImportJob> _jobs = new();

    public ObservationImportJob Start(Guid approachId, string csv, bool confirmPossibleNames, Actor actor, int lines, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(actor);
        foreach (var old in _jobs.Values.Where(j => j.EndedAt is { } end && time.GetUtcNow() - end > KeepFor))
            _jobs.TryRemove(old.Id, out _);
        var job = new ObservationImportJob { ApproachId = approachId, UserId = actor.UserId, Lines = lines, StartedAt = time.GetUtcNow() };
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, csv, confirmPossibleNames, actor, stopping), CancellationToken.None);
        return job;
    }

    /// <summary>The job, for the person who started it in this approach only.</summary>
    public ObservationImportJob? Find(Guid jobId, Guid approachId, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _jobs.TryGetValue(jobId, out var job) && job.ApproachId == approachId && job.UserId == actor.UserId ? job : null;
    }

    private async Task RunAsync(ObservationImportJob job, string csv, bool confirmPossibleNames, Actor actor, CancellationToken stopping)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetActor(actor);
            var service = scope.ServiceProvider.GetRequiredService<ObservationImportService>();
            var progress = new Progress(job);
            var result = await service.ImportAsync(job.ApproachId, csv, confirmPossibleNames, actor, progress, stopping);
            if (result.IsOk)
                job.Summary = result.Value;
            else if (result.Status == ResultStatus.Invalid)
                job.Errors = result.Errors;
            else
                job.Failure = "U mag in deze aanpak geen waarnemingen (meer) importeren. Er is niets opgeslagen.";
        }
        catch (OperationCanceledException)
        {
            job.Failure = "De import is afgebroken omdat de server stopte. Er is niets opgeslagen; importeer het bestand opnieuw.";
        }
#pragma warning disable CA1031 // A background import must end with a message on its page, whatever went wrong.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Observation import {JobId} failed.", job.Id);
            job.Failure = "De import is mislukt door een fout op de server. Er is niets opgeslagen; probeer het later opnieuw.";
        }
        finally
        {
            job.EndedAt = time.GetUtcNow();
        }
    }

    /// <summary>Writes progress straight into the job (no synchronisation context: the page reads it on its own request).</summary>
    private sealed class Progress(ObservationImportJob job) : IProgress<ObservationImportProgress>
    {
        public void Report(ObservationImportProgress value)
        {
            job.Checked = value.Checked;
            job.Saved = value.Saved;
            job.Total = value.Total;
        }
    }
}
