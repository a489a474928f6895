using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Tanso.Web.Tests.Infrastructure;

/// <summary>A real SMTP server inside the test process on a free loopback port, requiring AUTH with
/// <see cref="User"/>/<see cref="Password"/>; it keeps every message it was given.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    public const string User = "tanso";
    public const string Password = "smtp-secret";

    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private readonly Task _running;

    public TestSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AuthenticationRequired(true).AllowUnsecureAuthentication(true))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        services.Add(new DelegatingUserAuthenticator((user, password) => user == User && password == Password));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The messages received so far, in order.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _store.Messages];

    /// <summary>The app's settings for sending through this server.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings() => SettingsFor(Port);

    /// <summary>Settings for a server at <paramref name="port"/>, whether or not anything listens there.</summary>
    public static IEnumerable<KeyValuePair<string, string>> SettingsFor(int port) =>
    [
        new("Mail:Host", "127.0.0.1"), new("Mail:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Mail:Tls", "None"),
        new("Mail:User", User), new("Mail:Password", Password), new("Mail:FromAddress", "noreply@tanso.example"),
    ];

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // stopped as asked
        }
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
