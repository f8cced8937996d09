using System.CommandLine;
using Briefing.Core.Events;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing new event "Title" --date YYYY-MM-DD</c>: writes <c>input/events/&lt;date&gt;-&lt;slug&gt;.md</c>.</summary>
public static class NewEventCommand
{
    public static Command Create(CliContext context)
    {
        var title = new Argument<string>("TITLE") { Description = "A short headline for the action; its slug makes the file name." };
        var date = new Option<string>("--date") { Description = "When it happened: YYYY-MM-DD, or YYYY-MM when the sources give only the month.", Required = true };
        var cameo = new Option<string?>("--cameo") { Description = "The CAMEO event code, e.g. 173 or 0871; checked against the CAMEO table." };
        var actors = new Option<string?>("--actors") { Description = "Who acted and who it was aimed at, comma-separated: RUS,AZE or RUS:MIL,AZE:GOV." };
        var input = new Option<string>("--input") { Description = "Folder of content the event is written into.", DefaultValueFactory = _ => "input" };
        var command = new Command("event", "Create input/events/<date>-<slug>.md for a new event. Refuses to overwrite an existing file.");
        command.Arguments.Add(title);
        foreach (var option in new Option[] { date, cameo, actors, input })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse => Run(context, new EventScaffoldRequest(
            parse.GetValue(title)!,
            parse.GetValue(date)!,
            parse.GetValue(cameo),
            (parse.GetValue(actors) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            parse.GetValue(input)!));
        return command;
    }

    private static int Run(CliContext context, EventScaffoldRequest request, string input)
    {
        var result = EventScaffold.Create(request, CameoTable.Default);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine($"error: {problem}");
            }
            return ExitCodes.Usage;
        }
        var target = Path.Combine(context.Resolve(input), result.RelativePath);
        var shown = Path.GetRelativePath(context.WorkingDirectory, target).Replace('\\', '/');
        if (File.Exists(target))
        {
            context.Error.WriteLine($"error: {shown} already exists; edit it, or choose another title");
            return ExitCodes.ContentErrors;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(result.Text);
        }
        context.Out.WriteLine($"Wrote {shown}: fill in the empty fields and the account, then run 'briefing check'.");
        return ExitCodes.Success;
    }
}
