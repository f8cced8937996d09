namespace Briefing.BrowserTests;

/// <summary>
/// A test that needs Debian's Chromium. Where it is not installed the test is skipped with a message
/// saying how to install it, so <c>dotnet test</c> passes on a bare machine; CI installs it
/// (<c>.ci/setup/60-browser.sh</c>), so there these tests always run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Tools.ChromiumPath))
        {
            Skip = $"Chromium is not installed at {Tools.ChromiumPath}. Install it with `sudo apt-get install chromium` "
                + "(or `sudo bash .ci/setup/60-browser.sh`) to run the browser tests. Never `playwright install`.";
        }
    }
}

/// <summary>A test that also needs axe-core from npm; skipped with a message when it is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AxeFactAttribute : ChromiumFactAttribute
{
    public AxeFactAttribute()
    {
        if (Skip is null && Tools.AxeScript is null)
        {
            Skip = "axe-core is not installed: run `bash .ci/setup/61-node-tools.sh` (npm ci in .ci/node), "
                + "or set AXE_CORE_PATH to an axe.min.js.";
        }
    }
}
