using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Areas;

/// <summary>Input for creating or changing an area. <see cref="Version"/> is the concurrency token read with the area.</summary>
public sealed class AreaInput
{
    public AreaKind? Kind { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Raw GeoJSON text of a new boundary; null keeps the current one.</summary>
    public string? BoundaryGeoJson { get; set; }

    public bool RemoveBoundary { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>Areas (wijken and buurten) of the organisation.</summary>
public sealed class AreaService(WijkkrachtDbContext db)
{
    public async Task<Result<Page<Area>>> ListAsync(PageRequest page, Actor actor, string? search = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ViewAreas) && !actor.Can(Permission.ManageAreas))
            return Result<Page<Area>>.Forbidden("U mag de gebieden niet bekijken.");

        var q = db.Areas.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim().ToUpperInvariant();
            q = q.Where(a => a.Name.ToUpper().Contains(s) || a.Code.Contains(s));
        }

        var total = await q.CountAsync(ct);
        var items = await q.OrderBy(a => a.Code).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return Result<Page<Area>>.Ok(new Page<Area>(items, page.PageNumber, page.PageSize, total));
    }

    /// <summary>All areas, for pick lists.</summary>
    public Task<List<Area>> AllAsync(CancellationToken ct = default) =>
        db.Areas.AsNoTracking().OrderBy(a => a.Code).ToListAsync(ct);

    public async Task<Result<Area>> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var area = await db.Areas.AsNoTracking().Include(a => a.Parent).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
            return Result<Area>.NotFound();
        if (!actor.Can(Permission.ViewAreas) && !actor.Can(Permission.ManageAreas))
            return Result<Area>.Forbidden("U mag de gebieden niet bekijken.");
        return Result<Area>.Ok(area);
    }

    public async Task<Result<Area>> CreateAsync(AreaInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageAreas))
            return Result<Area>.Forbidden("Alleen een beheerder kan gebieden aanmaken.");

        var area = new Area();
        var errors = await ApplyAsync(area, input, actor, ct);
        if (errors.Any)
            return Result<Area>.Invalid(errors);

        db.Areas.Add(area);
        await db.SaveChangesAsync(ct);
        return Result<Area>.Ok(area);
    }

    public async Task<Result<Area>> UpdateAsync(Guid id, AreaInput input, Actor actor, CancellationToken ct = default)
    {
        var area = await db.Areas.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
            return Result<Area>.NotFound();
        if (!actor.Can(Permission.ManageAreas))
            return Result<Area>.Forbidden("Alleen een beheerder kan gebieden wijzigen.");
        if (VersionedSave.MissingVersionResult<Area>(input.Version) is { } missingVersion)
            return missingVersion;

        var errors = await ApplyAsync(area, input, actor, ct);
        if (errors.Any)
            return Result<Area>.Invalid(errors);

        return await db.SaveVersionedAsync(area, input.Version!.Value, area, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var area = await db.Areas.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
            return Result<bool>.NotFound();
        if (!actor.Can(Permission.ManageAreas))
            return Result<bool>.Forbidden("Alleen een beheerder kan gebieden verwijderen.");
        if (await db.Approaches.AnyAsync(a => a.AreaId == id, ct))
            return Result<bool>.Conflict("Dit gebied hoort bij een aanpak en kan niet worden verwijderd.");
        if (await db.Areas.AnyAsync(a => a.ParentId == id, ct))
            return Result<bool>.Conflict("Dit is de wijk van een of meer buurten; verwijder of verplaats die eerst.");

        db.Areas.Remove(area);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private async Task<ValidationErrors> ApplyAsync(Area area, AreaInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == actor.OrganisationId, ct);

        if (input.Kind is not (AreaKind.Wijk or AreaKind.Buurt))
            errors.Add(nameof(AreaInput.Kind), "Kies of dit een wijk of een buurt is.");

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            errors.Add(nameof(AreaInput.Name), "Vul de naam van het gebied in.");
        else if (name.Length > 200)
            errors.Add(nameof(AreaInput.Name), "De naam mag maximaal 200 tekens lang zijn.");

        Area? parent = null;
        if (input.ParentId is { } parentId)
        {
            if (input.Kind != AreaKind.Buurt)
                errors.Add(nameof(AreaInput.ParentId), "Alleen een buurt kan in een wijk liggen.");
            parent = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == parentId, ct);
            if (parent is null || parent.Kind != AreaKind.Wijk)
                errors.Add(nameof(AreaInput.ParentId), "Kies een bestaande wijk.");
        }

        var code = input.Code?.Trim().ToUpperInvariant();
        if (input.Kind is { } kind && CbsCodes.Validate(kind, code, organisation.GmCode, parent?.Code) is { } codeError)
            errors.Add(nameof(AreaInput.Code), codeError);
        else if (code is not null && await db.Areas.AnyAsync(a => a.Code == code && a.Id != area.Id, ct))
            errors.Add(nameof(AreaInput.Code), "Er bestaat al een gebied met deze CBS-code.");

        string? boundary = area.BoundaryGeoJson;
        if (input.RemoveBoundary)
        {
            boundary = null;
        }
        else if (input.BoundaryGeoJson is not null)
        {
            var (geoJson, error) = GeoJsonBoundary.Parse(input.BoundaryGeoJson);
            if (error is not null)
                errors.Add(nameof(AreaInput.BoundaryGeoJson), error);
            boundary = geoJson;
        }

        if (errors.Any)
            return errors;

        area.Kind = input.Kind!.Value;
        area.Code = code!;
        area.Name = name!;
        area.ParentId = parent?.Id;
        area.BoundaryGeoJson = boundary;
        return errors;
    }
}
