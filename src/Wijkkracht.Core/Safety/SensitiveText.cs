using Microsoft.AspNetCore.DataProtection;

namespace Wijkkracht.Core.Safety;

/// <summary>
/// Encryption at rest of the most sensitive free text (issue 14 §10: safety reports, their follow-up, check-in notes)
/// with ASP.NET Core Data Protection. The keys live in the key ring, which is protected with a certificate kept outside
/// the database when <c>DataProtection:CertificatePath</c> is set (docs/security.md), so a database dump or backup alone
/// does not reveal the text. Empty text stays empty (nothing to hide, and forms can tell "not filled in").
/// </summary>
public sealed class SensitiveText(IDataProtectionProvider provider)
{
    public const string Purpose = "Wijkkracht.SensitiveText.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string? plain) => string.IsNullOrEmpty(plain) ? "" : _protector.Protect(plain);

    public string Unprotect(string? cipher) => string.IsNullOrEmpty(cipher) ? "" : _protector.Unprotect(cipher);
}
