using System.Text;
using Briefing.Core.Content.Yaml;
using Briefing.Testing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Core.Tests.Content.Yaml;

/// <summary>
/// The front-matter reader's own parser must give the tree YamlDotNet's parser gives, node for node: kinds, values,
/// scalar styles and start marks (what diagnostics read), or decline; and the tree the reader keeps must be the same
/// whether made from those events or from YamlDotNet's nodes. Random front matter mixes what it reads with
/// what it must leave to YamlDotNet.
/// </summary>
public sealed class FrontMatterEventsTests
{
    // The tree as text: one line per node, with its start mark; or the exception YamlDotNet's model threw.
    private static string Dump(Action<YamlStream> load)
    {
        var stream = new YamlStream();
        try
        {
            load(stream);
        }
        catch (YamlException e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
        var dump = new StringBuilder();
        foreach (var document in stream.Documents)
        {
            Dump(document.RootNode, dump, "");
        }
        return dump.ToString();
    }

    private static void Dump(YamlNode node, StringBuilder dump, string indent)
    {
        dump.Append(indent).Append(node.NodeType).Append(" @").Append(node.Start.Line).Append(':').Append(node.Start.Column).Append('/').Append(node.Start.Index);
        switch (node)
        {
            case YamlScalarNode scalar:
                dump.Append(' ').Append(scalar.Style).Append(" [").Append(scalar.Value).Append(']').Append(scalar.Tag.IsEmpty ? "" : " tag").Append('\n');
                break;
            case YamlSequenceNode sequence:
                dump.Append(' ').Append(sequence.Style).Append('\n');
                foreach (var child in sequence.Children)
                {
                    Dump(child, dump, indent + "  ");
                }
                break;
            case YamlMappingNode mapping:
                dump.Append(' ').Append(mapping.Style).Append('\n');
                foreach (var (key, value) in mapping.Children)
                {
                    Dump(key, dump, indent + "  ");
                    Dump(value, dump, indent + "    ");
                }
                break;
        }
    }

    private static string ByYamlDotNet(string yaml) => Dump(stream => stream.Load(new StringReader(yaml)));

    // The reader's own tree as text, made from the subset's events (null for a repeated key, left to YamlDotNet) or
    // from YamlDotNet's nodes (null when YamlDotNet throws): kinds, start marks, styles and values.
    private static string? TreeBySubset(string yaml) =>
        FrontMatterTree.Of(FrontMatterEvents.Of(yaml)!) is { } root ? Dump(root) : null;

    private static string? TreeByYamlDotNet(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return null;
        }
        return Dump(FrontMatterTree.Of((YamlMappingNode)stream.Documents[0].RootNode));
    }

