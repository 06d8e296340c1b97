using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Wijkkracht.Core.Security;

/// <summary>
/// TOTP (RFC 6238, SHA-1, 30 s, 6 digits) like Identity's authenticator provider, but a code can be used only once:
/// the last accepted time step is kept as an Identity user token, and that step and every earlier one are refused.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider time) : AuthenticatorTokenProvider<AppUser>
{
    public const string TokenLoginProvider = "[Wijkkracht]";
    public const string LastStepTokenName = "LastTotpStep";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
            return false;
        var code = int.Parse(token, CultureInfo.InvariantCulture);
        var keyBytes = FromBase32(key);
        var now = time.GetUtcNow().ToUnixTimeSeconds() / 30;
        var stored = await manager.GetAuthenticationTokenAsync(user, TokenLoginProvider, LastStepTokenName);
        var lastUsed = long.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : long.MinValue;
        // Same tolerance as Identity: 2 steps (60 s) either way for clock drift.
        for (var step = now - 2; step <= now + 2; step++)
        {
            if (step <= lastUsed || Compute(keyBytes, step) != code)
                continue;
            await manager.SetAuthenticationTokenAsync(user, TokenLoginProvider, LastStepTokenName, step.ToString(CultureInfo.InvariantCulture));
            return true;
        }

        return false;
    }

    private static int Compute(byte[] key, long step)
    {
        var message = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
            Array.Reverse(message);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }

    private static byte[] FromBase32(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in input.TrimEnd('=').ToUpperInvariant())
        {
            var index = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
                continue;
            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
