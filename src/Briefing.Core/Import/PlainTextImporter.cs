using System.Globalization;
using System.Text;

namespace Briefing.Core.Import;

/// <summary>
/// Turns a plain-text document into the Markdown of a briefing's first version. Every paragraph
/// is kept word for word; heading lines become <c>##</c> headings; a byline line and a title line
/// at the top are recognised and moved into the front matter. Pure: text in, text out.
/// </summary>
public static class PlainTextImporter
{
    public static ImportedDocument Convert(ImportRequest request)
    {
        var blocks = TextBlocks.Split(request.Text).ToList();
        var (byline, skip) = RecogniseTop(blocks, request);
        var body = blocks.Skip(skip).ToList();

        var headings = new List<string>();
        var paragraphs = new List<string>();
        var markdown = new StringBuilder();
        for (var i = 0; i < body.Count; i++)
        {
            if (HeadingDetector.IsHeadingAt(body, i))
            {
                headings.Add(body[i]);
                markdown.Append("## ").Append(MarkdownEscaper.Escape(body[i])).Append("\n\n");
            }
            else
            {
                paragraphs.Add(body[i]);
                markdown.Append(MarkdownEscaper.Escape(body[i])).Append("\n\n");
            }
        }

        var effectiveByline = request.Byline ?? byline ?? "Editorial team";
        var summary = FirstSentence(paragraphs.FirstOrDefault() ?? request.Title);
        var file = FrontMatterText(request.Title, request.Date, summary, effectiveByline) + "\n" + markdown.ToString().TrimEnd('\n') + "\n";
        return new ImportedDocument(request.Title, byline, headings, paragraphs, file);
    }

    /// <summary>
    /// Finds the byline and title lines above the first paragraph. A line equal to the given title
    /// is the title; otherwise with three or more heading-like lines on top, the first is the byline
    /// and the second the title, and with two, the first is the title. The last heading-like line
    /// before the first paragraph is always left as the first section heading.
    /// </summary>
    private static (string? Byline, int Skip) RecogniseTop(IReadOnlyList<string> blocks, ImportRequest request)
    {
        var leading = HeadingDetector.LeadingHeadingLikeLines(blocks);
        var titleIndex = -1;
        for (var i = 0; i < leading; i++)
        {
            if (SameText(blocks[i], request.Title))
            {
                titleIndex = i;
            }
        }
        if (titleIndex < 0)
        {
            titleIndex = leading switch
            {
                >= 3 => 1,
                2 => 0,
                _ => -1,
            };
        }
        if (titleIndex < 0)
        {
            return (null, 0);
        }
        var byline = titleIndex == 1 || (titleIndex > 0 && request.Byline is not null && SameText(blocks[0], request.Byline)) ? blocks[0] : null;
        return (byline, titleIndex + 1);
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string s) => s.Replace('’', '\'').Trim();

    internal static string FirstSentence(string paragraph)
    {
        for (var i = 40; i < paragraph.Length - 1; i++)
        {
            if (paragraph[i] is '.' or '!' or '?' && paragraph[i + 1] == ' ')
            {
                return paragraph[..(i + 1)];
            }
        }
        return paragraph;
    }

    private static string FrontMatterText(string title, DateOnly date, string summary, string byline) =>
        string.Join('\n',
            "---",
            $"title: {YamlQuote(title)}",
            $"date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            $"summary: {YamlQuote(summary)}",
            $"byline: {YamlQuote(byline)}",
            "tags: []",
            "---",
            "");

    /// <summary>A YAML double-quoted scalar: safe for colons, quotes and leading symbols in titles.</summary>
    public static string YamlQuote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
