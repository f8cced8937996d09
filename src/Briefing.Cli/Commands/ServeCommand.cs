using System.CommandLine;
using System.Runtime.InteropServices;
using Briefing.Cli.Preview;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing serve</c>: the site built in memory, served on loopback, rebuilt and reloaded on every save.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on. The default serves this machine only; 0.0.0.0 serves every network it is on.", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Preview the site: build it in memory, serve it, and reload open pages whenever a file in the input or theme folder changes. Ctrl-C stops.");
        options.AddTo(command, withOutput: false);
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction(parse => Run(new PreviewSettings(options.Read(parse, context), parse.GetValue(host)!, parse.GetValue(port)), context));
        return command;
    }

    private static int Run(PreviewSettings settings, CliContext context)
    {
        if (settings.Port is < 0 or > 65535)
        {
            context.Error.WriteLine($"error: --port {settings.Port} is not a port number (0 to 65535)");
            return ExitCodes.Usage;
        }
        try
        {
            _ = ListenAddress.Parse(settings.Host);
        }
        catch (ArgumentException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        using var stop = new CancellationTokenSource();
        void Stop() => stop.Cancel();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; Stop(); };
        Console.CancelKeyPress += onCancel;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; Stop(); });
        try
        {
            return Serve(settings, context, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> Serve(PreviewSettings settings, CliContext context, CancellationToken stop)
    {
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(settings, context, stop);
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"error: cannot listen on {settings.Host}:{settings.Port}: {e.Message} (is another server using the port? try --port)");
            return ExitCodes.ContentErrors;
        }
        await using (server)
        {
            context.Out.WriteLine($"Serving {server.Address} (Ctrl-C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C or SIGTERM: stop below.
            }
            await server.StopAsync();
        }
        context.Out.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
