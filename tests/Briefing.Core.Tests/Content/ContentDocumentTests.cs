using Briefing.Core.Content;

namespace Briefing.Core.Tests.Content;

public class ContentDocumentTests
{
    private sealed record Fields(string Title);

    private static ContentDocument<Fields> Document(string path, string frontMatter, string body)
    {
        var text = $"---\n{frontMatter}---\n{body}";
        var start = text.IndexOf("---\n", 4, StringComparison.Ordinal) + 4;
        return new ContentDocument<Fields>(new SourceFile(path, text), new Fields("t"), start, 4, YamlFieldLines.None);
    }

    [Fact]
    public void Heads_are_equal_for_equal_front_matter_whatever_the_body()
    {
        // Two separate strings, so equality cannot come from sharing one instance.
        var one = Document("events/a.md", "title: A\n", "First body.\n");
        var other = Document("events/a.md", new string("title: A\n".ToCharArray()), "Another body.\n");
        Assert.Equal(one.Head, other.Head);
        Assert.Equal(one.Head.GetHashCode(), other.Head.GetHashCode());
    }

    [Theory]
    [InlineData("events/a.md", "title: B\n")]
    [InlineData("events/a.md", "title: A \n")]
    [InlineData("events/b.md", "title: A\n")]
    public void Heads_differ_when_the_front_matter_or_the_path_does(string path, string frontMatter) =>
        Assert.NotEqual(Document("events/a.md", "title: A\n", "Body.\n").Head, Document(path, frontMatter, "Body.\n").Head);

    [Fact]
    public void Without_its_body_a_document_keeps_no_text_but_the_same_head()
    {
        var whole = Document("events/a.md", "title: A\n", "Body.\n");
        var cut = whole.WithoutBody();
        Assert.Equal("", cut.File.Text);
        Assert.Equal("", cut.Body);
        Assert.Equal("events/a.md", cut.File.DisplayPath);
        Assert.Equal(whole.Head, cut.Head);
        Assert.NotEqual(Document("events/a.md", "title: B\n", "Body.\n").Head, cut.Head);
    }

    [Fact]
    public void The_body_is_what_follows_the_front_matter() =>
        Assert.Equal("Body.\n", Document("events/a.md", "title: A\n", "Body.\n").Body);

    [Fact]
    public void A_body_moved_into_a_store_reads_the_same_without_the_file_text()
    {
        var whole = Document("events/a.md", "title: A\n", "Caf\u00e9 \ud83d\ude00 body.\n");
        var stored = whole.WithBodyIn(new BodyStore());
        Assert.Equal("", stored.File.Text);
        Assert.Equal("Caf\u00e9 \ud83d\ude00 body.\n", stored.Body);
        Assert.Equal(whole.Head, stored.Head);
        Assert.Equal(whole.BodyFirstLine, stored.BodyFirstLine);
        Assert.Equal("", stored.WithoutBody().Body);
    }

    [Fact]
    public void The_parser_moves_the_body_into_the_store_its_file_names()
    {
        var text = "---\ntitle: A\n---\nThe body.\n";
        var kept = ContentDocumentParser.Parse(new SourceFile("pages/a.md", text), _ => new Fields("A"), new Briefing.Core.Diagnostics.DiagnosticBag());
        var stored = ContentDocumentParser.Parse(new SourceFile("pages/a.md", text) { Bodies = new BodyStore() }, _ => new Fields("A"), new Briefing.Core.Diagnostics.DiagnosticBag());
        Assert.Equal(text, kept!.File.Text);
        Assert.Equal("", stored!.File.Text);
        Assert.Equal("The body.\n", kept.Body);
        Assert.Equal(kept.Body, stored.Body);
        Assert.Equal(kept.Head, stored.Head);
    }

    [Fact]
    public void Field_lines_name_each_field_and_fall_back_to_the_first_key()
    {
        var map = Briefing.Core.Content.Yaml.YamlDocumentReader.Read("title: A\n\nsummary: S\ndate: 2025-01-02\n", "events/a.md", 2, new Briefing.Core.Diagnostics.DiagnosticBag());
        var lines = new YamlFieldLines(map);
        Assert.Equal((2, 4, 5), (lines.LineOf("title"), lines.LineOf("summary"), lines.LineOf("date")));
        Assert.Equal((1, 1), (lines.ColumnOf("date"), lines.ColumnOf("missing")));
        Assert.Equal(2, lines.LineOf("missing"));
        Assert.Equal(1, YamlFieldLines.None.LineOf("title"));
    }
}
