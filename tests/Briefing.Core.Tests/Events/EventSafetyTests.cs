using Briefing.Testing;

namespace Briefing.Core.Tests.Events;

/// <summary>Nothing an author writes in an event can put markup or script into a reader's page.</summary>
public sealed class EventSafetyTests
{
    [Fact]
    public void Markup_in_title_summary_location_and_body_is_shown_as_text()
    {
        var frontMatter = EventInput.ValidFrontMatter
            .Replace("title: Russia closes a cultural centre", "title: \"<script>alert(1)</script>\"", StringComparison.Ordinal)
            .Replace("location: Baku, Azerbaijan", "location: \"<img src=x onerror=alert(2)>\"", StringComparison.Ordinal)
            .Replace("summary: A one-line summary.", "summary: \"<b onclick=alert(3)>bold</b>\"", StringComparison.Ordinal);
        using var input = new EventInput();
        input.Event("2025-06-27-centre.md", frontMatter);
        var result = input.Render();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = result.Text("events/centre/index.html");
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onclick", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
    }
}
