using System.CommandLine;
using Briefing.Core.Build;

namespace Briefing.Cli.Commands;

/// <summary>The folder options that every command reading the site shares.</summary>
public sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "Folder of content: site.yml, briefings/, pages/, events/.", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme") { Description = "Folder of the theme: templates/, partials/, assets/.", DefaultValueFactory = _ => "theme" };

    public Option<string> Output { get; } = new("--output") { Description = "Folder the site is written to; replaced whole when the build succeeds.", DefaultValueFactory = _ => "output" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Absolute URL the site is served from (overrides base_url in site.yml); used for canonical links and feeds." };

    public void AddTo(Command command, bool withOutput)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        if (withOutput)
        {
            command.Options.Add(Output);
        }
        command.Options.Add(BaseUrl);
    }

    public BuildOptions Read(ParseResult parse, CliContext context) => new(
        context.Resolve(parse.GetValue(Input)!),
        context.Resolve(parse.GetValue(Theme)!),
        context.Resolve(parse.GetValue(Output) ?? "output"),
        context.WorkingDirectory,
        parse.GetValue(BaseUrl));
}
