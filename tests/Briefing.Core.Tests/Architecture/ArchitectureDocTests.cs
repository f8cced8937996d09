using System.Text.RegularExpressions;
using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Core.Tests.Architecture;

/// <summary>docs/architecture.md draws the folders and lists the registry: both must match the code.</summary>
public sealed partial class ArchitectureDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));

    [Fact]
    public void The_diagram_names_every_folder_of_the_core_and_no_other()
    {
        var folders = Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "src", "Briefing.Core"))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal);
        var drawn = NodeDeclaration().Matches(Doc).Select(m => m.Groups["name"].Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(folders, drawn);
    }

    [Fact]
    public void The_registry_listed_in_the_doc_is_the_registry_in_the_code()
    {
        var inCode = Features.Default().Select(f => f.GetType().Name);
        var listing = Doc[Doc.IndexOf("```csharp", StringComparison.Ordinal)..];
        var inDoc = NewFeature().Matches(listing[..listing.IndexOf("```\n", 10, StringComparison.Ordinal)]).Select(m => m.Groups["type"].Value);
        Assert.Equal(inCode, inDoc);
    }

    // Mermaid nodes are declared as Name["Name/<br/>…"].
    [GeneratedRegex(@"(?<name>\w+)\[""\k<name>/")]
    private static partial Regex NodeDeclaration();

    [GeneratedRegex(@"new (?<type>\w+)\(\)")]
    private static partial Regex NewFeature();
}
