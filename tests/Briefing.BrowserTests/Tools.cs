using Briefing.Testing;

namespace Briefing.BrowserTests;

/// <summary>Where the browser tests find what they drive and inject, and where they leave screenshots.</summary>
public static class Tools
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Flags for a quiet, reproducible headless Chromium that makes no requests of its own.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync",
    ];

    /// <summary>axe-core's browser bundle: <c>AXE_CORE_PATH</c>, or the copy <c>.ci/setup/61-node-tools.sh</c> installs.</summary>
    public static string? AxeScript =>
        new[]
        {
            Environment.GetEnvironmentVariable("AXE_CORE_PATH"),
            Path.Combine(RepoPaths.Root, ".ci", "node", "node_modules", "axe-core", "axe.min.js"),
            Path.Combine(RepoPaths.Root, "node_modules", "axe-core", "axe.min.js"),
        }.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>python3 from the PATH, which generates the product corpus; null when there is none.</summary>
    public static string? Python =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "python3"))
            .FirstOrDefault(File.Exists);

    /// <summary><c>artifacts/screenshots/</c> at the repository root (git-ignored; CI uploads it).</summary>
    public static string ScreenshotDirectory => Path.Combine(RepoPaths.Root, "artifacts", "screenshots");
}
