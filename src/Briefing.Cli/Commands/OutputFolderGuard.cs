using Briefing.Core.Pipeline;

namespace Briefing.Cli.Commands;

/// <summary>
/// Refuses output folders whose replacement would destroy something: the output is swapped
/// whole, so it must not be, or contain, the input, the theme or the working folder.
/// </summary>
public static class OutputFolderGuard
{
    public static string? Check(BuildOptions options)
    {
        var output = Normalise(options.OutputDirectory);
        foreach (var (name, folder) in new[] { ("the input folder", options.InputDirectory), ("the theme folder", options.ThemeDirectory), ("the current folder", options.DisplayRoot) })
        {
            var protectedFolder = Normalise(folder);
            if (IsSameOrInside(protectedFolder, output))
            {
                return $"--output '{options.OutputDirectory}' would replace {name}; choose a folder of its own, such as 'output'";
            }
        }
        return null;
    }

    private static string Normalise(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    // The output is replaced whole, so it may neither be nor contain a protected folder.
    private static bool IsSameOrInside(string protectedFolder, string output) =>
        protectedFolder.StartsWith(output, StringComparison.Ordinal);
}
