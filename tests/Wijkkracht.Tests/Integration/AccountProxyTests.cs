using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Data;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Behind a TLS-terminating proxy: trusted forwarded headers only, AllowedHosts, no Host reflection.</summary>
public sealed class AccountProxyTests
{
    private const string Proxy = "10.0.0.1";

    /// <summary>Gives every request the remote address <paramref name="ip"/>, as a real connection from the proxy would.</summary>
    private sealed class RemoteAddress(string ip) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ip);
                return following(context);
            });
            next(app);
        };
    }

    private static WebApplicationFactory<Program> From(TestApp app, string ip) =>
        app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(ip))));

    private static HttpClient Client(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://wijkkracht.example") });

    private static async Task<HttpResponseMessage> GetViaProxyAsync(HttpClient client, string url, string clientIp = "203.0.113.7")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", clientIp);
        return await client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TrustedProxy_ForwardedHttps_CookiesSecureAndHstsSent(DatabaseProvider provider)
    {
        using var app = new TestApp(provider, new() { ["ForwardedHeaders:KnownProxies:0"] = Proxy });
        using var factory = From(app, Proxy);
        var response = await GetViaProxyAsync(Client(factory), "/inloggen");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("wijkkracht-af", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UntrustedSource_ForwardedHttps_IsIgnored(DatabaseProvider provider)
    {
        using var app = new TestApp(provider, new() { ["ForwardedHeaders:KnownProxies:0"] = Proxy });
        using var factory = From(app, "192.0.2.9");
        var response = await GetViaProxyAsync(Client(factory), "/inloggen");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("wijkkracht-af", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LoginRateLimit_BehindProxy_PartitionsByRealClientAddress(DatabaseProvider provider)
    {
        using var app = new TestApp(provider, new() { ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8", ["Security:LoginAttemptsPerMinute"] = "2" });
        using var factory = From(app, Proxy);
        var client = Client(factory);

        async Task<HttpStatusCode> PostAsync(string ip)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/inloggen") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@y.nl" }) };
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", ip);
            return (await client.SendAsync(request)).StatusCode;
        }

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            first.Add(await PostAsync("203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, first[2]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync("203.0.113.2"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LoginRedirect_ForeignHostHeader_IsNotReflected(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://evil.example") });
        var response = await client.GetAsync("/aanpakken");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/inloggen", location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", location, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AllowedHostsConfigured_OtherHost_Answers400(DatabaseProvider provider)
    {
        using var app = new TestApp(provider, new() { ["AllowedHosts"] = "wijkkracht.example" });
        var ok = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://wijkkracht.example") });
        Assert.Equal(HttpStatusCode.OK, (await ok.GetAsync("/inloggen")).StatusCode);
        var other = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://evil.example") });
        Assert.Equal(HttpStatusCode.BadRequest, (await other.GetAsync("/inloggen")).StatusCode);
    }
}
