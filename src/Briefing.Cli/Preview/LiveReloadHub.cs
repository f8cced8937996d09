using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Briefing.Cli.Preview;

/// <summary>
/// Server-sent events to every open tab. A tab that connects (or reconnects, after a lost
/// connection or a restart of the server) is first told the current build's stamp (<c>hello</c>);
/// then each rebuild sends <c>reload</c> with the new stamp. The page reloads when the stamp differs
/// from its own, so a tab that missed events while disconnected catches up on reconnecting.
/// </summary>
public sealed class LiveReloadHub
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<long, Channel<string>> _clients = new();
    private long _nextId;

    public int ClientCount => _clients.Count;

    public void Broadcast(string stamp)
    {
        foreach (var channel in _clients.Values)
        {
            channel.Writer.TryWrite(stamp);
        }
    }

    public async Task StreamAsync(HttpContext context, string currentStamp, CancellationToken stopping)
    {
        // Only the newest stamp matters to a tab, so a slow tab never holds more than one.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Interlocked.Increment(ref _nextId);
        _clients[id] = channel;
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            context.Response.ContentType = "text/event-stream; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers["X-Accel-Buffering"] = "no";
            await WriteAsync(context, $"retry: 500\nevent: hello\ndata: {currentStamp}\n\n", both.Token);
            await PumpAsync(context, channel.Reader, both.Token);
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping: either way the stream simply ends.
        }
        catch (IOException)
        {
            // The connection broke mid-write.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    private static async Task PumpAsync(HttpContext context, ChannelReader<string> reader, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
            wait.CancelAfter(Heartbeat);
            try
            {
                var stamp = await reader.ReadAsync(wait.Token);
                await WriteAsync(context, $"event: reload\ndata: {stamp}\n\n", token);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                await WriteAsync(context, ": ping\n\n", token);
            }
        }
    }

    private static async Task WriteAsync(HttpContext context, string text, CancellationToken token)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), token);
        await context.Response.Body.FlushAsync(token);
    }
}
