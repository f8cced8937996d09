using System.Net.Sockets;
using System.Text;

namespace Briefing.Cli.Tests.Preview;

/// <summary>
/// Sends a request line exactly as written: HttpClient would normalise <c>..</c> and escapes away
/// before they ever reached the server, which is what the traversal tests must not allow.
/// </summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> GetAsync(Uri server, string target, string? host = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? $"{server.Host}:{server.Port}"}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var response = await reader.ReadToEndAsync(timeout.Token);
        var statusLine = response.Split("\r\n", 2)[0];
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = response.Contains("\r\n\r\n", StringComparison.Ordinal) ? response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..] : "";
        return (status, body);
    }
}
