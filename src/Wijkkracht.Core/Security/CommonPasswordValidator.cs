using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Wijkkracht.Core.Security;

/// <summary>
/// Refuses passwords on a list of ~49,000 common passwords (zxcvbn-ts common dictionary), also when digits or symbols
/// are merely added before or after one ("welkom2024!"), and passwords that contain the user's e-mail name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        if (Common.Value.Contains(lower))
            return true;
        var core = lower.Trim("0123456789!@#$%^&*()-_=+.,?;:~ ".ToCharArray());
        return core.Length > 0 && core != lower && Common.Value.Contains(core);
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null)
            return Task.FromResult(IdentityResult.Success);
        if (IsCommon(password))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "Dit wachtwoord is te bekend en daardoor makkelijk te raden. Kies een ander wachtwoord." }));
        var local = user.Email?.Split('@')[0];
        if (local is { Length: >= 4 } && password.Contains(local, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordContainsEmail", Description = "Het wachtwoord mag uw e-mailnaam niet bevatten." }));
        return Task.FromResult(IdentityResult.Success);
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
