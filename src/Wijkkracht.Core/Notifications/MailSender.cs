using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Wijkkracht.Core.Notifications;

/// <summary>
/// Optional SMTP settings (<c>Smtp:Host</c>, <c>Smtp:Port</c>, <c>Smtp:From</c>, <c>Smtp:UserName</c>,
/// <c>Smtp:Password</c>, <c>Smtp:StartTls</c>). Without a host no e-mail is sent: links are shown on screen instead.
/// </summary>
public sealed record SmtpSettings(string? Host, int Port, string? From, string? UserName, string? Password, bool StartTls)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);

    public static SmtpSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Smtp");
        return new SmtpSettings(
            section["Host"],
            int.TryParse(section["Port"], System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : 587,
            section["From"],
            section["UserName"],
            section["Password"],
            !bool.TryParse(section["StartTls"], out var tls) || tls);
    }
}

/// <summary>Sends a plain-text e-mail. <see cref="IsEnabled"/> is false when SMTP is not configured.</summary>
public interface IMailSender
{
    bool IsEnabled { get; }

    /// <summary>Sends the message; false when it could not be sent (the caller then shows the link on screen).</summary>
    Task<bool> SendAsync(string toAddress, string toName, string subject, string body, CancellationToken ct = default);
}

/// <summary>SMTP with MailKit. Failures are logged without the recipient or body (no personal data in logs).</summary>
public sealed class SmtpMailSender(SmtpSettings settings, ILogger<SmtpMailSender> logger) : IMailSender
{
    public bool IsEnabled => settings.IsConfigured;

    public async Task<bool> SendAsync(string toAddress, string toName, string subject, string body, CancellationToken ct = default)
    {
        if (!IsEnabled)
            return false;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(settings.Host!, settings.Port, settings.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
            return true;
        }
        catch (Exception e) when (e is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            logger.LogWarning("Sending an e-mail over SMTP failed: {Error}", e.GetType().Name);
            return false;
        }
    }
}
