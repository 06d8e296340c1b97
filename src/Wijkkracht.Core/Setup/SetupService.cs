using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Setup;

/// <summary>Input for the first organisation and its first Beheerder.</summary>
public sealed class SetupInput
{
    public string? OrganisationName { get; set; }

    public string? GmCode { get; set; }

    public string? AdminName { get; set; }

    public string? AdminEmail { get; set; }

    public string? Password { get; set; }
}

/// <summary>The one-time setup secret, created at start-up when there are no users yet.</summary>
public sealed class SetupToken
{
    private string? _token;

    public string? Current => _token;

    public string Issue() => _token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public bool Matches(string? candidate) =>
        _token is not null && candidate is not null &&
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(_token), System.Text.Encoding.UTF8.GetBytes(candidate));

    public void Consume() => _token = null;
}

/// <summary>Creates the first organisation and Beheerder from the one-time setup link.</summary>
public sealed class SetupService(WijkkrachtDbContext db, UserManager<AppUser> users, SetupToken setupToken)
{
    public async Task<bool> IsNeededAsync(CancellationToken ct = default) => !await db.Users.AnyAsync(ct);

    public async Task<Result<AppUser>> CreateFirstAsync(string? token, SetupInput input, CancellationToken ct = default)
    {
        if (!setupToken.Matches(token) || await db.Users.AnyAsync(ct))
            return Result<AppUser>.NotFound();

        var errors = new ValidationErrors();
        var orgName = input.OrganisationName?.Trim();
        if (string.IsNullOrEmpty(orgName) || orgName.Length > 200)
            errors.Add(nameof(SetupInput.OrganisationName), "Vul de naam van de gemeente of organisatie in (maximaal 200 tekens).");
        var gm = input.GmCode?.Trim().ToUpperInvariant();
        if (!CbsCodes.IsValidGm(gm))
            errors.Add(nameof(SetupInput.GmCode), "Vul de CBS-gemeentecode in: 'GM' gevolgd door 4 cijfers, bijvoorbeeld GM0363.");
        var adminName = input.AdminName?.Trim();
        if (string.IsNullOrEmpty(adminName) || adminName.Length > 200)
            errors.Add(nameof(SetupInput.AdminName), "Vul uw naam in (maximaal 200 tekens).");
        var email = input.AdminEmail?.Trim();
        if (string.IsNullOrEmpty(email) || !System.Net.Mail.MailAddress.TryCreate(email, out _))
            errors.Add(nameof(SetupInput.AdminEmail), "Vul een geldig e-mailadres in.");
        if (string.IsNullOrEmpty(input.Password))
            errors.Add(nameof(SetupInput.Password), "Kies een wachtwoord van minstens 12 tekens.");
        if (errors.Any)
            return Result<AppUser>.Invalid(errors);

        var organisation = new Organisation { Name = orgName!, GmCode = gm! };
        db.Tenant.UseSystem(organisation.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        var admin = new AppUser
        {
            OrganisationId = organisation.Id,
            Email = email,
            UserName = email,
            DisplayName = adminName!,
            Role = OrgRole.Beheerder,
            EmailConfirmed = true,
        };
        var result = await users.CreateAsync(admin, input.Password!);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var identityErrors = new ValidationErrors();
            foreach (var error in result.Errors)
                identityErrors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(SetupInput.Password) : nameof(SetupInput.AdminEmail), error.Description);
            return Result<AppUser>.Invalid(identityErrors);
        }

        await transaction.CommitAsync(ct);
        setupToken.Consume();
        return Result<AppUser>.Ok(admin);
    }
}
