using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Secrets at rest: the SQLite file is owner-only, the Data Protection key ring can be certificate-protected.</summary>
public sealed class AccountStorageTests
{
    /// <summary>SQLite only by nature: PostgreSQL has no database file.</summary>
    [Fact]
    public async Task SqliteFile_NewDatabase_IsOwnerReadWriteOnlyWithWalAndShm()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var app = new TestApp(DatabaseProvider.Sqlite);
        var org = await app.CreateOrganisationAsync("GM0016", "Pdorp");
        await app.SignedInClientAsync(org.Users[OrgRole.Partner]);
        var path = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnly, File.GetUnixFileMode(path));
        Assert.True(File.Exists(path + "-wal"));
        foreach (var companion in new[] { path + "-wal", path + "-shm" }.Where(File.Exists))
            Assert.Equal(ownerOnly, File.GetUnixFileMode(companion));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeyRing_CertificateConfigured_IsStoredEncryptedAndStillWorks(DatabaseProvider provider)
    {
        var dir = Path.Combine(Path.GetTempPath(), "wijkkracht-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var pfx = Path.Combine(dir, "dataprotection.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Wijkkracht Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "geheim-wachtwoord"));
        }

        using var app = new TestApp(provider, new() { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "geheim-wachtwoord" });
        var org = await app.CreateOrganisationAsync("GM0017", "Qdorp");
        var browser = await app.SignedInClientAsync(org.Users[OrgRole.Coordinator]);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.GetAsync("/aanpakken")).StatusCode);
        var keys = await app.InScopeAsync((_, db) => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
    }
}
