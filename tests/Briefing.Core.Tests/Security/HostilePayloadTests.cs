using Briefing.Core.Build;
using Briefing.Core.Diagnostics;
using Briefing.Core.Templates;
using Briefing.Testing.Security;
using Briefing.Testing;
using Xunit.Abstractions;

namespace Briefing.Core.Tests.Security;

/// <summary>
/// Every payload of the corpus, planted in a body, in front matter and in a tag, is either refused
/// with a located error in the file it was planted in, or published inert (checked with AngleSharp).
/// </summary>
public sealed class HostilePayloadTests(ITestOutputHelper output)
{
    private static readonly SitePipeline Pipeline = new();
    private static readonly Lazy<TemplateSet> Theme = new(() =>
        TemplateSet.Load(RepoPaths.Theme, RepoPaths.Root, Pipeline.RequiredTemplates, ViewModelJson.Default, new DiagnosticBag())!);

    [Fact]
    public void The_corpus_holds_at_least_fifty_distinct_payloads()
    {
        Assert.True(HostilePayloads.All.Count >= 50, $"only {HostilePayloads.All.Count} payloads");
        Assert.Equal(HostilePayloads.All.Count, HostilePayloads.All.Select(p => p.Name).Distinct().Count());
        Assert.All(HostilePayloads.All, p => Assert.False(string.IsNullOrWhiteSpace(p.Text), p.Name));
    }

    [Fact]
    public void Every_payload_is_refused_with_file_and_line_or_published_inert()
    {
        var failures = new List<string>();
        var refused = 0;
        foreach (var payload in HostilePayloads.All)
        {
            var outcomes = Enum.GetValues<PayloadPlace>().Select(place => Outcome(payload, place)).ToList();
            failures.AddRange(outcomes.Where(o => o.Problem is not null).Select(o => $"{payload.Name} in {o.Place}: {o.Problem}"));
            refused += outcomes.Count(o => o.Refused);
        }
        var total = HostilePayloads.All.Count;
        var neutralised = total - failures.Select(f => f[..f.IndexOf(" in ", StringComparison.Ordinal)]).Distinct().Count();
        output.WriteLine($"payloads neutralised: {neutralised} / {total} ({refused} of {total * 3} plantings refused with file and line, the rest published inert)");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (PayloadPlace Place, bool Refused, string? Problem) Outcome(HostilePayload payload, PayloadPlace place)
    {
        using var root = new TempDirectory();
        var input = PayloadSites.Write(root, payload, place);
        var result = Pipeline.Render(SiteBuilds.Options(input, root.Combine("output"), displayRoot: root.Path), theme: Theme.Value);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            var located = errors.Count > 0 && errors.All(e => e.Line >= 1 && e.File.StartsWith("input/", StringComparison.Ordinal));
            return (place, true, located ? null : "refused without file and line: " + string.Join("; ", errors));
        }
        var violations = result.Html().SelectMany(f => HtmlSafety.Violations(System.Text.Encoding.UTF8.GetString(f.Content)).Select(v => $"{f.Path}: {v}")).ToList();
        return (place, false, violations.Count == 0 ? null : string.Join("; ", violations.Take(3)));
    }
}
