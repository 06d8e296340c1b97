using System.Collections;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Notifications;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Privacy;

/// <summary>What a search hit is: a member account, a person in a network register, or a mention in free text.</summary>
public enum SubjectHitKind
{
    Account = 1,
    NetworkPerson = 2,
    Mention = 3,
}

/// <summary>One record that holds the searched person: where, and in which fields (never the text itself in a list).</summary>
public sealed record SubjectHit(SubjectHitKind Kind, string EntityType, string Label, Guid Id, Guid? ApproachId, string? ApproachTitle, IReadOnlyList<string> Fields);

/// <summary>What an erasure did, per kind of record (never the content).</summary>
public sealed record ErasureResult(int Accounts, int NetworkPersons, int Mentions, int AnalysisRunsMarked, int AuditEventsMasked);

/// <summary>Input for an erasure: the same search, how many records the Beheerder saw, and why.</summary>
public sealed class ErasureInput
{
    public string? Query { get; set; }

    public string? Reason { get; set; }

    /// <summary>The number of records shown in the search; the erasure refuses when the data changed in between.</summary>
    public int? ExpectedCount { get; set; }
}

/// <summary>
/// The rights of the people in the data (issue 14 §7, AVG art. 15 and 17), for the Beheerder across every approach of the
/// organisation: search everything held about a person — member accounts, persons in the network registers, and
/// mentions in any free text, the encrypted safety texts included — export it as JSON in a ZIP, or erase it with a
/// recorded reason. Erasing anonymises the account, removes the person and their ties from the network (and marks the
/// kept analysis runs that included them), replaces every mention by "[verwijderd]" — in what the audit log shows too (ADR 0009 keeps the log itself
/// append-only) — and leaves
/// one audit event with the kinds and counts and the reason, never the content. Searching, exporting and erasing are
/// audited without the search term.
/// </summary>
public sealed class SubjectRightsService(WijkkrachtDbContext db, AuditService audit, SensitiveText sensitive, SharingLedgerService ledger, TimeProvider time)
{
    public const int MinimumQueryLength = 3;

    public const string Replacement = "[verwijderd]";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Records that are not searched as free text: the account and audit log are handled on their own, the rest holds no free text about people.</summary>
    private static readonly HashSet<Type> Skipped = [typeof(AuditEvent), typeof(ErasedTerm), typeof(Notice), typeof(AppUser), typeof(ApiToken), typeof(Meetings.CalendarFeedToken), typeof(ActivationLink)];

    /// <summary>String properties that are not free text.</summary>
    private static bool IsTextProperty(PropertyInfo p) =>
        p.PropertyType == typeof(string) && p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0
        && !p.Name.EndsWith("Hash", StringComparison.Ordinal) && p.Name is not ("Data" or "Changes");

    public static bool MayUse(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Can(Permission.ManageOrganisation);
    }

    private static string? Validate(ValidationErrors errors, string? query)
    {
        var q = (query ?? "").Trim();
        if (q.Length < MinimumQueryLength)
        {
            errors.Add("Query", $"Vul ten minste {MinimumQueryLength} tekens in: een naam, e-mailadres of schuilnaam.");
            return null;
        }

        return q;
    }

    public async Task<Result<List<SubjectHit>>> SearchAsync(string? query, Actor actor, CancellationToken ct = default)
    {
        if (!MayUse(actor))
            return Result<List<SubjectHit>>.Forbidden("Alleen de beheerder handelt verzoeken van betrokkenen af.");
        var errors = new ValidationErrors();
        if (Validate(errors, query) is not { } q)
            return Result<List<SubjectHit>>.Invalid(errors);
        var hits = (await FindAsync(q, actor.OrganisationId, ct)).Select(f => f.Hit).ToList();
        audit.Add(actor, AuditActions.View, "Betrokkene", null, null, $"Gezocht naar de gegevens van een betrokkene: {hits.Count} records gevonden");
        await db.SaveChangesAsync(ct);
        return Result<List<SubjectHit>>.Ok(hits);
    }

