using System.Diagnostics.CodeAnalysis;

namespace Briefing.Core.Schemas;

/// <summary>
/// Whether this build of briefing can write the JSON Schemas. They are read from the front-matter
/// records by reflection and from the XML doc file beside the library, neither of which the Native
/// AOT binary keeps; it is published with this switch off, and the trimmer drops the code behind it.
/// The schemas are a maintainer's task (<c>dotnet run --project src/Briefing.Cli -- schema</c>), never a build's.
/// </summary>
public static class SchemaSupport
{
    public const string Switch = "Briefing.Schemas.IsSupported";

    [FeatureSwitchDefinition(Switch)]
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    [FeatureGuard(typeof(RequiresAssemblyFilesAttribute))]
    // IL4000: the analyzer cannot see that the switch is false wherever code is trimmed; the Native AOT
    // publish sets it so (Briefing.Cli.csproj), and the trimmer then removes what it guards.
#pragma warning disable IL4000
    public static bool IsSupported => !AppContext.TryGetSwitch(Switch, out var on) || on;
#pragma warning restore IL4000
}