    private static string Dump(FrontMatterNode node) => node switch
    {
        FrontMatterScalar scalar => $"scalar @{scalar.Start.Line}:{scalar.Start.Column} {scalar.Style} [{scalar.Value}]",
        FrontMatterSequence list => $"list @{list.Start.Line}:{list.Start.Column} ({string.Join(", ", list.Children.Select(Dump))})",
        FrontMatterMapping map => $"map @{map.Start.Line}:{map.Start.Column} {{{string.Join(", ", map.Children.Select(e => Dump(e.Key) + " = " + Dump(e.Value)))}}}",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static string? ByFrontMatterEvents(string yaml) =>
        FrontMatterEvents.Of(yaml) is { } events ? Dump(stream => stream.Load(events)) : null;

    [Theory]
    [InlineData("title: \"RUS cancels\"\ndate: 2014-01-01\nsources:\n  - briefing: b-1\n    version: 3\n  - x\ntags: [law, \"a b\"]\n")]
    [InlineData("list:\n- a\n- b: c\n  d: 'e f'\nmenu:\n  title: About us\n  weight: 2\n\nlast: (yes) it's 5:30, http://x.org/a?b=c")]
    [InlineData("empty: []\nspaced: [ a ,  b c  ]\nn: -5\nt: ~")]
    [InlineData("\n\nlate: start\n")]
    [InlineData("# a comment\ntitle: x # a comment\nq: \"y\"   # another\nlist:\n  # inside\n  - a # c\n  - \"b\" # d\n")]
    public void Reads_the_subset_as_YamlDotNet_does(string yaml)
    {
        var fast = ByFrontMatterEvents(yaml);

        Assert.NotNull(fast);
        Assert.Equal(ByYamlDotNet(yaml), fast);
        Assert.NotNull(TreeBySubset(yaml));
        Assert.Equal(TreeByYamlDotNet(yaml), TreeBySubset(yaml));
    }

    [Theory]
    [InlineData("title: a\ntitle: b\n")]
    [InlineData("title: a\nsources:\n  - briefing: x\n    briefing: y\n")]
    [InlineData("menu:\n  weight: 1\n  weight: 2\n")]
    public void A_repeated_key_in_the_subset_is_left_to_YamlDotNet_which_refuses_it(string yaml)
    {
        Assert.NotNull(FrontMatterEvents.Of(yaml));

        Assert.Null(TreeBySubset(yaml));
        Assert.StartsWith("YamlException: ", ByYamlDotNet(yaml), StringComparison.Ordinal);
        Assert.Contains("Duplicate key", ByYamlDotNet(yaml), StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_an_alias_repeats_is_one_node_of_the_tree()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("a: &x [1, 2]\nb: *x\n"));

        var tree = FrontMatterTree.Of((YamlMappingNode)stream.Documents[0].RootNode);

        Assert.Same(tree.Children[0].Value, tree.Children[1].Value);
        Assert.Equal("list @1:4 (scalar @1:8 Plain [1], scalar @1:11 Plain [2])", Dump(tree.Children[1].Value));
    }

    [Theory]
    [InlineData("title: \"an \\\"escaped\\\" quote\"")]
    [InlineData("title: 'it''s'")]
    [InlineData("title:\n  a multi-line\n  plain scalar")]
    [InlineData("title: a\n  continued")]
    [InlineData("empty:\nnext: x")]
    [InlineData("anchor: &a x")]
    [InlineData("tagged: !!str 5")]
    [InlineData("block: |\n  text")]
    [InlineData("nested:\n  deeper:\n    key: x")]
    [InlineData("tab:\tx")]
    [InlineData("flow: {a: b}")]
    [InlineData("key: a: b")]
    [InlineData("")]
    public void Leaves_everything_else_to_YamlDotNet(string yaml) => Assert.Null(FrontMatterEvents.Of(yaml));

    // Nearly every front matter of the real site is in the subset, so the fast reader is the one that runs; the rest
    // (a mapping inside a list item, a flow mapping) is YamlDotNet's.
    [Fact]
    public void Reads_nearly_every_front_matter_of_the_site_as_YamlDotNet_does()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var declined = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var yaml = text[4..(end + 1)];
            if (ByFrontMatterEvents(yaml) is not { } fast)
            {
                declined.Add(file);
                continue;
            }
            Assert.Equal(ByYamlDotNet(yaml), fast);
        }
        Assert.True(declined.Count * 5 < files.Count, $"declined {declined.Count} of {files.Count}: {string.Join(", ", declined)}");
    }

    [Fact]
    public void Random_front_matter_reads_as_YamlDotNet_reads_it_or_is_left_to_it()
    {
        string[] keys = ["title", "date", "tags", "sources", "menu", "x_y", "a-b", "k9", "title"];
        string[] inSubset =
        [
            "plain", "two words", "\"quoted\"", "'single'", "\"\"", "''", "2014-01-01", "-5", "5", "~", "null", "(aside)", "http://a.b/c?d=e",
            "[a, b]", "[]", "[ \"x y\" , z ]", "[a b, c.d/e-f_g]", "x # c", "\"q\" # c", "[a] # c", "Şuşa, Gəncə", "it's", "q\"uote", "x  ",
            "a,b", "a[b]", "a#b", "0255", "\"0255\"", "1.5", "yes", "x-", "x:y",
        ];
        string[] outside =
        [
            "[a,]", "a: b", "a:", "\"a\\\"b\"", "'it''s'", "&x y", "*y", "!t v", "[\"a,b\"]", "{a: b}", "|", ">", "@at", "`tick`", "%p", "-", "- x",
            "? q", "\"x\"#c", "# c", "[a b", "\"open", ":x", ",x", "-x",
        ];
        string Value(Random random) => random.Next(8) == 0 ? outside[random.Next(outside.Length)] : inSubset[random.Next(inSubset.Length)];
        string[] breaks = ["\n", "\n", "\n", "\n\n", "\n# comment\n", "\n  # indented comment\n", "\n  ", "\n    ", " \n"];
        var random = new Random(20261201);
        var read = 0;
        var differences = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var yaml = new StringBuilder();
            for (var k = random.Next(1, 7); k > 0; k--)
            {
                var key = keys[random.Next(keys.Length)];
                switch (random.Next(5))
                {
                    case 0:
                        // A block list of scalars or of small mappings, at the key's indent or deeper.
                        var indent = new string(' ', random.Next(3));
                        yaml.Append(key).Append(":\n");
                        for (var n = random.Next(0, 4); n > 0; n--)
                        {
                            yaml.Append(indent).Append("- ");
                            if (random.Next(2) == 0)
                            {
                                yaml.Append(Value(random)).Append('\n');
                                continue;
                            }
                            yaml.Append(keys[random.Next(keys.Length)]).Append(": ").Append(Value(random)).Append('\n');
                            for (var m = random.Next(0, 3); m > 0; m--)
                            {
                                yaml.Append(indent).Append(random.Next(4) == 0 ? " " : "  ").Append(keys[random.Next(keys.Length)]).Append(": ").Append(Value(random)).Append('\n');
                            }
                        }
                        break;
                    case 1:
                        // An indented mapping.
                        yaml.Append(key).Append(":\n");
                        for (var n = random.Next(0, 3); n > 0; n--)
                        {
                            yaml.Append(random.Next(5) == 0 ? "   " : "  ").Append(keys[random.Next(keys.Length)]).Append(": ").Append(Value(random)).Append('\n');
                        }
                        break;
                    default:
                        yaml.Append(key).Append(": ").Append(Value(random)).Append(breaks[random.Next(breaks.Length)]);
                        break;
                }
            }
            var text = yaml.ToString();
            if (ByFrontMatterEvents(text) is not { } fast)
            {
                continue;
            }
            read++;
            if (fast != ByYamlDotNet(text))
            {
                differences.Add(text);
            }
            // The tree the reader keeps: the same from the subset's events as from YamlDotNet's nodes, and none where
            // YamlDotNet refuses the text (a repeated key is the subset's only way to be refused).
            if (TreeBySubset(text) != TreeByYamlDotNet(text))
            {
                differences.Add("tree: " + text);
            }
        }
        Assert.Empty(differences);
        // Most random front matter falls in the subset, or the comparison would say little.
        Assert.True(read > 3_000, $"only {read} of 20,000 read by the subset");
    }
}
