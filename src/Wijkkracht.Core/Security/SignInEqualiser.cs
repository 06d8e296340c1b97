using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Wijkkracht.Core.Security;

/// <summary>
/// Makes a failed sign-in for an unknown or blocked address cost the same as one for a real account: the password is
/// verified against a dummy hash made with the application's own hasher (same algorithm and iteration count).
/// </summary>
public sealed class SignInEqualiser
{
    private readonly Lock _lock = new();
    private string? _dummyHash;

    /// <summary>One sign-in message for every failure, so that the answer never reveals whether an account exists.</summary>
    public const string FailedMessage =
        "Het e-mailadres of het wachtwoord klopt niet. Na 5 mislukte pogingen kunt u een account 15 minuten niet gebruiken.";

    public void VerifyAgainstDummy(IPasswordHasher<AppUser> hasher, string password)
    {
        string hash;
        lock (_lock)
            hash = _dummyHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        _ = hasher.VerifyHashedPassword(new AppUser(), hash, password);
    }
}
