using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Core.Tests.Templates;

/// <summary>docs/theming.md lists what templates can read; these tests keep it true as view models change.</summary>
public sealed partial class ThemingDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "theming.md"));

    [Fact]
    public void Every_view_model_type_is_listed_with_exactly_its_members()
    {
        var problems = new List<string>();
        foreach (var info in ViewModelTypes())
        {
            var expected = info.Properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            var line = Doc.Split('\n').FirstOrDefault(l => l.StartsWith($"- `{info.Type.Name}`", StringComparison.Ordinal));
            var listed = line is null ? [] : Member().Matches(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(listed))
            {
                problems.Add($"- `{info.Type.Name}`: {string.Join(", ", info.Properties.Select(p => $"`{p.Name}`"))}");
            }
        }
        Assert.True(problems.Count == 0, "docs/theming.md should have these lines:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_page_template_is_in_the_table_of_templates()
    {
        var missing = Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "templates"), "*.sbn")
            .Select(Path.GetFileName)
            .Where(name => !Doc.Contains($"| `templates/{name}` |", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(missing);
    }

    // Every object type a page's view model holds, found through the same contract templates read it by.
    private static List<JsonTypeInfo> ViewModelTypes()
    {
        var seen = new Dictionary<Type, JsonTypeInfo>();
        var pending = new Stack<Type>(typeof(ViewModelJson).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(System.Text.Json.Serialization.JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!));
        while (pending.TryPop(out var type))
        {
            var info = ViewModelJson.Default.GetTypeInfo(type);
            if (info is null || seen.ContainsKey(type))
            {
                continue;
            }
            if (info.Kind == JsonTypeInfoKind.Object)
            {
                seen[type] = info;
                foreach (var property in info.Properties)
                {
                    pending.Push(property.PropertyType);
                }
            }
            else if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element)
            {
                pending.Push(element);
            }
        }
        return seen.Values.OrderBy(i => i.Type.Name, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("`([A-Za-z0-9]+)`")]
    private static partial Regex Member();
}
