using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.DeskResearch;

/// <summary>Input for a dataset.</summary>
public sealed class DatasetInput
{
    public string? Name { get; set; }

    public DatasetTopic? Topic { get; set; }

    public string? Source { get; set; }

    public string? Licence { get; set; }

    public string? Unit { get; set; }

    public string? Description { get; set; }

    public Guid? Version { get; set; }

    public static DatasetInput From(Dataset d) => new()
    {
        Name = d.Name,
        Topic = d.Topic,
        Source = d.Source,
        Licence = d.Licence,
        Unit = d.Unit,
        Description = d.Description,
        Version = d.Version,
    };
}

/// <summary>Input for one figure: a value or a CBS symbol, never both.</summary>
public sealed class FigureInput
{
    public string? AreaCode { get; set; }

    public string? Period { get; set; }

    public decimal? Value { get; set; }

    /// <summary>"." (niet beschikbaar), "x" (geheim) or "-": the value is suppressed.</summary>
    public string? Symbol { get; set; }

    /// <summary>Needed when changing an existing figure (PUT); a new figure has none.</summary>
    public Guid? Version { get; set; }
}

/// <summary>What an import did.</summary>
public sealed record FigureImportSummary(int Lines, int Created, int Updated, int Unchanged);

/// <summary>One dataset with the figures for the areas of an approach.</summary>
public sealed record ApproachDataset(Dataset Dataset, IReadOnlyList<AreaFigure> Figures);

/// <summary>An area shown in an approach's desk research: code and name (the organisation's own areas, or the municipality).</summary>
public sealed record FigureArea(string Code, string Name);

/// <summary>
/// Datasets and their figures per area. Datasets are organisation-wide (the areas are): the Coördinator and the
/// Beheerder maintain them (<see cref="CanManage"/>); everyone with <see cref="Permission.ViewAreas"/> reads them
/// through the API, and every member of an approach reads the figures of the approach's areas
/// (<see cref="ForApproachAsync"/>). Figures are public statistics, not personal data: reads are not audited, changes
/// are.
/// </summary>
public sealed class DatasetService(WijkkrachtDbContext db, ApproachService approaches)
{
    /// <summary>Most lines an import accepts.</summary>
    public const int MaxImportLines = 50_000;

    /// <summary>Coördinator and Beheerder maintain the organisation's datasets.</summary>
    public static bool CanManage(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Can(Permission.ManageAllApproaches) || actor.Can(Permission.ManageAreas);
    }

    public const string ManageOnly = "Alleen de coördinator of de beheerder kan datasets en cijfers wijzigen.";

