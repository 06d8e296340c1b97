using System.Linq.Expressions;
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
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;

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
        builder.ApplyConfigurationsFromAssembly(typeof(WijkkrachtDbContext).Assembly);

        // Tenant filters live here because they read this context's TenantId (parameterised per query).
        builder.Entity<Organisation>().HasQueryFilter(o => o.Id == TenantId);
        builder.Entity<AuditEvent>().HasQueryFilter(a => a.OrganisationId == TenantId);

        // Visibility model (ADR 0005): partner type of members, visibility columns of records.
        Wijkkracht.Core.Visibility.VisibilityRules.Configure(builder);
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

    /// <summary>
    /// Whether tracked changes of audited records are written to the audit log with their before and after values
    /// (default). Only the erasure of a person's data switches it off, because those values are what is being erased;
    /// it writes one summary event instead (<see cref="Privacy.SubjectRightsService"/>).
    /// </summary>
    public bool RecordChangeValues { get; set; } = true;

    private void BeforeSave()
    {
        var now = time.GetUtcNow();
        var events = new List<AuditEvent>();
        var entries = ChangeTracker.Entries().ToList();
        var parts = AuditDiff.ChangedPartsByOwner(entries);
        foreach (var entry in entries)
        {
            // An owner whose parts (owned JSON items, goal links) changed counts as updated: stamped, versioned, audited.
            var changedParts = parts.GetValueOrDefault(entry.Entity);
            if (entry.State is EntityState.Detached || (entry.State is EntityState.Unchanged && changedParts is null))
                continue;

            if (entry.Entity is AuditEvent)
            {
                if (entry.State != EntityState.Added)
                    throw new InvalidOperationException("The audit log is append-only.");
                continue;
            }

            GuardTenant(entry);
            Stamp(entry, now);
            if (RecordChangeValues && entry.Entity is IAudited audited && AuditDiff.ToEvent(entry, audited, changedParts ?? [], tenant, now) is { } auditEvent)
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
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Unchanged)
                stamped.UpdatedAt = now;
        }

        if (entry.Entity is IVersioned versioned && entry.State is EntityState.Modified or EntityState.Unchanged)
            versioned.Version = Guid.NewGuid();
    }
}
