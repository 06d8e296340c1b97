using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Logging;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Notifications;

/// <summary>
/// An in-app message to one user (issue 14 §2): that there is a new safety report, that first contact is overdue, that
/// a safety agreement is due for review. Never the content of what it is about; the link leads to the page where the
/// reader's own rights decide what they see.
/// </summary>
public sealed class Notice : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string Text { get; set; } = "";

    /// <summary>A local path in Wijkkracht ("/aanpakken/…").</summary>
    public string Link { get; set; } = "";

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>Whether the message was also sent by e-mail.</summary>
    public bool Emailed { get; set; }
}

/// <summary>EF mapping of <see cref="Notice"/>.</summary>
public sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(500);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}

/// <summary>
/// Sends notices: always in the app, and also by e-mail when SMTP is configured (the e-mail says only that there is a
/// message and where to read it). Saving is left to the caller, so a notice is stored in the same transaction as the
/// record it is about.
/// </summary>
public sealed class NoticeService(WijkkrachtDbContext db, IMailSender mail, TimeProvider time, ILogger<NoticeService> logger)
{
    /// <summary>Adds a notice for each active user in <paramref name="userIds"/> of the organisation; e-mails after the caller saved.</summary>
    public async Task<List<Notice>> AddAsync(Guid organisationId, IEnumerable<Guid> userIds, string text, string link, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        var users = await db.Users.Where(u => u.OrganisationId == organisationId && u.IsActive && ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        var now = time.GetUtcNow();
        var notices = users.Select(id => new Notice { OrganisationId = organisationId, UserId = id, CreatedAt = now, Text = text, Link = link }).ToList();
        db.AddRange(notices);
        return notices;
    }

    /// <summary>Sends the e-mail copies of saved notices (when SMTP is configured); failures leave the in-app notice.</summary>
    public async Task MailAsync(IReadOnlyCollection<Notice> notices, string? baseUrl, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notices);
        if (!mail.IsEnabled || notices.Count == 0)
            return;
        var ids = notices.Select(n => n.UserId).ToList();
        var users = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName }).ToDictionaryAsync(u => u.Id, ct);
        foreach (var notice in notices)
        {
            if (!users.TryGetValue(notice.UserId, out var user) || string.IsNullOrEmpty(user.Email))
                continue;
            var where = string.IsNullOrWhiteSpace(baseUrl)
                ? "Log in op Wijkkracht en open 'Berichten'."
                : $"Lees het bericht in Wijkkracht: {baseUrl.TrimEnd('/')}{notice.Link}";
            var body = $"{notice.Text}\n\n{where}\n\n" +
                       "Dit bericht bevat bewust geen inhoud. U ziet de details na het inloggen.";
            notice.Emailed = await mail.SendAsync(user.Email, user.DisplayName, "Wijkkracht: " + notice.Text, body, ct);
        }

        if (notices.Any(n => n.Emailed))
            await db.SaveChangesAsync(ct);
        else
            logger.LogDebug("No notice e-mail was sent");
    }

    public async Task<List<Notice>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await db.Set<Notice>().Where(n => n.UserId == actor.UserId).OrderByDescending(n => n.CreatedAt).Take(200).ToListAsync(ct);
    }

    public Task<int> UnreadCountAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.Set<Notice>().CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, ct);
    }

    /// <summary>Marks one notice (or, with null, all) of the actor as read; false when the notice is not the actor's.</summary>
    public async Task<bool> MarkReadAsync(Actor actor, Guid? id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = db.Set<Notice>().Where(n => n.UserId == actor.UserId && n.ReadAt == null);
        if (id is { } one)
            query = query.Where(n => n.Id == one);
        var notices = await query.ToListAsync(ct);
        if (id is not null && notices.Count == 0)
            return await db.Set<Notice>().AnyAsync(n => n.UserId == actor.UserId && n.Id == id, ct);
        var now = time.GetUtcNow();
        foreach (var n in notices)
            n.ReadAt = now;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
