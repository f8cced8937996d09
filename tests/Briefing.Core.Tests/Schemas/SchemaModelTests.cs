using Briefing.Core.Schemas;

namespace Briefing.Core.Tests.Schemas;

/// <summary>What reflection over the records yields, checked against the records as written by hand.</summary>
public class SchemaModelTests
{
    private static DocumentSchema Document(string name) => SchemaFiles.Documents.Single(d => d.Name == name);

    [Theory]
    [InlineData("Title", "title")]
    [InlineData("BaseUrl", "base_url")]
    [InlineData("CameoCode", "cameo_code")]
    [InlineData("URL", "url")]
    public void Property_names_become_snake_case_field_names(string property, string field)
    {
        Assert.Equal(field, SchemaReflector.YamlName(property));
    }

    [Fact]
    public void Required_fields_are_the_records_required_members()
    {
        Assert.Equal(["title", "date", "summary", "byline"], Document("briefing-version").Fields.Where(f => f.Required).Select(f => f.Name));
        Assert.Equal(["title", "description", "base_url", "language", "author"], Document("site").Fields.Where(f => f.Required).Select(f => f.Name));
        Assert.Equal(["title"], Document("page").Fields.Where(f => f.Required).Select(f => f.Name));
        Assert.Equal(["title", "date", "location", "actor1", "actor2", "cameo", "sources", "summary"], Document("event").Fields.Where(f => f.Required).Select(f => f.Name));
    }

    [Fact]
    public void Change_notes_are_a_list_of_type_and_text_with_the_three_labels()
    {
        var changes = Document("briefing-version").Fields.Single(f => f.Name == "changes");

        Assert.Equal(FieldKind.RecordList, changes.Kind);
        Assert.Equal(["type", "text"], changes.Fields!.Select(f => f.Name));
        Assert.Equal(["correction", "update", "clarification"], changes.Fields![0].Choices);
        Assert.All(changes.Fields!, f => Assert.True(f.Required));
    }

    [Fact]
    public void Event_sources_take_one_of_two_forms_a_briefing_section_or_a_web_page()
    {
        var sources = Document("event").Fields.Single(f => f.Name == "sources");

        Assert.Equal(["BriefingCitation", "WebCitation"], sources.Variants!.Select(v => v.Name));
        Assert.Equal(["briefing", "version", "section"], sources.Variants![0].Fields.Select(f => f.Name));
        Assert.Equal(["url", "title"], sources.Variants![1].Fields.Select(f => f.Name));
    }

    [Fact]
    public void Ranges_and_patterns_on_the_records_reach_the_schema()
    {
        var fields = Document("event").Fields.ToDictionary(f => f.Name);

        Assert.Equal((-10m, 10m), (fields["goldstein"].Minimum, fields["goldstein"].Maximum));
        Assert.Equal(0m, fields["fatalities"].Minimum);
        Assert.Equal("^[0-9]{2,4}$", fields["cameo"].Pattern);
        Assert.Matches(fields["actor1"].Pattern!, "RUS:MIL");
        Assert.DoesNotMatch(fields["actor1"].Pattern!, "RUS:XXX");
        Assert.Matches(fields["date"].Pattern!, "2025-07");
    }

    [Fact]
    public void Descriptions_come_from_the_xml_doc_comments_with_code_in_backticks()
    {
        var baseUrl = Document("site").Fields.Single(f => f.Name == "base_url");

        Assert.Equal("The absolute URL the site is served from, e.g. `https://briefing.example.org/`. `--base-url` overrides it.", baseUrl.Description);
    }

    [Fact]
    public void Every_field_has_a_description_and_an_example()
    {
        foreach (var document in SchemaFiles.Documents)
        {
            Assert.All(document.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Description), $"{document.Name}.{f.Name} has no <summary>"));
            Assert.All(document.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Example), $"{document.Name}.{f.Name} has no <example>"));
        }
    }

    [Fact]
    public void A_record_with_a_type_the_schema_cannot_express_is_refused()
    {
        var reflector = new SchemaReflector(new XmlDocs(new System.Xml.Linq.XDocument(new System.Xml.Linq.XElement("doc"))));

        Assert.Throws<NotSupportedException>(() => reflector.Fields(typeof(Unsupported)));
    }

    private sealed record Unsupported(TimeSpan Length);
}
