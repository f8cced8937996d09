namespace Briefing.Core.Text;

/// <summary>
/// Names that cannot be files on every system the site may be built or served from: Windows
/// device names (<c>con</c>, <c>nul</c>, <c>aux</c>, <c>prn</c>, <c>com1</c> … <c>lpt9</c>) refer to
/// devices in any folder and with any extension. Pure: a function of the name.
/// </summary>
public static class ReservedNames
{
    private static readonly HashSet<string> Devices = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "conin$", "conout$",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>True for a device name, alone or before an extension (<c>nul.html</c>), in any case.</summary>
    public static bool IsDevice(string name) => IsDevice(name.AsSpan());

    /// <inheritdoc cref="IsDevice(string)"/>
    public static bool IsDevice(ReadOnlySpan<char> name)
    {
        var dot = name.IndexOf('.');
        return DeviceLookup.Contains((dot < 0 ? name : name[..dot]).TrimEnd(' '));
    }

    // Looked up by span: every output path's segments are checked on each build, 17,000 paths a rebuild in serve.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeviceLookup = Devices.GetAlternateLookup<ReadOnlySpan<char>>();
}
