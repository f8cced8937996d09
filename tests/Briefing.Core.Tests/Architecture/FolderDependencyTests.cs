using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Briefing.Core.Site;

namespace Briefing.Core.Tests.Architecture;

/// <summary>
/// The folders of Briefing.Core (one namespace each) depend on each other one way only: a feature may use
/// the site and the shared mechanisms below it, never the other way round. ArchUnitNET reads the compiled
/// assembly, so a dependency counts whether it is written as a using, a qualified name or a method call.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Core = new(() =>
        new ArchLoader().LoadAssemblies(typeof(SiteModel).Assembly).Build());

    [Fact]
    public void Folders_of_the_core_are_free_of_cycles() =>
        SliceRuleDefinition.Slices().Matching("Briefing.Core.(*)").Should().BeFreeOfCycles().Check(Core.Value);
}
