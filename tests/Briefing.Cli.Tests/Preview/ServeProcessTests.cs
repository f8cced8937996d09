using System.Diagnostics;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Preview;

/// <summary>The real <c>briefing serve</c> process: it starts, serves, and stops cleanly on Ctrl-C (SIGINT).</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Ctrl_C_stops_the_server_cleanly_with_exit_code_0()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // SIGINT is sent with kill(1); Windows has no such signal to send another process.
        }
        using var root = new TempDirectory();
        root.CopyFrom(Path.Combine(RepoPaths.Fixture("50-serve"), "input"), "input");
        root.CopyFrom(RepoPaths.Theme, "theme");
        // A command started in the background by a shell without job control (as CI scripts often are) inherits SIGINT
        // ignored, and a process that starts with SIGINT ignored rightly keeps ignoring it, as nohup intends. The server
        // is started as from a terminal: on Linux, env(1) puts SIGINT back to its default first.
        var start = new ProcessStartInfo(OperatingSystem.IsLinux() ? "env" : "dotnet")
        {
            WorkingDirectory = root.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (OperatingSystem.IsLinux())
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add("dotnet");
        }
        foreach (var argument in new[] { typeof(CliApp).Assembly.Location, "serve", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        try
        {
            var address = await ReadUntilServingAsync(process).WaitAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient();
            var home = await http.GetAsync(new Uri(address));

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
                Assert.Equal(0, kill.ExitCode);
            }
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(45));
            var rest = await process.StandardOutput.ReadToEndAsync();

            Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
            Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", rest, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", await process.StandardError.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static async Task<string> ReadUntilServingAsync(Process process)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("Serving ", StringComparison.Ordinal))
            {
                return line.Split(' ')[1];
            }
        }
        throw new Xunit.Sdk.XunitException("serve exited before it was serving: " + await process.StandardError.ReadToEndAsync());
    }
}
