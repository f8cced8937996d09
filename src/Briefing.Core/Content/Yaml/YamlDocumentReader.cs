using Briefing.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Core.Content.Yaml;

/// <summary>Parses a YAML text into a mapping, turning parser failures into located diagnostics.</summary>
public static class YamlDocumentReader
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of
    /// <paramref name="file"/>. Returns null (with a diagnostic) when the text is not a YAML mapping.
    /// </summary>
    public static YamlMap? Read(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (YamlNesting.FindTooDeep(yaml) is { } deep)
        {
            diagnostics.Error(file, deep.Line + firstLine, deep.Column + 1,
                $"lists and mappings are nested more than {YamlNesting.MaxDepth} deep; front matter never needs that");
            return null;
        }
        // The plain subset nearly every file is written in, without YamlDotNet's scanner or nodes; anything else, and a
        // repeated key (an error in YamlDotNet's words), by YamlDotNet.
        if (FrontMatterEvents.Of(yaml) is { } events && FrontMatterTree.Of(events) is { } plain)
        {
            return new YamlMap(plain, file, firstLine, diagnostics);
        }
        var stream = new YamlStream();
        FrontMatterMapping? root = null;
        try
        {
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                root = FrontMatterTree.Of(mapping);
            }
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + firstLine - 1;
            diagnostics.Error(file, Math.Max(line, firstLine), Math.Max((int)e.Start.Column, 1), $"invalid YAML: {Describe(e)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            // YamlDotNet throws these for some malformed input (e.g. '{{' where a scalar starts) instead of a YamlException.
            diagnostics.Error(file, firstLine, 1, "invalid YAML: the front matter could not be read; check its brackets, braces and quotes");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMap(new FrontMatterMapping(default), file, firstLine, diagnostics);
        }
        if (stream.Documents.Count > 1)
        {
            diagnostics.Error(file, firstLine, 1, "front matter must be a single YAML document");
            return null;
        }
        if (root is null)
        {
            diagnostics.Error(file, firstLine, 1, "front matter must be a mapping of 'field: value' lines");
            return null;
        }
        return new YamlMap(root, file, firstLine, diagnostics);
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with the position, which the diagnostic already carries.
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
