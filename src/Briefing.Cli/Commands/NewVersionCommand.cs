using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Core.Briefings;
using Briefing.Core.Content;
using Briefing.Core.Text;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>briefing new version SLUG</c>: copies the latest version of a briefing to <c>v&lt;N+1&gt;.md</c>
/// with today's date and a <c>changes:</c> stub. Never overwrites a file.
/// </summary>
public static partial class NewVersionCommand
{
    public static Command Create(CliContext context)
    {
        var slug = new Argument<string>("SLUG") { Description = "The briefing's folder name under input/briefings/." };
        var date = new Option<string?>("--date") { Description = "Publication date of the new version as YYYY-MM-DD (default: today, in UTC)." };
        var input = new Option<string>("--input") { Description = "Folder of content the briefing lives in.", DefaultValueFactory = _ => "input" };

        var command = new Command("version", "Start the next version of a briefing: a copy of the latest version with a new date and a changes: stub to fill in.");
        command.Arguments.Add(slug);
        command.Options.Add(date);
        command.Options.Add(input);
        command.SetAction(parse => Run(context, parse.GetValue(slug)!, parse.GetValue(date), parse.GetValue(input)!));
        return command;
    }

    private static int Run(CliContext context, string slug, string? dateText, string input)
    {
        if (!Slug.IsValid(slug))
        {
            context.Error.WriteLine($"error: '{slug}' is not a briefing slug: lower-case letters, digits and hyphens");
            return ExitCodes.Usage;
        }
        if (!TryParseDate(dateText, out var date))
        {
            context.Error.WriteLine($"error: --date '{dateText}' is not a date in the form YYYY-MM-DD");
            return ExitCodes.Usage;
        }
        var folder = Path.Combine(context.Resolve(input), "briefings", slug);
        var latest = LatestVersion(folder);
        if (latest is null)
        {
            context.Error.WriteLine($"error: {Display(context, folder)} has no v1.md: there is no briefing '{slug}' to revise");
            return ExitCodes.ContentErrors;
        }
        var (number, latestPath) = latest.Value;
        var text = SourceText.Decode(File.ReadAllBytes(latestPath), out var badLine);
        if (text is null)
        {
            context.Error.WriteLine($"{Display(context, latestPath)}:{badLine}:1: error: the file is not valid UTF-8");
            return ExitCodes.ContentErrors;
        }
        if (NextVersionDraft.IsUnfinished(text))
        {
            context.Error.WriteLine($"error: {Display(context, latestPath)} still has the changes: stub; finish that version before starting another");
            return ExitCodes.ContentErrors;
        }
        var draft = NextVersionDraft.Create(text, date);
        if (draft is null)
        {
            context.Error.WriteLine($"{Display(context, latestPath)}:1:1: error: the file must start with YAML front matter between two '---' lines");
            return ExitCodes.ContentErrors;
        }
        return Write(context, Path.Combine(folder, $"v{number + 1}.md"), draft, Path.GetFileName(latestPath));
    }

    private static int Write(CliContext context, string target, string draft, string from)
    {
        if (File.Exists(target) || Directory.Exists(target))
        {
            context.Error.WriteLine($"error: {Display(context, target)} already exists; it was left as it is");
            return ExitCodes.ContentErrors;
        }
        // CreateNew: if another process wrote the file since the check above, fail rather than overwrite it.
        using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(draft);
        }
        context.Out.WriteLine($"Wrote {Display(context, target)} from {from}. Edit it, then replace the changes: stub with what this version changes (type: correction, update or clarification).");
        return ExitCodes.Success;
    }

    private static (int Number, string Path)? LatestVersion(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }
        var versions = Directory.EnumerateFiles(folder, "v*.md")
            .Select(path => (Match: VersionFile().Match(Path.GetFileName(path)), Path: path))
            .Where(v => v.Match.Success)
            .Select(v => (Number: int.Parse(v.Match.Groups["n"].Value, CultureInfo.InvariantCulture), v.Path))
            .ToList();
        return versions.Count == 0 ? null : versions.MaxBy(v => v.Number);
    }

    private static bool TryParseDate(string? text, out DateOnly date)
    {
        if (text is null)
        {
            date = DateOnly.FromDateTime(DateTime.UtcNow);
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string Display(CliContext context, string path) =>
        Path.GetRelativePath(context.WorkingDirectory, path).Replace('\\', '/');

    [GeneratedRegex(@"^v(?<n>[1-9][0-9]{0,8})\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionFile();
}
