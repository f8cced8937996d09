using System.CommandLine;
using System.Globalization;
using Briefing.Core.Content;
using Briefing.Core.Import;
using Briefing.Core.Text;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing import</c>: a plain-text document becomes <c>input/briefings/SLUG/v1.md</c>.</summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plain-text document: one paragraph per line, or paragraphs separated by blank lines." };
        var slug = new Option<string>("--slug") { Description = "The briefing's URL name: lower-case letters, digits and hyphens.", Required = true };
        var title = new Option<string>("--title") { Description = "The briefing's title. A line of the document equal to it is recognised as the title.", Required = true };
        var byline = new Option<string?>("--byline") { Description = "The credit line; by default a byline line above the title is recognised." };
        var date = new Option<string?>("--date") { Description = "Publication date as YYYY-MM-DD (default: today, in UTC)." };
        var input = new Option<string>("--input") { Description = "Folder of content the briefing is written into.", DefaultValueFactory = _ => "input" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing v1.md." };

        var command = new Command("import", "Turn a plain-text document into the first version of a briefing, keeping every paragraph word for word.");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { slug, title, byline, date, input, force })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse => Run(context,
            parse.GetValue(file)!, parse.GetValue(slug)!, parse.GetValue(title)!, parse.GetValue(byline),
            parse.GetValue(date), parse.GetValue(input)!, parse.GetValue(force)));
        return command;
    }

    private static int Run(CliContext context, string file, string slug, string title, string? byline, string? dateText, string input, bool force)
    {
        if (!Slug.IsValid(slug))
        {
            context.Error.WriteLine($"error: --slug '{slug}' must be lower-case letters, digits and hyphens (try '{Slug.From(slug)}')");
            return ExitCodes.Usage;
        }
        DateOnly date;
        if (dateText is null)
        {
            date = DateOnly.FromDateTime(DateTime.UtcNow);
        }
        else if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            context.Error.WriteLine($"error: --date '{dateText}' is not a date in the form YYYY-MM-DD");
            return ExitCodes.Usage;
        }
        var source = context.Resolve(file);
        if (!File.Exists(source))
        {
            context.Error.WriteLine($"error: {file}: no such file");
            return ExitCodes.ContentErrors;
        }
        var target = Path.Combine(context.Resolve(input), "briefings", slug, "v1.md");
        if (File.Exists(target) && !force)
        {
            context.Error.WriteLine($"error: {Path.GetRelativePath(context.WorkingDirectory, target)} already exists; pass --force to overwrite it");
            return ExitCodes.ContentErrors;
        }
        var text = SourceText.Decode(File.ReadAllBytes(source), out var badLine);
        if (text is null)
        {
            context.Error.WriteLine($"{file}:{badLine}:1: error: the file is not valid UTF-8");
            return ExitCodes.ContentErrors;
        }
        var imported = PlainTextImporter.Convert(new ImportRequest(text, title, date, byline));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, imported.Markdown);
        context.Out.WriteLine($"Wrote {Path.GetRelativePath(context.WorkingDirectory, target)}: {imported.Paragraphs.Count} paragraphs, {imported.Headings.Count} headings{(imported.Byline is null ? "" : $", byline '{imported.Byline}'")}.");
        return ExitCodes.Success;
    }
}
