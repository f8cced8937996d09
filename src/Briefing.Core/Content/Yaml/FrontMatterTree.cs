using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Briefing.Core.Content.Yaml;

/// <summary>Where a node starts, counted as YamlDotNet counts (lines and columns from 1).</summary>
internal readonly record struct FrontMatterMark(long Line, long Column)
{
    public static FrontMatterMark Of(Mark mark) => new(mark.Line, mark.Column);
}

/// <summary>
/// A node of front matter as <see cref="YamlMap"/> reads it: a scalar, a list or a mapping, and where it starts. Made
/// straight from <see cref="FrontMatterEvents"/> for the plain subset, where YamlDotNet's representation model (nodes,
/// a dictionary and an ordered list per mapping, tags and anchors per node) was a third of what loading allocated.
/// </summary>
internal abstract class FrontMatterNode(FrontMatterMark start)
{
    public FrontMatterMark Start { get; } = start;
}

internal sealed class FrontMatterScalar(FrontMatterMark start, string? value, ScalarStyle style) : FrontMatterNode(start)
{
    public string? Value { get; } = value;

    public ScalarStyle Style { get; } = style;
}

internal sealed class FrontMatterSequence(FrontMatterMark start) : FrontMatterNode(start)
{
    public List<FrontMatterNode> Children { get; } = [];
}

/// <summary>A mapping's entries in the order written.</summary>
internal sealed class FrontMatterMapping(FrontMatterMark start) : FrontMatterNode(start)
{
    public List<KeyValuePair<FrontMatterNode, FrontMatterNode>> Children { get; } = [];
}

/// <summary>Makes the tree, from the plain subset's events or from YamlDotNet's representation of anything else.</summary>
internal static class FrontMatterTree
{
    /// <summary>
    /// The root mapping of <paramref name="events"/>; null when a mapping repeats a key, which is an error YamlDotNet
    /// reports in its own words (the caller then reads the text with it).
    /// </summary>
    public static FrontMatterMapping? Of(FrontMatterEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        // The subset's events always open with the stream, the document and the root mapping.
        events.MoveNext();
        events.MoveNext();
        events.MoveNext();
        return Read(events) as FrontMatterMapping;
    }

    /// <summary>The tree of a mapping YamlDotNet loaded; a node an alias names twice is one node here too.</summary>
    public static FrontMatterMapping Of(YamlMappingNode root) =>
        (FrontMatterMapping)Convert(root, new Dictionary<YamlNode, FrontMatterNode>(ReferenceEqualityComparer.Instance));

    // The node whose first event is current, leaving the parser after its last; null for a repeated key.
    private static FrontMatterNode? Read(IParser events)
    {
        switch (events.Current)
        {
            case Scalar scalar:
                events.MoveNext();
                return new FrontMatterScalar(FrontMatterMark.Of(scalar.Start), scalar.Value, scalar.Style);
            case SequenceStart start:
                var sequence = new FrontMatterSequence(FrontMatterMark.Of(start.Start));
                events.MoveNext();
                while (events.Current is not SequenceEnd)
                {
                    if (Read(events) is not { } item)
                    {
                        return null;
                    }
                    sequence.Children.Add(item);
                }
                events.MoveNext();
                return sequence;
            case MappingStart start:
                var mapping = new FrontMatterMapping(FrontMatterMark.Of(start.Start));
                events.MoveNext();
                while (events.Current is not MappingEnd)
                {
                    if (Read(events) is not FrontMatterScalar key || Repeats(mapping, key) || Read(events) is not { } value)
                    {
                        return null;
                    }
                    mapping.Children.Add(new(key, value));
                }
                events.MoveNext();
                return mapping;
            default:
                throw new InvalidOperationException($"the plain subset makes no {events.Current?.GetType().Name} event");
        }
    }

    // YamlDotNet refuses a mapping whose scalar keys repeat a value (no tags are in the subset to tell them apart).
    private static bool Repeats(FrontMatterMapping mapping, FrontMatterScalar key)
    {
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is FrontMatterScalar known && string.Equals(known.Value, key.Value, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static FrontMatterNode Convert(YamlNode node, Dictionary<YamlNode, FrontMatterNode> made)
    {
        if (made.TryGetValue(node, out var known))
        {
            return known;
        }
        var start = FrontMatterMark.Of(node.Start);
        switch (node)
        {
            case YamlSequenceNode sequence:
                var list = new FrontMatterSequence(start);
                made[node] = list;
                foreach (var item in sequence.Children)
                {
                    list.Children.Add(Convert(item, made));
                }
                return list;
            case YamlMappingNode mapping:
                var map = new FrontMatterMapping(start);
                made[node] = map;
                foreach (var (key, value) in mapping.Children)
                {
                    map.Children.Add(new(Convert(key, made), Convert(value, made)));
                }
                return map;
            case YamlScalarNode scalar:
                return made[node] = new FrontMatterScalar(start, scalar.Value, scalar.Style);
            default:
                // YamlDotNet resolves every alias or throws, so no other node reaches here.
                throw new InvalidOperationException($"YamlDotNet left a {node.GetType().Name} in the front matter");
        }
    }
}
