using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;

namespace Wijkkracht.Core.Data;

/// <summary>
/// The one DbContext. Invariants enforced here: tenant-owned rows are only visible to their tenant (global query
/// filters) and only written for it (write guard); every change to an audited entity writes an audit event in the
/// same transaction; versioned entities get a new concurrency token on every update; timestamps come from
/// <see cref="TimeProvider"/>.
/// </summary>
public class WijkkrachtDbContext(
    DbContextOptions<WijkkrachtDbContext> options,
    TenantContext tenant,
    TimeProvider time)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    private static readonly HashSet<string> NoiseProperties = new(StringComparer.Ordinal)
    {
        nameof(AppUser.AccessFailedCount), nameof(AppUser.LockoutEnd), nameof(AppUser.SecurityStamp),
        nameof(AppUser.ConcurrencyStamp), nameof(IVersioned.Version),
        nameof(ITimestamped.UpdatedAt),
    };

    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(ApiToken.TokenHash),
    };

    /// <summary>The tenant the global query filters restrict to. Null matches nothing.</summary>
    public Guid? TenantId => tenant.OrganisationId;

    public TenantContext Tenant => tenant;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<Approach> Approaches => Set<Approach>();

    public DbSet<ApproachMember> ApproachMembers => Set<ApproachMember>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<OwnIntervention> OwnInterventions => Set<OwnIntervention>();

    public DbSet<HiddenIntervention> HiddenInterventions => Set<HiddenIntervention>();

    public DbSet<ApproachIntervention> ApproachInterventions => Set<ApproachIntervention>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        if (Database.IsSqlite())
        {
            // SQLite has no native DateTimeOffset; a binary (ticks) column keeps ordering and comparisons in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.Role).HasConversion<string>().HasMaxLength(30);
            e.Property(u => u.Version).IsConcurrencyToken();
            e.HasIndex(u => u.OrganisationId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Organisation>(e =>
        {
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.GmCode).HasMaxLength(6);
            e.HasIndex(o => o.GmCode).IsUnique();
            e.Property(o => o.Version).IsConcurrencyToken();
            e.HasQueryFilter(o => o.Id == TenantId);
        });

        builder.Entity<Area>(e =>
        {
            e.Property(a => a.Name).HasMaxLength(200);
            e.Property(a => a.Code).HasMaxLength(10);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(a => new { a.OrganisationId, a.Code }).IsUnique();
            e.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.Property(a => a.Version).IsConcurrencyToken();
        });

        builder.Entity<Approach>(e =>
        {
            e.Property(a => a.Title).HasMaxLength(200);
            e.Property(a => a.Issue).HasMaxLength(4000);
            e.Property(a => a.Method).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
            e.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => new { a.OrganisationId, a.Title });
            e.Property(a => a.Version).IsConcurrencyToken();
        });

        builder.Entity<ApproachMember>(e =>
        {
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(30);
            e.HasOne(m => m.Approach).WithMany(a => a.Members).HasForeignKey(m => m.ApproachId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(m => new { m.ApproachId, m.UserId }).IsUnique();
            e.HasIndex(m => m.UserId);
            e.Property(m => m.Version).IsConcurrencyToken();
        });

        builder.Entity<OwnIntervention>(e =>
        {
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(i => i.Title).HasMaxLength(200);
            e.Property(i => i.Summary).HasMaxLength(2000);
            e.Property(i => i.Description).HasMaxLength(8000);
            e.Property(i => i.Municipality).HasMaxLength(200);
            e.Property(i => i.SolutionDirection).HasMaxLength(60);
            e.Property(i => i.TargetGroups).HasMaxLength(1000);
            e.Property(i => i.Locations).HasMaxLength(1000);
            e.Property(i => i.Themes).HasMaxLength(1000);
            e.Property(i => i.PpctLevels).HasMaxLength(100);
            e.HasIndex(i => new { i.OrganisationId, i.Title });
            e.Property(i => i.Version).IsConcurrencyToken();
        });

        builder.Entity<HiddenIntervention>(e =>
        {
            e.Property(h => h.InterventionId).HasMaxLength(100);
            e.HasIndex(h => new { h.OrganisationId, h.InterventionId }).IsUnique();
            e.Property(h => h.Version).IsConcurrencyToken();
        });

        builder.Entity<ApproachIntervention>(e =>
        {
            e.Property(i => i.InterventionId).HasMaxLength(100);
            e.Property(i => i.Note).HasMaxLength(2000);
            e.Property(i => i.StartAnswers).HasMaxLength(20000);
            e.Property(i => i.Principles).HasMaxLength(200);
            e.HasOne(i => i.Approach).WithMany().HasForeignKey(i => i.ApproachId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => new { i.ApproachId, i.InterventionId }).IsUnique();
            e.Property(i => i.Version).IsConcurrencyToken();
        });

        builder.Entity<ApiToken>(e =>
        {
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Prefix).HasMaxLength(12);
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Decision>(e =>
        {
            e.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(30);
            e.Property(d => d.Rationale).HasMaxLength(4000);
            e.Property(d => d.DecidedBy).HasMaxLength(300);
            e.HasOne<Approach>().WithMany().HasForeignKey(d => d.ApproachId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(d => d.ApproachId);
        });

        // Visibility model (ADR 0005): partner type of members, visibility columns of records.
        Wijkkracht.Core.Visibility.VisibilityRules.Configure(builder);

        builder.Entity<PlanVersion>(e =>
        {
            e.HasOne<Approach>().WithMany().HasForeignKey(p => p.ApproachId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => new { p.ApproachId, p.Number }).IsUnique();
            e.Property(p => p.CreatedByName).HasMaxLength(200);
        });

        builder.Entity<Goal>(e =>
        {
            e.Property(g => g.Title).HasMaxLength(200);
            e.Property(g => g.Description).HasMaxLength(4000);
            e.Property(g => g.RungRationale).HasMaxLength(4000);
            e.Property(g => g.Level).HasConversion<string>().HasMaxLength(10);
            e.Property(g => g.Term).HasConversion<string>().HasMaxLength(10);
            e.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(g => g.Version).IsConcurrencyToken();
            e.HasOne<Approach>().WithMany().HasForeignKey(g => g.ApproachId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(g => g.ApproachId);
        });

        builder.Entity<PreconditionAssessment>(e =>
        {
            e.Property(a => a.Participants).HasMaxLength(1000);
            e.Property(a => a.Notes).HasMaxLength(4000);
            e.HasOne<Approach>().WithMany().HasForeignKey(a => a.ApproachId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => a.ApproachId);
            e.OwnsMany(a => a.Items, items =>
            {
                items.ToJson();
                items.Property(i => i.Score).HasConversion<string>();
            });
        });

        builder.Entity<PreconditionAction>(e =>
        {
            e.Property(a => a.PreconditionId).HasMaxLength(60);
            e.Property(a => a.Description).HasMaxLength(2000);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.HasOne<Approach>().WithMany().HasForeignKey(a => a.ApproachId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => a.ApproachId);
        });

        builder.Entity<StepProgress>(e =>
        {
            e.Property(p => p.StepId).HasMaxLength(60);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Notes).HasMaxLength(8000);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasOne<Approach>().WithMany().HasForeignKey(p => p.ApproachId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => new { p.ApproachId, p.StepId }).IsUnique();
            e.OwnsMany(p => p.Results, r => r.ToJson());
            e.OwnsMany(p => p.Answers, a => a.ToJson());
        });

        builder.Entity<AuditEvent>(e =>
        {
            e.Property(a => a.Action).HasMaxLength(30);
            e.Property(a => a.EntityType).HasMaxLength(60);
            e.Property(a => a.EntityId).HasMaxLength(60);
            e.Property(a => a.ActorName).HasMaxLength(200);
            e.Property(a => a.Summary).HasMaxLength(500);
            e.HasIndex(a => new { a.OrganisationId, a.At });
            e.HasIndex(a => a.ApproachId);
            e.HasQueryFilter(a => a.OrganisationId == TenantId);
        });

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter(entityType.ClrType));
                builder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.OrganisationId));
                builder.Entity(entityType.ClrType).HasOne(typeof(Organisation)).WithMany()
                    .HasForeignKey(nameof(ITenantOwned.OrganisationId)).OnDelete(DeleteBehavior.Restrict);
            }
        }
    }

    private LambdaExpression TenantFilter(Type type)
    {
        var parameter = Expression.Parameter(type, "e");
        var orgId = Expression.Convert(Expression.Property(parameter, nameof(ITenantOwned.OrganisationId)), typeof(Guid?));
        var tenantId = Expression.Property(Expression.Constant(this), nameof(TenantId));
        return Expression.Lambda(Expression.Equal(orgId, tenantId), parameter);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BeforeSave()
    {
        var now = time.GetUtcNow();
        var events = new List<AuditEvent>();
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
                continue;

            if (entry.Entity is AuditEvent)
            {
                if (entry.State != EntityState.Added)
                    throw new InvalidOperationException("The audit log is append-only.");
                continue;
            }

            GuardTenant(entry);
            Stamp(entry, now);
            if (entry.Entity is IAudited audited && ToAuditEvent(entry, audited, now) is { } auditEvent)
                events.Add(auditEvent);
        }

        AuditEvents.AddRange(events);
    }

    private void GuardTenant(EntityEntry entry)
    {
        if (entry.Entity is not ITenantOwned owned)
            return;

        if (entry.State == EntityState.Added && owned.OrganisationId == Guid.Empty && TenantId is { } current)
            owned.OrganisationId = current;

        if (owned.OrganisationId == Guid.Empty)
            throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} has no organisation.");

        if (tenant.IsSystem && tenant.OrganisationId is null)
            return;

        if (TenantId is null || owned.OrganisationId != TenantId)
            throw new InvalidOperationException($"Refused write of {entry.Metadata.ClrType.Name} outside the current organisation.");

        if (entry.State == EntityState.Modified && entry.Property(nameof(ITenantOwned.OrganisationId)).IsModified)
            throw new InvalidOperationException("The organisation of a record cannot change.");
    }

    private static void Stamp(EntityEntry entry, DateTimeOffset now)
    {
        if (entry.Entity is ITimestamped stamped)
        {
            if (entry.State == EntityState.Added)
                stamped.CreatedAt = now;
            if (entry.State is EntityState.Added or EntityState.Modified)
                stamped.UpdatedAt = now;
        }

        if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            versioned.Version = Guid.NewGuid();
    }

    private AuditEvent? ToAuditEvent(EntityEntry entry, IAudited audited, DateTimeOffset now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditActions.Create,
            EntityState.Deleted => AuditActions.Delete,
            _ => AuditActions.Update,
        };

        var before = new Dictionary<string, object?>(StringComparer.Ordinal);
        var after = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue)))
                continue;
            if (entry.State == EntityState.Modified && NoiseProperties.Contains(name))
                continue;

            var secret = SecretProperties.Contains(name);
            if (entry.State != EntityState.Added)
                before[name] = secret ? "***" : property.OriginalValue;
            if (entry.State != EntityState.Deleted)
                after[name] = secret ? "***" : property.CurrentValue;
        }

        if (action == AuditActions.Update && after.Count == 0)
            return null;

        var entityType = entry.Metadata.ClrType.Name;
        var actor = tenant.Actor;
        return new AuditEvent
        {
            OrganisationId = (audited as ITenantOwned)?.OrganisationId
                ?? (audited as AppUser)?.OrganisationId
                ?? (audited as Organisation)?.Id
                ?? TenantId,
            At = now,
            ActorUserId = actor?.UserId,
            ActorName = actor?.DisplayName ?? "systeem",
            Action = action,
            EntityType = entityType,
            EntityId = audited.Id.ToString(),
            ApproachId = audited switch
            {
                IApproachScoped scoped => scoped.ApproachId,
                Approach approach => approach.Id,
                _ => null,
            },
            Summary = $"{AuditText.Verb(action)}: {AuditText.Noun(entityType)}",
            Changes = JsonSerializer.Serialize(new { before, after }),
        };
    }
}

