using System.Text.RegularExpressions;
using Briefing.Testing;

namespace Briefing.Core.Tests.Architecture;

/// <summary>
/// The folders' dependencies as a reader sees them in the source: every <c>using Briefing.Core.X</c> and every
/// qualified <c>X.Type</c>. The assembly test (<see cref="FolderDependencyTests"/>) cannot see a using nothing needs,
/// but a reader can, and is misled by it; so the source must be free of cycles too.
/// </summary>
public sealed partial class SourceDependencyTests
{
    private static readonly string Core = Path.Combine(RepoPaths.Root, "src", "Briefing.Core");

    [Fact]
    public void Folders_of_the_core_are_free_of_cycles_in_their_usings_and_qualified_names()
    {
        var folders = Directory.EnumerateDirectories(Core).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("bin" or "obj")).Order(StringComparer.Ordinal).ToList();
        var edges = folders.ToDictionary(f => f, f => DependenciesOf(f, folders), StringComparer.Ordinal);
        var cycles = folders.Select(f => CycleFrom(f, edges)).OfType<string>().Distinct().ToList();
        Assert.True(cycles.Count == 0, "folders that depend on each other:\n" + string.Join("\n", cycles));
    }

    private static HashSet<string> DependenciesOf(string folder, IReadOnlyList<string> folders)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Core, folder), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            found.UnionWith(UsingLine().Matches(text).Select(m => m.Groups["folder"].Value));
            found.UnionWith(folders.Where(other => Regex.IsMatch(text, $@"(?<![\w.]){other}\.[A-Z]")));
        }
        found.IntersectWith(folders);
        found.Remove(folder);
        return found;
    }

    // A path from the folder back to itself, written out, or null.
    private static string? CycleFrom(string start, IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var path = new Stack<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool Visit(string folder)
        {
            path.Push(folder);
            foreach (var next in edges[folder].Order(StringComparer.Ordinal))
            {
                if (next == start || (seen.Add(next) && Visit(next)))
                {
                    return true;
                }
            }
            path.Pop();
            return false;
        }
        return Visit(start) ? string.Join(" → ", path.Reverse().Append(start)) : null;
    }

    [GeneratedRegex(@"^using Briefing\.Core\.(?<folder>\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
