namespace Briefing.Cli.Tests.Preview;

/// <summary>The author's loop: save a file, every open tab is told to reload, and the page shows the change or the error.</summary>
public sealed class LiveReloadTests
{
    [Fact]
    public async Task Edit_sends_reload_to_open_tabs_and_the_page_then_shows_the_new_content()
    {
        await using var serve = await ServeHarness.StartAsync();
        var before = await serve.GetTextAsync(ServeHarness.BriefingUrl);
        await using var tab = await EventStream.OpenAsync(serve.Server.Address);
        var hello = await tab.NextAsync("hello");

        serve.Edit(ServeHarness.BriefingFile, text => text.Replace("title: \"First Light\"", "title: \"Second Light\"", StringComparison.Ordinal));
        var reload = await tab.NextAsync("reload");
        var after = await serve.GetTextAsync(ServeHarness.BriefingUrl);

        Assert.Contains("<h1>First Light</h1>", before, StringComparison.Ordinal);
        Assert.Equal(ServeHarness.StampOf(before), hello);
        Assert.NotEqual(hello, reload);
        Assert.Contains("<h1>Second Light</h1>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("First Light", after, StringComparison.Ordinal);
        Assert.Equal(reload, ServeHarness.StampOf(after));
    }

    [Fact]
    public async Task Broken_front_matter_shows_an_overlay_naming_file_and_line_until_it_is_fixed()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var tab = await EventStream.OpenAsync(serve.Server.Address);
        await tab.NextAsync("hello");
        var good = serve.Read(ServeHarness.BriefingFile);

        serve.Write(ServeHarness.BriefingFile, good.Replace("date: 2025-03-04", "date: 2025-13-45", StringComparison.Ordinal));
        await tab.NextAsync("reload");
        var broken = await serve.GetTextAsync(ServeHarness.BriefingUrl);
        var home = await serve.GetTextAsync("");
        serve.Write(ServeHarness.BriefingFile, good);
        await tab.NextAsync("reload");
        var repaired = await serve.GetTextAsync(ServeHarness.BriefingUrl);

        // The date is on line 3 of the file, after the opening '---' and the title.
        Assert.Contains("id=\"briefing-overlay\"", broken, StringComparison.Ordinal);
        Assert.Contains("<code class=\"where\">input/briefings/first-light/v1.md:3:", broken, StringComparison.Ordinal);
        Assert.Contains("id=\"briefing-overlay\"", home, StringComparison.Ordinal);
        Assert.Contains("<h1>First Light</h1>", broken, StringComparison.Ordinal);
        Assert.Matches(@"input/briefings/first-light/v1\.md:3:\d+: error: ", serve.Error.ToString());
        Assert.DoesNotContain("briefing-overlay", repaired, StringComparison.Ordinal);
        Assert.Contains("<h1>First Light</h1>", repaired, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_edits_reload_and_a_broken_event_shows_in_the_overlay_until_fixed()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var tab = await EventStream.OpenAsync(serve.Server.Address);
        var hello = await tab.NextAsync("hello");
        var good = serve.Read(ServeHarness.EventFile);

        serve.Write(ServeHarness.EventFile, good.Replace("in a sentence or two", "in three sentences", StringComparison.Ordinal));
        var edited = await tab.NextAsync("reload");
        var page = await serve.GetTextAsync(ServeHarness.EventUrl);
        serve.Write(ServeHarness.EventFile, good.Replace("cameo: \"010\"", "cameo: \"999\"", StringComparison.Ordinal));
        await tab.NextAsync("reload");
        var broken = await serve.GetTextAsync("");
        serve.Write(ServeHarness.EventFile, good);
        await tab.NextAsync("reload");
        var repaired = await serve.GetTextAsync("");

        Assert.NotEqual(hello, edited);
        Assert.Contains("in three sentences", page, StringComparison.Ordinal);
        Assert.Equal(edited, ServeHarness.StampOf(page));
        Assert.Contains("<code class=\"where\">input/events/2025-03-05-first-light-observed.md:7:", broken, StringComparison.Ordinal);
        Assert.DoesNotContain("briefing-overlay", repaired, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Theme_edit_reloads_with_the_changed_template()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var tab = await EventStream.OpenAsync(serve.Server.Address);
        await tab.NextAsync("hello");

        serve.Edit("theme/templates/briefing.sbn", text => text + "\n<!-- theme edited -->\n");
        await tab.NextAsync("reload");

        Assert.Contains("<!-- theme edited -->", await serve.GetTextAsync(ServeHarness.BriefingUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_server_greets_reconnecting_tabs_with_a_new_stamp_so_they_reload()
    {
        string first;
        await using (var serve = await ServeHarness.StartAsync())
        {
            await using var tab = await EventStream.OpenAsync(serve.Server.Address);
            first = await tab.NextAsync("hello");
            await serve.Server.StopAsync();
            await tab.Ended.WaitAsync(TimeSpan.FromSeconds(10));
        }
        await using var again = await ServeHarness.StartAsync();
        await using var reconnected = await EventStream.OpenAsync(again.Server.Address);

        Assert.NotEqual(first, await reconnected.NextAsync("hello"));
    }

    [Fact]
    public async Task Built_files_never_contain_the_reload_script_only_responses_do()
    {
        await using var serve = await ServeHarness.StartAsync();
        var served = await serve.GetTextAsync(ServeHarness.BriefingUrl);
        var script = await serve.Client.GetAsync(serve.Url("_briefing/live.js"));

        Assert.Contains("/_briefing/live.js", served, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", served, StringComparison.Ordinal);
        Assert.NotEmpty(serve.Server.Current.Files);
        Assert.All(serve.Server.Current.Files, f => Assert.DoesNotContain("_briefing", System.Text.Encoding.UTF8.GetString(f.Content), StringComparison.Ordinal));
        Assert.Equal("application/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