    /// <summary>A ZIP with <c>betrokkene.json</c>: every record that holds the person, with only the fields that do.</summary>
    public async Task<Result<byte[]>> ExportAsync(string? query, Actor actor, CancellationToken ct = default)
    {
        if (!MayUse(actor))
            return Result<byte[]>.Forbidden("Alleen de beheerder handelt verzoeken van betrokkenen af.");
        var errors = new ValidationErrors();
        if (Validate(errors, query) is not { } q)
            return Result<byte[]>.Invalid(errors);
        var found = await FindAsync(q, actor.OrganisationId, ct);
        var records = found.Select(f => new
        {
            kind = f.Hit.Kind.ToString(),
            type = f.Hit.EntityType,
            label = f.Hit.Label,
            id = f.Hit.Id,
            approach = f.Hit.ApproachTitle,
            fields = f.Values,
        }).ToList();
        var document = new { searchedFor = q, madeAt = time.GetUtcNow(), madeBy = actor.DisplayName, records };
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var entry = zip.CreateEntry("betrokkene.json").Open())
                await JsonSerializer.SerializeAsync(entry, document, Indented, ct);
            await using var readme = new StreamWriter(zip.CreateEntry("LEESMIJ.txt").Open(), Encoding.UTF8);
            await readme.WriteAsync(
                "Inzage in de gegevens van een betrokkene (AVG artikel 15), gemaakt met Wijkkracht.\n\n" +
                "betrokkene.json bevat elk record uit de organisatie waarin de gezochte naam voorkomt: het account, de persoon in een netwerk " +
                "en vermeldingen in vrije tekst. Per record staan alleen de velden waarin de naam voorkomt.\n" +
                "Controleer voor verstrekking of er gegevens van anderen in die velden staan en lak die zo nodig.\n");
        }

        audit.Add(actor, AuditActions.Export, "Betrokkene", null, null, $"Gegevens van een betrokkene geëxporteerd: {records.Count} records");
        ledger.AddFixed(actor, null, ExportKind.Betrokkene, "zip", SharingRecipient.Betrokkene, SharingBasis.VerzoekBetrokkene,
            found.GroupBy(f => f.Hit.EntityType).Select(g => new SharingContent(g.Key, g.Count())));
        await db.SaveChangesAsync(ct);
        return Result<byte[]>.Ok(buffer.ToArray());
    }

    public async Task<Result<ErasureResult>> EraseAsync(ErasureInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!MayUse(actor))
            return Result<ErasureResult>.Forbidden("Alleen de beheerder handelt verzoeken van betrokkenen af.");
        var errors = new ValidationErrors();
        var q = Validate(errors, input.Query);
        var reason = (input.Reason ?? "").Trim();
        if (reason.Length < 10)
            errors.Add(nameof(ErasureInput.Reason), "Leg vast waarom de gegevens gewist worden, bijvoorbeeld 'verzoek van de betrokkene van 3 maart (AVG art. 17)'. Noem de naam niet.");
        else if (q is not null && reason.Contains(q, StringComparison.OrdinalIgnoreCase))
            errors.Add(nameof(ErasureInput.Reason), "Noem de naam van de betrokkene niet in de reden: de reden blijft bewaard.");
        if (errors.Any)
            return Result<ErasureResult>.Invalid(errors);
        var found = await FindAsync(q!, actor.OrganisationId, ct);
        if (input.ExpectedCount != found.Count)
            return Result<ErasureResult>.Conflict($"Er zijn nu {found.Count} records gevonden in plaats van {input.ExpectedCount}. Bekijk de zoekresultaten opnieuw voordat u wist.");
        if (found.Any(f => f.Hit.Kind == SubjectHitKind.Account && f.Hit.Id == actor.UserId))
            return Result<ErasureResult>.Invalid("Query", "Uw eigen account kunt u niet wissen. Vraag een andere beheerder.");

        var now = time.GetUtcNow();
        db.RecordChangeValues = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            int accounts = 0, persons = 0, mentions = 0, runs = 0;
            var erasedActors = found.Where(f => f.Hit.Kind == SubjectHitKind.NetworkPerson).Select(f => f.Hit.Id).ToList();

            // Mentions first (a record that also goes with an erased person is then simply deleted with it).
            foreach (var hit in found.Where(f => f.Hit.Kind == SubjectHitKind.Mention))
            {
                if (await db.FindAsync(hit.ClrType, [hit.Hit.Id], ct) is not { } entity)
                    continue;
                Walk(entity, hit.ClrType, q!, erase: true);
                mentions++;
            }

            foreach (var hit in found.Where(f => f.Hit.Kind == SubjectHitKind.Account))
            {
                var user = await db.Users.SingleAsync(u => u.Id == hit.Hit.Id && u.OrganisationId == actor.OrganisationId, ct);
                AnonymiseAccount(user);
                db.ApproachMembers.RemoveRange(await db.ApproachMembers.Where(m => m.UserId == user.Id).ToListAsync(ct));
                db.RemoveRange(await db.Set<ApiToken>().Where(t => t.UserId == user.Id).ToListAsync(ct));
                db.RemoveRange(await db.Set<Meetings.CalendarFeedToken>().Where(t => t.UserId == user.Id).ToListAsync(ct));
                accounts++;
            }

            await db.SaveChangesAsync(ct);
            if (erasedActors.Count > 0)
            {
                // Removing the person removes their ties, contact log and check-ins (cascade) from the network.
                persons = await db.Set<NetworkActor>().Where(a => erasedActors.Contains(a.Id)).ExecuteDeleteAsync(ct);
                foreach (var run in await db.Set<NetworkAnalysisRun>().ToListAsync(ct))
                {
                    if (erasedActors.Any(id => run.Data.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)))
                    {
                        run.PersonErasedAt = now;
                        runs++;
                    }
                }
            }

            var scrubbed = await MaskInAuditAsync(q!, actor.OrganisationId, now, ct);
            audit.Add(actor, AuditActions.Delete, "Betrokkene", null, null,
                $"Gegevens van een betrokkene gewist: {accounts} account(s), {persons} persoon/personen in een netwerk, {mentions} vermelding(en), " +
                $"{runs} analyse(s) gemarkeerd, {scrubbed} auditregel(s) voortaan afgeschermd. Reden: {reason}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Result<ErasureResult>.Ok(new ErasureResult(accounts, persons, mentions, runs, scrubbed));
        }
        finally
        {
            db.RecordChangeValues = true;
        }
    }

    private static void AnonymiseAccount(AppUser user)
    {
        var placeholder = $"verwijderd-{user.Id:N}@wijkkracht.invalid";
        user.DisplayName = "Verwijderde gebruiker " + user.Id.ToString("N")[..4].ToUpperInvariant();
        user.Email = placeholder;
        user.NormalizedEmail = placeholder.ToUpperInvariant();
        user.UserName = placeholder;
        user.NormalizedUserName = placeholder.ToUpperInvariant();
        user.PhoneNumber = null;
        user.PasswordHash = null;
        user.SecurityStamp = Guid.NewGuid().ToString();
        user.IsActive = false;
    }

    /// <summary>
    /// Registers the erased term, so audit views and exports mask it from now on (the audit log itself is append-only,
    /// ADR 0009); returns how many audit events hold it.
    /// </summary>
    private async Task<int> MaskInAuditAsync(string q, Guid organisationId, DateTimeOffset now, CancellationToken ct)
    {
        db.Add(new ErasedTerm { OrganisationId = organisationId, TermProtected = sensitive.Protect(q), ErasedAt = now });
        var lower = q.ToLowerInvariant();
        return await db.AuditEvents.AsNoTracking()
            .CountAsync(e => e.OrganisationId == organisationId && ((e.Changes != null && e.Changes.ToLower().Contains(lower)) || e.Summary.ToLower().Contains(lower) || e.ActorName.ToLower().Contains(lower)), ct);
    }

    /// <summary>Replaces every erased term of the organisation in audit events read for display or export (the events are not tracked).</summary>
    public static void Mask(IEnumerable<AuditEvent> events, IReadOnlyCollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
            return;
        foreach (var e in events)
        {
            foreach (var term in terms)
            {
                e.Summary = ReplaceIgnoringCase(e.Summary, term);
                e.ActorName = ReplaceIgnoringCase(e.ActorName, term);
                if (e.Changes is not null)
                    e.Changes = ReplaceIgnoringCase(e.Changes, term);
            }
        }
    }

    private sealed record Found(SubjectHit Hit, Type ClrType, Dictionary<string, string> Values);

    /// <summary>
    /// Where a member's own name appears in the organisation's records other than their account (the own-data export,
    /// issue 14 §7): the kind of record, the approach and the fields, never the text (it may be about others too; a full
    /// request goes through the Beheerder).
    /// </summary>
    public async Task<List<SubjectHit>> MentionsOfAsync(string name, Guid organisationId, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length < MinimumQueryLength)
            return [];
        return (await FindAsync(name.Trim(), organisationId, ct)).Where(f => f.Hit.Kind != SubjectHitKind.Account).Select(f => f.Hit).ToList();
    }

    /// <summary>Every record of the organisation that holds the term, with the fields (and their text) that do.</summary>
    private async Task<List<Found>> FindAsync(string q, Guid organisationId, CancellationToken ct)
    {
        var found = new List<Found>();
        var titles = await db.Approaches.AsNoTracking().Where(a => a.OrganisationId == organisationId).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId).ToListAsync(ct);
        foreach (var user in users.Where(u => Contains(u.DisplayName, q) || Contains(u.Email, q)))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["DisplayName"] = user.DisplayName, ["Email"] = user.Email ?? "" };
            var memberships = await db.ApproachMembers.AsNoTracking().Where(m => m.UserId == user.Id).Select(m => m.ApproachId).ToListAsync(ct);
            values["Aanpakken"] = string.Join("; ", memberships.Select(id => titles.GetValueOrDefault(id, "")));
            found.Add(new Found(new SubjectHit(SubjectHitKind.Account, nameof(AppUser), "Account", user.Id, null, null, ["DisplayName", "Email"]), typeof(AppUser), values));
        }

        foreach (var entityType in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && !Skipped.Contains(t.ClrType)))
        {
            var method = typeof(SubjectRightsService).GetMethod(nameof(ScanAsync), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(entityType.ClrType);
            var hits = await (Task<List<(object Entity, Dictionary<string, string> Values)>>)method.Invoke(this, [q, entityType, ct])!;
            foreach (var (entity, values) in hits)
            {
                var id = (Guid)entityType.FindPrimaryKey()!.Properties[0].PropertyInfo!.GetValue(entity)!;
                var approachId = (entity as IApproachScoped)?.ApproachId;
                var kind = entity is NetworkActor person && person.Kind == ActorKind.Persoon && Contains(person.DisplayName, q) ? SubjectHitKind.NetworkPerson : SubjectHitKind.Mention;
                found.Add(new Found(
                    new SubjectHit(kind, entityType.ClrType.Name, AuditText.Noun(entityType.ClrType.Name), id, approachId, approachId is { } a ? titles.GetValueOrDefault(a) : null, [.. values.Keys]),
                    entityType.ClrType, values));
            }
        }

        return found;
    }

    private async Task<List<(object Entity, Dictionary<string, string> Values)>> ScanAsync<T>(string q, IEntityType entityType, CancellationToken ct)
        where T : class
    {
        var result = new List<(object, Dictionary<string, string>)>();
        var key = entityType.FindPrimaryKey()!.Properties[0].Name;
        const int batch = 2000;
        for (var skip = 0; ; skip += batch)
        {
            var rows = await db.Set<T>().AsNoTracking().OrderBy(e => EF.Property<object>(e, key)).Skip(skip).Take(batch).ToListAsync(ct);
            foreach (var row in rows)
            {
                var values = Walk(row, typeof(T), q, erase: false);
                if (values.Count > 0)
                    result.Add((row, values));
            }

            if (rows.Count < batch)
                return result;
        }
    }

    /// <summary>
    /// The text fields of <paramref name="value"/> (and of its owned parts) that hold the term, decrypting the
    /// *Protected fields; with <paramref name="erase"/> the term is replaced in them (and re-encrypted).
    /// </summary>
    private Dictionary<string, string> Walk(object value, Type type, string q, bool erase, string prefix = "")
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (IsTextProperty(property))
            {
                var raw = (string?)property.GetValue(value);
                if (string.IsNullOrEmpty(raw))
                    continue;
                var isProtected = property.Name.EndsWith("Protected", StringComparison.Ordinal);
                var text = isProtected ? sensitive.Unprotect(raw) : raw;
                if (!Contains(text, q))
                    continue;
                var name = prefix + (isProtected ? property.Name[..^"Protected".Length] : property.Name);
                values[name] = text;
                if (erase)
                {
                    var replaced = ReplaceIgnoringCase(text, q);
                    property.SetValue(value, isProtected ? sensitive.Protect(replaced) : replaced);
                }
            }
            else if (db.Model.FindEntityType(property.PropertyType) is { } owned && owned.IsOwned() && property.GetValue(value) is { } part)
            {
                foreach (var (k, v) in Walk(part, property.PropertyType, q, erase, prefix + property.Name + "."))
                    values[k] = v;
            }
            else if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericArguments() is [var itemType]
                     && db.Model.FindEntityType(itemType) is { } ownedItem && ownedItem.IsOwned() && property.GetValue(value) is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var (k, v) in Walk(item, itemType, q, erase, $"{prefix}{property.Name}[{index}]."))
                        values[k] = v;
                    index++;
                }
            }
        }

        return values;
    }

    private static bool Contains(string? text, string q) => text is not null && text.Contains(q, StringComparison.OrdinalIgnoreCase);

    private static string ReplaceIgnoringCase(string text, string q) => text.Replace(q, Replacement, StringComparison.OrdinalIgnoreCase);
}