/// <summary>Dutch words for audit summaries.</summary>
public static class AuditText
{
    public static string Verb(string action) => action switch
    {
        AuditActions.Create => "Aangemaakt",
        AuditActions.Update => "Gewijzigd",
        AuditActions.Delete => "Verwijderd",
        AuditActions.View => "Bekeken",
        AuditActions.Export => "Geëxporteerd",
        AuditActions.SignIn => "Ingelogd",
        AuditActions.SignInFailed => "Inloggen mislukt",
        AuditActions.SignOut => "Uitgelogd",
        _ => action,
    };

    public static string Noun(string entityType) => entityType switch
    {
        nameof(Organisation) => "organisatie",
        nameof(Area) => "gebied",
        nameof(Approach) => "aanpak",
        nameof(Decision) => "besluit",
        nameof(PlanVersion) => "plan van aanpak",
        nameof(Goal) => "doel",
        nameof(StepProgress) => "stap",
        nameof(PreconditionAssessment) => "randvoorwaardencheck",
        nameof(PreconditionAction) => "actie randvoorwaarde",
        nameof(ApproachMember) => "lid van aanpak",
        nameof(AppUser) => "gebruiker",
        nameof(ApiToken) => "API-token",
        nameof(OwnIntervention) => "eigen interventie",
        nameof(HiddenIntervention) => "verborgen interventie",
        nameof(ApproachIntervention) => "interventie in aanpak",
        _ => entityType,
    };
}
