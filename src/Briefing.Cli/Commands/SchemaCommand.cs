using System.CommandLine;
using Briefing.Core.Events;
using Briefing.Core.Schemas;
using Briefing.Core.Site;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>briefing schema</c>: writes a JSON Schema per kind of document from the front-matter records, and one for
/// the events dataset from its columns, and
/// refreshes the field tables of the authoring guide from the same model, so neither drifts from the code.
/// </summary>
public static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder the *.schema.json files are written to.", DefaultValueFactory = _ => "schemas" };
        var guide = new Option<string>("--docs") { Description = "Markdown file whose marked field tables are regenerated, if it exists.", DefaultValueFactory = _ => "docs/authoring.md" };
        var command = new Command("schema", "Write JSON Schemas for site.yml, briefing versions, pages and events from the front-matter records, and for the events dataset (events.json) from its columns, and refresh the authoring guide's field tables.");
        command.Options.Add(output);
        command.Options.Add(guide);
        command.SetAction(parse => Run(context, parse.GetValue(output)!, parse.GetValue(guide)!));
        return command;
    }

    private static int Run(CliContext context, string outputFolder, string guidePath)
    {
        if (!SchemaSupport.IsSupported)
        {
            context.Error.WriteLine("error: the native briefing binary cannot write schemas (they are read from the front-matter records by reflection); run: dotnet run --project src/Briefing.Cli -- schema");
            return ExitCodes.Usage;
        }
        var documents = FrontMatterSchemas.All(XmlDocs.For(typeof(SiteConfig).Assembly));
        var folder = context.Resolve(outputFolder);
        Directory.CreateDirectory(folder);
        foreach (var document in documents)
        {
            var path = Path.Combine(folder, document.FileName);
            File.WriteAllText(path, JsonSchemaWriter.Write(document));
            context.Out.WriteLine($"Wrote {Path.GetRelativePath(context.WorkingDirectory, path).Replace('\\', '/')}");
        }
        var dataset = Path.Combine(folder, EventDatasetSchema.FileName);
        File.WriteAllText(dataset, EventDatasetSchema.Write());
        context.Out.WriteLine($"Wrote {Path.GetRelativePath(context.WorkingDirectory, dataset).Replace('\\', '/')}");
        var guide = context.Resolve(guidePath);
        if (File.Exists(guide))
        {
            var text = File.ReadAllText(guide).Replace("\r\n", "\n", StringComparison.Ordinal);
            var updated = FieldTable.Splice(text, documents);
            if (updated != text)
            {
                File.WriteAllText(guide, updated);
                context.Out.WriteLine($"Updated the field tables in {guidePath}");
            }
        }
        return ExitCodes.Success;
    }
}
