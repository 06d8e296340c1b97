using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Organisations;

/// <summary>Input for the organisation settings.</summary>
public sealed class OrganisationInput
{
    public string? Name { get; set; }

    public bool MfaRequired { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>The actor's own organisation.</summary>
public sealed class OrganisationService(WijkkrachtDbContext db)
{
    public async Task<Organisation> GetCurrentAsync(Actor actor, CancellationToken ct = default) =>
        await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == actor.OrganisationId, ct);

    public async Task<Result<Organisation>> UpdateAsync(OrganisationInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageOrganisation))
            return Result<Organisation>.Forbidden("Alleen een beheerder kan de organisatie wijzigen.");
        var organisation = await db.Organisations.FirstAsync(o => o.Id == actor.OrganisationId, ct);
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            return Result<Organisation>.Invalid(nameof(OrganisationInput.Name), "Vul de naam van de organisatie in.");
        if (name.Length > 200)
            return Result<Organisation>.Invalid(nameof(OrganisationInput.Name), "De naam mag maximaal 200 tekens lang zijn.");
        if (VersionedSave.MissingVersionResult<Organisation>(input.Version) is { } missingVersion)
            return missingVersion;

        organisation.Name = name;
        organisation.MfaRequired = input.MfaRequired;
        return await db.SaveVersionedAsync(organisation, input.Version!.Value, organisation, ct);
    }
}
