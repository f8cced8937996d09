using System.Text;
using System.Text.Json;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public class JsonScratchTests
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    [Fact]
    public void Text_is_what_the_writer_wrote_and_nothing_of_an_earlier_call()
    {
        var long_ = JsonScratch.Text(Options, json =>
        {
            json.WriteStartObject();
            json.WriteString("name", new string('x', 5000));
            json.WriteEndObject();
        });
        var short_ = JsonScratch.Text(Options, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("n", 1);
            json.WriteEndObject();
        });
        Assert.Equal("{\"name\":\"" + new string('x', 5000) + "\"}", long_);
        Assert.Equal("{\"n\":1}", short_);
    }

    [Fact]
    public void Bytes_start_where_the_writer_says()
    {
        var bytes = JsonScratch.Bytes(Options, json =>
        {
            json.WriteStartArray();
            json.Flush();
            var start = json.BytesCommitted;
            json.WriteStringValue("a");
            json.WriteStringValue("b");
            json.Flush();
            return start;
        });
        Assert.Equal("\"a\",\"b\"", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_call_inside_a_write_does_not_disturb_it()
    {
        var outer = JsonScratch.Text(Options, json =>
        {
            json.WriteStartObject();
            json.WriteString("inner", JsonScratch.Text(Options, inner => inner.WriteStringValue("i")));
            json.WriteEndObject();
        });
        Assert.Equal("{\"inner\":\"\\u0022i\\u0022\"}", outer);
    }

    [Fact]
    public void Threads_write_apart()
    {
        var texts = Enumerable.Range(0, 2000).AsParallel().Select(i => JsonScratch.Text(Options, json => json.WriteNumberValue(i))).ToList();
        Assert.Equal(Enumerable.Range(0, 2000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), texts);
    }
}
