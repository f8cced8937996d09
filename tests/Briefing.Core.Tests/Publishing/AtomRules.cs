using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Briefing.Core.Tests.Publishing;

/// <summary>
/// The rules of RFC 4287 (Atom) that a feed can break, checked independently of the code that
/// writes feeds: required elements and their counts, absolute ids and links, RFC 3339 dates,
/// unique entry ids, and an author for every entry.
/// </summary>
public static partial class AtomRules
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IReadOnlyList<string> Problems(string xml)
    {
        var problems = new List<string>();
        var feed = XDocument.Parse(xml).Root!;
        if (feed.Name != Atom + "feed")
        {
            return [$"the root element is {feed.Name}, not atom:feed"];
        }
        ExactlyOne(feed, "feed", ["id", "title", "updated"], problems);
        var feedHasAuthor = feed.Elements(Atom + "author").Any();
        if (!feed.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "self"))
        {
            problems.Add("the feed has no rel=\"self\" link");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var id = (string?)entry.Element(Atom + "id") ?? "";
            ExactlyOne(entry, $"entry {id}", ["id", "title", "updated"], problems);
            if (!ids.Add(id))
            {
                problems.Add($"entry id {id} appears twice");
            }
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any())
            {
                problems.Add($"entry {id} has no author and neither has the feed");
            }
            if (entry.Element(Atom + "content") is null && !entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"))
            {
                problems.Add($"entry {id} has neither content nor an alternate link");
            }
        }
        CheckValues(feed, problems);
        return problems;
    }

    private static void ExactlyOne(XElement parent, string what, string[] names, List<string> problems)
    {
        foreach (var name in names)
        {
            var count = parent.Elements(Atom + name).Count();
            if (count != 1)
            {
                problems.Add($"{what} has {count} atom:{name} elements, not 1");
            }
        }
    }

    private static void CheckValues(XElement feed, List<string> problems)
    {
        foreach (var date in feed.Descendants().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published"))
        {
            if (!Rfc3339().IsMatch(date.Value))
            {
                problems.Add($"'{date.Value}' is not an RFC 3339 date-time");
            }
        }
        foreach (var id in feed.Descendants(Atom + "id"))
        {
            if (!AbsoluteIri().IsMatch(id.Value))
            {
                problems.Add($"id '{id.Value}' is not an absolute IRI");
            }
        }
        foreach (var link in feed.Descendants(Atom + "link"))
        {
            if (!Uri.TryCreate((string?)link.Attribute("href"), UriKind.Absolute, out var href) || href.Scheme is not ("http" or "https"))
            {
                problems.Add($"link href '{(string?)link.Attribute("href")}' is not absolute");
            }
        }
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$")]
    private static partial Regex AbsoluteIri();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
