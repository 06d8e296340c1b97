using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Organisations;

namespace Wijkkracht.Core.Security;

/// <summary>
/// Refuses passwords on a list of ~49,000 common passwords (zxcvbn-ts common dictionary), also when digits or symbols
/// are merely added before or after one ("welkom2024!"), passwords that contain the user's e-mail name, and passwords
/// that the zxcvbn strength estimator (zxcvbn-core) scores below <see cref="MinimumScore"/> — keyboard walks,
/// repeats, dates, and the context words of this user: the application's name, the municipality's name and code, and
/// the user's own name and e-mail address.
/// </summary>
public sealed class CommonPasswordValidator(WijkkrachtDbContext db) : IPasswordValidator<AppUser>
{
    /// <summary>zxcvbn score 0–4; 3 means "safely unguessable: moderate protection from offline slow-hash scenario".</summary>
    public const int MinimumScore = 3;

    public const string TooWeakMessage =
        "Dit wachtwoord is te makkelijk te raden, bijvoorbeeld door een toetsenbordpatroon, een jaartal, uw naam of de naam van de gemeente of van Wijkkracht. Kies een langere zin van een paar losse woorden.";

    /// <summary>The zxcvbn score of <paramref name="password"/> with the given context words (lower-cased, split on punctuation).</summary>
    public static int Score(string password, IEnumerable<string?> context)
    {
        var words = context.Where(w => !string.IsNullOrWhiteSpace(w))
            .SelectMany(w => w!.ToLowerInvariant().Split([' ', '@', '.', '-', '_', '\'', ','], StringSplitOptions.RemoveEmptyEntries))
            .Append("wijkkracht").Distinct(StringComparer.Ordinal).ToList();
        return Zxcvbn.Zxcvbn.MatchPassword(password, words).Score;
    }

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        if (Common.Value.Contains(lower))
            return true;
        var core = lower.Trim("0123456789!@#$%^&*()-_=+.,?;:~ ".ToCharArray());
        return core.Length > 0 && core != lower && Common.Value.Contains(core);
    }

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null)
            return IdentityResult.Success;
        if (IsCommon(password))
            return IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "Dit wachtwoord is te bekend en daardoor makkelijk te raden. Kies een ander wachtwoord." });
        var local = user.Email?.Split('@')[0];
        if (local is { Length: >= 4 } && password.Contains(local, StringComparison.OrdinalIgnoreCase))
            return IdentityResult.Failed(new IdentityError { Code = "PasswordContainsEmail", Description = "Het wachtwoord mag uw e-mailnaam niet bevatten." });

        // The organisation is read without the tenant filter: at set-up and sign-up no tenant is set yet.
        var organisation = await db.Set<Organisation>().IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Id == user.OrganisationId).Select(o => new { o.Name, o.GmCode }).FirstOrDefaultAsync();
        var context = new[] { organisation?.Name, organisation?.GmCode, user.DisplayName, user.Email };
        return Score(password, context) < MinimumScore
            ? IdentityResult.Failed(new IdentityError { Code = "WeakPassword", Description = TooWeakMessage })
            : IdentityResult.Success;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Wijkkracht.Core.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("Common-password list missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                set.Add(line.ToLowerInvariant());
        }

        return set;
    }
}

/// <summary>Dutch Identity messages.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Het wachtwoord moet minstens {length} tekens lang zijn." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten." };

    /// <summary>Neutral: a Beheerder must not learn whether an address has an account in another organisation.</summary>
    public const string UnusableEmail = "Dit e-mailadres kan niet worden gebruikt voor dit account. Controleer het adres of kies een ander.";

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = UnusableEmail };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = UnusableEmail };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "Vul een geldig e-mailadres in." };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "Vul een geldig e-mailadres in." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Het huidige wachtwoord klopt niet." };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Iemand anders heeft dit account intussen gewijzigd. Probeer het opnieuw." };

    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Er ging iets mis. Probeer het opnieuw." };
}