    public async Task<Result<Page<Dataset>>> ListAsync(PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ViewAreas))
            return Result<Page<Dataset>>.Forbidden("U mag de datasets van de organisatie niet bekijken.");
        var query = db.Set<Dataset>().AsNoTracking();
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(d => d.Name).ThenBy(d => d.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return Result<Page<Dataset>>.Ok(new Page<Dataset>(items, page.PageNumber, page.PageSize, total));
    }

    /// <summary>One dataset, for readers of the organisation's data (<see cref="Permission.ViewAreas"/>).</summary>
    public async Task<Result<Dataset>> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var dataset = await db.Set<Dataset>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dataset is null)
            return Result<Dataset>.NotFound();
        if (!actor.Can(Permission.ViewAreas))
            return Result<Dataset>.Forbidden("U mag de datasets van de organisatie niet bekijken.");
        return Result<Dataset>.Ok(dataset);
    }

    public async Task<Result<Dataset>> CreateAsync(DatasetInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!CanManage(actor))
            return Result<Dataset>.Forbidden(ManageOnly);
        var dataset = new Dataset();
        var errors = await ApplyAsync(dataset, input, ct);
        if (errors.Any)
            return Result<Dataset>.Invalid(errors);
        db.Add(dataset);
        await db.SaveChangesAsync(ct);
        return Result<Dataset>.Ok(dataset);
    }

    public async Task<Result<Dataset>> UpdateAsync(Guid id, DatasetInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var dataset = await db.Set<Dataset>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dataset is null)
            return Result<Dataset>.NotFound();
        if (!CanManage(actor))
            return Result<Dataset>.Forbidden(ManageOnly);
        if (VersionedSave.MissingVersionResult<Dataset>(input.Version) is { } missing)
            return missing;
        var errors = await ApplyAsync(dataset, input, ct);
        if (errors.Any)
            return Result<Dataset>.Invalid(errors);
        return await db.SaveVersionedAsync(dataset, input.Version!.Value, dataset, ct);
    }

    /// <summary>Deletes a dataset with all its figures.</summary>
    public async Task<Result<bool>> DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var dataset = await db.Set<Dataset>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dataset is null)
            return Result<bool>.NotFound();
        if (!CanManage(actor))
            return Result<bool>.Forbidden(ManageOnly);
        // Loaded so that the removal of every figure is audited like any other change.
        db.RemoveRange(await db.Set<AreaFigure>().Where(f => f.DatasetId == id).ToListAsync(ct));
        db.Remove(dataset);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>The figures of a dataset, by area and period; optionally of one area only.</summary>
    public async Task<Result<Page<AreaFigure>>> ListFiguresAsync(Guid datasetId, PageRequest page, Actor actor, string? areaCode = null, CancellationToken ct = default)
    {
        var dataset = await GetAsync(datasetId, actor, ct);
        if (!dataset.IsOk)
            return Result<Page<AreaFigure>>.Denied(dataset.Status);
        var query = db.Set<AreaFigure>().AsNoTracking().Where(f => f.DatasetId == datasetId);
        if (!string.IsNullOrWhiteSpace(areaCode))
        {
            var code = FigureRules.NormaliseCode(areaCode);
            query = query.Where(f => f.AreaCode == code);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(f => f.AreaCode).ThenBy(f => f.Period).ThenBy(f => f.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return Result<Page<AreaFigure>>.Ok(new Page<AreaFigure>(items, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<AreaFigure>> GetFigureAsync(Guid datasetId, Guid figureId, Actor actor, CancellationToken ct = default)
    {
        var dataset = await GetAsync(datasetId, actor, ct);
        if (!dataset.IsOk)
            return Result<AreaFigure>.Denied(dataset.Status);
        var figure = await db.Set<AreaFigure>().AsNoTracking().FirstOrDefaultAsync(f => f.DatasetId == datasetId && f.Id == figureId, ct);
        return figure is null ? Result<AreaFigure>.NotFound() : Result<AreaFigure>.Ok(figure);
    }

    /// <summary>
    /// Adds a figure, or (when the dataset already has one for the area and period) replaces its value: entering the
    /// same area and period again is how a figure is corrected by hand.
    /// </summary>
    public async Task<Result<AreaFigure>> SaveFigureAsync(Guid datasetId, FigureInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Set<Dataset>().AnyAsync(d => d.Id == datasetId, ct))
            return Result<AreaFigure>.NotFound();
        if (!CanManage(actor))
            return Result<AreaFigure>.Forbidden(ManageOnly);
        var errors = new ValidationErrors();
        var (code, period) = await ValidateFigureAsync(errors, input, ct);
        if (errors.Any)
            return Result<AreaFigure>.Invalid(errors);
        var figure = await db.Set<AreaFigure>().FirstOrDefaultAsync(f => f.DatasetId == datasetId && f.AreaCode == code && f.Period == period, ct);
        if (figure is null)
        {
            figure = new AreaFigure { DatasetId = datasetId, AreaCode = code, Period = period };
            db.Add(figure);
        }

        figure.Value = input.Symbol is null ? input.Value : null;
        figure.Symbol = input.Symbol;
        await db.SaveChangesAsync(ct);
        return Result<AreaFigure>.Ok(figure);
    }

    /// <summary>Changes one figure (area, period and value); the version is required.</summary>
    public async Task<Result<AreaFigure>> UpdateFigureAsync(Guid datasetId, Guid figureId, FigureInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var figure = await db.Set<AreaFigure>().FirstOrDefaultAsync(f => f.DatasetId == datasetId && f.Id == figureId, ct);
        if (figure is null)
            return Result<AreaFigure>.NotFound();
        if (!CanManage(actor))
            return Result<AreaFigure>.Forbidden(ManageOnly);
        if (VersionedSave.MissingVersionResult<AreaFigure>(input.Version) is { } missing)
            return missing;
        var errors = new ValidationErrors();
        var (code, period) = await ValidateFigureAsync(errors, input, ct);
        if (!errors.Any && (code != figure.AreaCode || period != figure.Period)
            && await db.Set<AreaFigure>().AnyAsync(f => f.DatasetId == datasetId && f.AreaCode == code && f.Period == period && f.Id != figureId, ct))
            errors.Add(nameof(FigureInput.Period), "Deze dataset heeft al een cijfer voor dit gebied en deze periode.");
        if (errors.Any)
            return Result<AreaFigure>.Invalid(errors);
        figure.AreaCode = code;
        figure.Period = period;
        figure.Value = input.Symbol is null ? input.Value : null;
        figure.Symbol = input.Symbol;
        return await db.SaveVersionedAsync(figure, input.Version!.Value, figure, ct);
    }

    public async Task<Result<bool>> DeleteFigureAsync(Guid datasetId, Guid figureId, Actor actor, CancellationToken ct = default)
    {
        var figure = await db.Set<AreaFigure>().FirstOrDefaultAsync(f => f.DatasetId == datasetId && f.Id == figureId, ct);
        if (figure is null)
            return Result<bool>.NotFound();
        if (!CanManage(actor))
            return Result<bool>.Forbidden(ManageOnly);
        db.Remove(figure);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>
    /// Imports figures from CSV (columns areaCode, period, value; see docs/desk-research.md). The whole file is checked
    /// first; every bad line is reported as <c>lines[N].column</c> with its line number in the file (the header is line
    /// 1), and on any error nothing is written. A figure that exists for the area and period is replaced.
    /// </summary>
    public async Task<Result<FigureImportSummary>> ImportAsync(Guid datasetId, string csv, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (!await db.Set<Dataset>().AnyAsync(d => d.Id == datasetId, ct))
            return Result<FigureImportSummary>.NotFound();
        if (!CanManage(actor))
            return Result<FigureImportSummary>.Forbidden(ManageOnly);
        var gmCode = await GmCodeAsync(ct);
        var errors = new ValidationErrors();
        var rows = FigureCsv.Parse(csv, gmCode, errors);
        if (errors.Any)
            return Result<FigureImportSummary>.Invalid(errors);

        var existing = await db.Set<AreaFigure>().Where(f => f.DatasetId == datasetId).ToDictionaryAsync(f => (f.AreaCode, f.Period), ct);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue((row.AreaCode, row.Period), out var figure))
            {
                if (figure.Value == row.Value && figure.Symbol == row.Symbol)
                {
                    unchanged++;
                    continue;
                }

                figure.Value = row.Value;
                figure.Symbol = row.Symbol;
                updated++;
            }
            else
            {
                db.Add(new AreaFigure { DatasetId = datasetId, AreaCode = row.AreaCode, Period = row.Period, Value = row.Value, Symbol = row.Symbol });
                created++;
            }
        }

        await db.SaveChangesAsync(ct);
        return Result<FigureImportSummary>.Ok(new FigureImportSummary(rows.Count, created, updated, unchanged));
    }

    /// <summary>
    /// The areas an approach looks at: its own area, the wijk it lies in (for a buurt), the buurten in it (for a wijk)
    /// and the municipality as a whole, for comparison.
    /// </summary>
    public async Task<Result<IReadOnlyList<FigureArea>>> AreasForApproachAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<IReadOnlyList<FigureArea>>.NotFound();
        var area = access.Approach.Area ?? await db.Areas.AsNoTracking().FirstAsync(a => a.Id == access.Approach.AreaId, ct);
        var areas = new List<FigureArea> { new(area.Code, area.Name) };
        if (area.ParentId is { } parentId && await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == parentId, ct) is { } parent)
            areas.Add(new FigureArea(parent.Code, parent.Name));
        if (area.Kind == AreaKind.Wijk)
            areas.AddRange(await db.Areas.AsNoTracking().Where(a => a.ParentId == area.Id).OrderBy(a => a.Code).Select(a => new FigureArea(a.Code, a.Name)).ToListAsync(ct));
        var organisation = await db.Organisations.AsNoTracking().Select(o => new { o.GmCode, o.Name }).FirstAsync(ct);
        areas.Add(new FigureArea(organisation.GmCode, "Gemeente " + organisation.Name));
        return Result<IReadOnlyList<FigureArea>>.Ok(areas);
    }

    /// <summary>Every dataset with the figures of the approach's areas (<see cref="AreasForApproachAsync"/>), for every member.</summary>
    public async Task<Result<IReadOnlyList<ApproachDataset>>> ForApproachAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, Security.ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<IReadOnlyList<ApproachDataset>>.Denied(access);
        var areas = (await AreasForApproachAsync(approachId, actor, ct)).Value!;
        var codes = areas.Select(a => a.Code).ToList();
        var datasets = await db.Set<Dataset>().AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);
        var figures = await db.Set<AreaFigure>().AsNoTracking().Where(f => codes.Contains(f.AreaCode)).ToListAsync(ct);
        var byDataset = figures.GroupBy(f => f.DatasetId).ToDictionary(g => g.Key, g => (IReadOnlyList<AreaFigure>)g.OrderBy(f => f.AreaCode).ThenBy(f => f.Period).ToList());
        return Result<IReadOnlyList<ApproachDataset>>.Ok(datasets.Select(d => new ApproachDataset(d, byDataset.GetValueOrDefault(d.Id, []))).ToList());
    }

    /// <summary>Whether the organisation has this dataset (another organisation's id does not exist here).</summary>
    public Task<bool> ExistsAsync(Guid id, CancellationToken ct = default) => db.Set<Dataset>().AnyAsync(d => d.Id == id, ct);

    private Task<string> GmCodeAsync(CancellationToken ct) => db.Organisations.AsNoTracking().Select(o => o.GmCode).FirstAsync(ct);

    private async Task<(string Code, string Period)> ValidateFigureAsync(ValidationErrors errors, FigureInput input, CancellationToken ct)
    {
        var code = FigureRules.NormaliseCode(input.AreaCode);
        if (FigureRules.ValidateAreaCode(code, await GmCodeAsync(ct)) is { } codeError)
            errors.Add(nameof(FigureInput.AreaCode), codeError);
        var period = FigureRules.NormalisePeriod(input.Period);
        if (FigureRules.ValidatePeriod(period) is { } periodError)
            errors.Add(nameof(FigureInput.Period), periodError);
        if (input.Symbol is not null)
        {
            input.Symbol = FigureRules.AsSymbol(input.Symbol);
            if (input.Symbol is null)
                errors.Add(nameof(FigureInput.Symbol), "Gebruik een van de CBS-tekens . x of - voor een geheim of ontbrekend cijfer.");
            else if (input.Value is not null)
                errors.Add(nameof(FigureInput.Value), "Vul een waarde óf een CBS-teken in, niet allebei.");
        }
        else if (input.Value is null)
        {
            errors.Add(nameof(FigureInput.Value), FigureRules.ValueMessage);
        }
        else if (Math.Abs(input.Value.Value) >= 100_000_000_000_000m)
        {
            errors.Add(nameof(FigureInput.Value), "Dit getal is te groot.");
        }

        return (code, period);
    }

    private async Task<ValidationErrors> ApplyAsync(Dataset dataset, DatasetInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = DeskText.Required(errors, nameof(DatasetInput.Name), input.Name, 200, "Geef de dataset een naam, bijvoorbeeld 'CBS kerncijfers wijken en buurten: inwoners'.");
        if (name.Length > 0 && await db.Set<Dataset>().AnyAsync(d => d.Name == name && d.Id != dataset.Id, ct))
            errors.Add(nameof(DatasetInput.Name), "Er is al een dataset met deze naam.");
        if (input.Topic is { } topic && !Enum.IsDefined(topic))
            errors.Add(nameof(DatasetInput.Topic), "Kies een soort gegevens uit de lijst.");
        var source = DeskText.Required(errors, nameof(DatasetInput.Source), input.Source, 300, "Vul de bron in, bijvoorbeeld 'CBS StatLine, Kerncijfers wijken en buurten 2024'.");
        var licence = DeskText.Optional(errors, nameof(DatasetInput.Licence), input.Licence, 100);
        var unit = DeskText.Required(errors, nameof(DatasetInput.Unit), input.Unit, 100, "Vul de eenheid in, bijvoorbeeld 'aantal inwoners' of 'per 1.000 inwoners'.");
        var description = DeskText.Optional(errors, nameof(DatasetInput.Description), input.Description, 4000);
        if (errors.Any)
            return errors;
        dataset.Name = name;
        dataset.Topic = input.Topic ?? DatasetTopic.Overig;
        dataset.Source = source;
        dataset.Licence = licence;
        dataset.Unit = unit;
        dataset.Description = description;
        return errors;
    }
}

