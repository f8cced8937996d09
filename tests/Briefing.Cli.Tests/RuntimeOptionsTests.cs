using System.Text.Json;

namespace Briefing.Cli.Tests;

/// <summary>
/// The runtime settings the <c>briefing</c> binary is built with (src/Briefing.Cli/RuntimeOptions.props), read from the
/// runtime configuration the build writes for it: each was chosen by measurement (bench/README.md), and losing one
/// silently would cost the 100,000-event build its time or memory target.
/// </summary>
public class RuntimeOptionsTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "briefing.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Theory]
    [InlineData("System.GC.Server", "True")]
    [InlineData("System.GC.ConserveMemory", "3")]
    [InlineData("System.GC.DynamicAdaptationMode", "0")]
    [InlineData("System.IO.DisableFileLocking", "True")]
    [InlineData("System.Globalization.Invariant", "True")]
    [InlineData("System.Runtime.TieredPGO", "False")]
    public void The_binary_runs_with_the_measured_settings(string property, string value) =>
        Assert.Equal(value, ConfigProperties().GetProperty(property).ToString());
}
