using System.Threading.Channels;

namespace Briefing.Cli.Tests.Preview;

/// <summary>A test's open tab: reads the server-sent events of <c>/_briefing/events</c> as (event, data) pairs.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly Channel<(string Event, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };
    private Task _reader = Task.CompletedTask;

    public static async Task<EventStream> OpenAsync(Uri serverAddress)
    {
        var stream = new EventStream();
        var response = await stream._client.GetAsync(new Uri(serverAddress, "_briefing/events"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/event-stream", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        stream._reader = stream.ReadAsync(await response.Content.ReadAsStreamAsync());
        return stream;
    }

    /// <summary>The next event named <paramref name="name"/>; fails the test if none comes in time.</summary>
    public async Task<string> NextAsync(string name, TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            while (true)
            {
                var (ev, data) = await _events.Reader.ReadAsync(wait.Token);
                if (ev == name)
                {
                    return data;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"no '{name}' event within {(timeout ?? TimeSpan.FromSeconds(15)).TotalSeconds} s");
        }
        catch (ChannelClosedException)
        {
            throw new Xunit.Sdk.XunitException($"the event stream ended before a '{name}' event");
        }
    }

    /// <summary>Completes when the server ends the stream.</summary>
    public Task Ended => _reader;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _client.Dispose();
        try
        {
            await _reader;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException or ObjectDisposedException)
        {
            // Closed by us.
        }
        _stop.Dispose();
    }

    private async Task ReadAsync(Stream body)
    {
        using var reader = new StreamReader(body);
        string ev = "message", data = "";
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    _events.Writer.TryWrite((ev, data));
                    (ev, data) = ("message", "");
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    ev = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line["data: ".Length..];
                }
            }
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }
}