/// <summary>One valid line of a figures CSV.</summary>
public sealed record FigureCsvRow(int Line, string AreaCode, string Period, decimal? Value, string? Symbol);

/// <summary>
/// Reads a figures CSV: a header line with the columns <c>areaCode</c>, <c>period</c> and <c>value</c> (Dutch
/// <c>gebiedscode</c>, <c>periode</c>, <c>waarde</c> also work; other columns are ignored), separated by commas or (as
/// Dutch spreadsheets save it) semicolons, in which case a decimal comma is allowed in the value. Every problem is
/// added to the errors as <c>lines[N].column</c>.
/// </summary>
public static class FigureCsv
{
    public static readonly IReadOnlyList<string> AreaCodeColumns = ["areaCode", "gebiedscode"];
    public static readonly IReadOnlyList<string> PeriodColumns = ["period", "periode"];
    public static readonly IReadOnlyList<string> ValueColumns = ["value", "waarde"];

    public static List<FigureCsvRow> Parse(string csv, string gmCode, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(errors);
        var rows = new List<FigureCsvRow>();
        var text = csv.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        if (string.IsNullOrWhiteSpace(firstLine))
        {
            errors.Add("lines[1].header", "Regel 1: het bestand is leeg of begint niet met de kolomnamen areaCode, period en value.");
            return rows;
        }

        var semicolon = firstLine.Contains(';', StringComparison.Ordinal);
        var records = CsvText.Read(text, semicolon ? ';' : ',', errors);
        if (records.Count == 0)
        {
            if (!errors.Any)
                errors.Add("lines[1].header", "Regel 1: het bestand heeft geen kolomnamen.");
            return rows;
        }

        var header = records[0].Fields;
        int Find(IReadOnlyList<string> names) => header.FindIndex(h => names.Any(n => string.Equals(h.Trim(), n, StringComparison.OrdinalIgnoreCase)));
        var codeIndex = Find(AreaCodeColumns);
        var periodIndex = Find(PeriodColumns);
        var valueIndex = Find(ValueColumns);
        if (codeIndex < 0)
            errors.Add("lines[1].areaCode", "Regel 1: de kolom areaCode ontbreekt (of gebiedscode).");
        if (periodIndex < 0)
            errors.Add("lines[1].period", "Regel 1: de kolom period ontbreekt (of periode).");
        if (valueIndex < 0)
            errors.Add("lines[1].value", "Regel 1: de kolom value ontbreekt (of waarde).");
        if (errors.Any)
            return rows;

        if (records.Count - 1 > DatasetService.MaxImportLines)
        {
            var line = records[DatasetService.MaxImportLines + 1].Line;
            errors.Add($"lines[{line}].file", $"Regel {line}: het bestand heeft meer dan {DatasetService.MaxImportLines} regels met cijfers. Splits het bestand.");
            return rows;
        }

        var seen = new Dictionary<(string, string), int>();
        foreach (var (line, fields) in records.Skip(1))
        {
            string Field(int index) => index < fields.Count ? fields[index] : "";
            var code = FigureRules.NormaliseCode(Field(codeIndex));
            var period = FigureRules.NormalisePeriod(Field(periodIndex));
            var valueText = Field(valueIndex);
            var ok = true;
            if (FigureRules.ValidateAreaCode(code, gmCode) is { } codeError)
            {
                errors.Add($"lines[{line}].areaCode", $"Regel {line}, kolom areaCode ('{Shorten(code)}'): {codeError}");
                ok = false;
            }

            if (FigureRules.ValidatePeriod(period) is { } periodError)
            {
                errors.Add($"lines[{line}].period", $"Regel {line}, kolom period ('{Shorten(period)}'): {periodError}");
                ok = false;
            }

            if (!FigureRules.TryParseValue(valueText, semicolon, out var value, out var symbol))
            {
                errors.Add($"lines[{line}].value", $"Regel {line}, kolom value ('{Shorten(valueText)}'): {FigureRules.ValueMessage}");
                ok = false;
            }

            if (!ok)
                continue;
            if (seen.TryGetValue((code, period), out var earlier))
            {
                errors.Add($"lines[{line}].period", $"Regel {line}: {code} {period} staat al op regel {earlier}. Elk gebied heeft per periode één cijfer.");
                continue;
            }

            seen[(code, period)] = line;
            rows.Add(new FigureCsvRow(line, code, period, value, symbol));
        }

        if (!errors.Any && rows.Count == 0)
            errors.Add("lines[2].file", "Regel 2: het bestand heeft geen cijfers onder de kolomnamen.");
        return rows;
    }

    private static string Shorten(string text) => TextInput.Clean(text.Length > 40 ? text[..40] + "…" : text);
}
